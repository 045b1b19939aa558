import type { LoketAanvraag } from '../../clients/mijnverbouwpremie-contract.js';
import type { AanvraagInhoud } from './inhoud.js';

/** Who sends the applications, as the desk sees it. */
export const AFZENDER_ORGANISATIE = 'Stad Leuven - Energieloket';

/** The request body for the desk (the adapter contract) of an application that passed the checks (it has an INSZ). */
export function naarLoketAanvraag(input: {
  aanvraagId: string;
  inhoud: AanvraagInhoud;
  ean: string;
  iban: string;
  verwachtBedrag: number | null;
  aanvraagdatum: string;
}): LoketAanvraag {
  const { inhoud } = input;
  if (inhoud.aanvrager.insz === null) throw new Error('an application without INSZ cannot be sent');
  return {
    aanvrager: { insz: inhoud.aanvrager.insz, voornaam: inhoud.aanvrager.voornaam, achternaam: inhoud.aanvrager.achternaam },
    woning: { ...inhoud.woning },
    werkcategorie: inhoud.maatregel.categorie,
    omschrijving: inhoud.maatregel.omschrijving,
    oppervlakteM2: inhoud.maatregel.oppervlakteM2,
    facturen: inhoud.facturen.map((f) => ({
      nummer: f.nummer,
      datum: f.datum,
      aannemer: { ...f.aannemer },
      bedragExclBtw: f.bedragExclBtw,
      betaaldOp: f.betaaldOp,
      documenten: f.documenten.map((d) => ({ id: d.documentId, soort: d.soort, titel: d.titel })),
    })),
    ean: input.ean,
    iban: input.iban,
    verwachtBedrag: input.verwachtBedrag,
    aanvraagdatum: input.aanvraagdatum,
    referentie: { organisatie: AFZENDER_ORGANISATIE, aanvraagId: input.aanvraagId, dossierReferentie: inhoud.dossierReferentie },
  };
}
