import { isValidKbo } from '@hub/shared';
import { controleerOuderdom, datumLabel, uiterlijkeAanvraagdatum } from '../../regels/controles.js';
import type { Regelset } from '../../regels/regelset.js';
import type { DocumentSoort, Inkomenscategorie, Voorwaarden } from '../../regels/schema.js';
import { berekenPremie } from '../berekening.js';
import { formatEuro } from '../geld.js';
import { WERKCATEGORIE_LABEL } from '../labels.js';
import { totaalFacturen, type AanvraagInhoud } from './inhoud.js';

/** A document the rule set asks for the work category besides the invoices (e.g. an ATTEST with the Rd value). */
export interface DocumentVereiste {
  soort: DocumentSoort;
  omschrijving: string;
}

export type ProbleemCode =
  | 'GEEN_REGIME'
  | 'NIET_IN_AANMERKING'
  | 'BEDRAG_ONBEKEND'
  | 'INKOMENSCATEGORIE_ONBEKEND'
  | 'GEEN_FACTUUR'
  | 'TERMIJN_VERSTREKEN'
  | 'FACTUURBEDRAG_TE_LAAG'
  | 'FACTUURDOCUMENT_ONTBREEKT'
  | 'ATTEST_ONTBREEKT'
  | 'WONING_TE_RECENT'
  | 'BOUWJAAR_ONBEKEND'
  | 'AANNEMER_ONGELDIG'
  | 'FACTUUR_NIET_BETAALD'
  | 'RIJKSREGISTERNUMMER_ONBEKEND'
  | 'ADRES_ONBEKEND'
  | 'AL_AANGEVRAAGD';

export type ProbleemErnst = 'BLOKKEREND' | 'WAARSCHUWING';

export interface Probleem {
  code: ProbleemCode;
  ernst: ProbleemErnst;
  boodschap: string;
  factuurId: string | null;
}

export interface ControleInvoer {
  regelset: Regelset;
  inhoud: AanvraagInhoud;
  /** The application date (YYYY-MM-DD): today in Belgium, the day of submission. */
  aanvraagdatum: string;
  inkomenscategorie: Inkomenscategorie | null;
  /** Whether the measure already has a running application. */
  alAangevraagd: boolean;
}

export interface ControleUitkomst {
  regime: string | null;
  regelId: string | null;
  /** The premie according to the rule set, when it can be computed. */
  verwachtBedrag: number | null;
  vereisteDocumenten: Array<DocumentVereiste & { aanwezig: boolean }>;
  /** Blocking problems first, each group in the order of the checks. */
  problemen: Probleem[];
}

export const isBlokkerend = (p: Probleem) => p.ernst === 'BLOKKEREND';

/**
 * Checks an application against the rules valid on the application date: the rule of the citizen's
 * income category (its conditions: deadline after the invoice, minimum invoice, building age, contractor)
 * and the documents the desk needs. Pure: no I/O.
 */
export function controleerAanvraag(invoer: ControleInvoer): ControleUitkomst {
  const { regelset, inhoud, aanvraagdatum, inkomenscategorie } = invoer;
  const categorie = inhoud.maatregel.categorie;
  const catLabel = WERKCATEGORIE_LABEL[categorie];
  const problemen: Probleem[] = [];
  const add = (code: ProbleemCode, ernst: ProbleemErnst, boodschap: string, factuurId: string | null = null) =>
    problemen.push({ code, ernst, boodschap, factuurId });

  if (invoer.alAangevraagd) add('AL_AANGEVRAAGD', 'BLOKKEREND', `Voor deze maatregel (${catLabel}) loopt al een premieaanvraag.`);
  if (inhoud.aanvrager.insz === null) {
    add(
      'RIJKSREGISTERNUMMER_ONBEKEND',
      'BLOKKEREND',
      'Het rijksregisternummer van de burger is niet gekend of niet zichtbaar voor jou: de burger zelf, de SPOC of de energieconsulent kan de aanvraag indienen.',
    );
  }

  // The rule of the regime valid on the application date.
  const regime = regelset.regimeOp(aanvraagdatum);
  let regelId: string | null = null;
  let verwachtBedrag: number | null = null;
  let voorwaarden: Voorwaarden | undefined;
  const totaal = totaalFacturen(inhoud);
  const minFactuurTeLaag = (v: Voorwaarden | undefined) => inhoud.facturen.length > 0 && v?.minFactuurExclBtw !== undefined && totaal < v.minFactuurExclBtw;
  if (!regime) {
    add('GEEN_REGIME', 'BLOKKEREND', `Op ${datumLabel(aanvraagdatum)} geldt geen regime van Mijn VerbouwPremie in de regelset (versie ${regelset.versie}).`);
  } else {
    voorwaarden = regelset.voorwaardenVoor(regime, categorie, inkomenscategorie);
    if (inkomenscategorie === null) {
      add(
        'INKOMENSCATEGORIE_ONBEKEND',
        'WAARSCHUWING',
        'De burger gaf zijn inkomenscategorie niet op: de hub kan het bedrag niet berekenen. Het premieloket bepaalt de categorie zelf uit de belastinggegevens.',
      );
    } else if (inhoud.facturen.length > 0) {
      // Without an invoice there is nothing to compute on (GEEN_FACTUUR below says so).
      const premie = berekenPremie(
        { id: inhoud.maatregel.id, categorie, uitvoering: inhoud.maatregel.uitvoering, oppervlakteM2: inhoud.maatregel.oppervlakteM2, bedragExclBtw: totaal },
        { regelset, regime, doelgroep: inkomenscategorie, categorieenInDossier: new Set(inhoud.categorieenInDossier) },
      );
      regelId = premie.regelId;
      if (premie.status === 'BEREKEND') verwachtBedrag = premie.bedrag;
      else if (premie.status === 'NIET_IN_AANMERKING' && !minFactuurTeLaag(voorwaarden)) add('NIET_IN_AANMERKING', 'BLOKKEREND', premie.berekening);
      else if (premie.status === 'GEGEVENS_ONTBREKEN' || premie.status === 'REGEL_ONBEKEND') {
        add('BEDRAG_ONBEKEND', 'WAARSCHUWING', `${premie.berekening} Het premieloket bepaalt het bedrag.`);
      }
    }
  }

  // The invoices: there must be one, on time, above the minimum, from a contractor when the rule asks it, with its document.
  if (inhoud.facturen.length === 0) {
    add('GEEN_FACTUUR', 'BLOKKEREND', `De maatregel (${catLabel}) heeft nog geen factuur: een premie vraag je aan met de eindfactuur.`);
  } else {
    const laatste = inhoud.facturen[inhoud.facturen.length - 1]!;
    const uiterlijk = uiterlijkeAanvraagdatum(voorwaarden, laatste.datum);
    if (uiterlijk !== null && aanvraagdatum > uiterlijk) {
      add(
        'TERMIJN_VERSTREKEN',
        'BLOKKEREND',
        `De aanvraag moest uiterlijk op ${datumLabel(uiterlijk)} ingediend zijn: ${voorwaarden!.termijnNaFactuurMaanden} maanden na de (laatste) factuur ${laatste.nummer} van ${datumLabel(laatste.datum)}.`,
        laatste.factuurId,
      );
    }
    if (minFactuurTeLaag(voorwaarden)) {
      add(
        'FACTUURBEDRAG_TE_LAAG',
        'BLOKKEREND',
        `De facturen bedragen samen ${formatEuro(totaal)} exclusief btw; de premie voor ${catLabel} vraagt minstens ${formatEuro(voorwaarden!.minFactuurExclBtw!)}.`,
      );
    }
    for (const f of inhoud.facturen) {
      if (voorwaarden?.aannemerVerplicht === true && (f.aannemer.naam.trim() === '' || !isValidKbo(f.aannemer.kbo))) {
        add(
          'AANNEMER_ONGELDIG',
          'BLOKKEREND',
          `De factuur ${f.nummer} vermeldt geen geldig ondernemingsnummer van de aannemer (${f.aannemer.kbo || 'geen'}); de premie voor ${catLabel} vraagt werken door een aannemer.`,
          f.factuurId,
        );
      }
      if (!f.documenten.some((d) => d.soort === 'FACTUUR')) {
        add(
          'FACTUURDOCUMENT_ONTBREEKT',
          'BLOKKEREND',
          `De factuur ${f.nummer} is niet als document gekoppeld: laad ze op en koppel ze aan de factuur als document van soort FACTUUR.`,
          f.factuurId,
        );
      }
    }
  }

  const documenten = (regime ? regelset.vereisteDocumenten(regime, categorie) : []).map((v) => ({
    soort: v.soort,
    omschrijving: v.omschrijving,
    aanwezig: inhoud.facturen.some((f) => f.documenten.some((d) => d.soort === v.soort)),
  }));
  // The attests are attached to an invoice: without one, GEEN_FACTUUR says enough.
  for (const d of inhoud.facturen.length === 0 ? [] : documenten.filter((x) => !x.aanwezig)) {
    add('ATTEST_ONTBREEKT', 'BLOKKEREND', `Er ontbreekt ${d.omschrijving}: laad het op en koppel het aan de factuur als document van soort ${d.soort}.`);
  }

  // The home: old enough for the rule (from the EPC's build year).
  const ouderdom = controleerOuderdom(voorwaarden, inhoud.woning.bouwjaar, aanvraagdatum);
  if (ouderdom.uitkomst === 'TE_RECENT') add('WONING_TE_RECENT', 'BLOKKEREND', ouderdom.boodschap);
  if (ouderdom.uitkomst === 'ONBEKEND') add('BOUWJAAR_ONBEKEND', 'WAARSCHUWING', `${ouderdom.boodschap} Het premieloket controleert dat zelf.`);

  for (const f of inhoud.facturen.filter((x) => x.betaaldOp === null)) {
    add('FACTUUR_NIET_BETAALD', 'WAARSCHUWING', `De factuur ${f.nummer} is nog niet betaald; het premieloket kan een betalingsbewijs vragen.`, f.factuurId);
  }
  if (inhoud.woning.adres === null) {
    add('ADRES_ONBEKEND', 'WAARSCHUWING', `Het adressenregister gaf het adres van de woning niet; het premieloket krijgt enkel het adres-id ${inhoud.woning.adresId}.`);
  }

  return {
    regime: regime?.id ?? null,
    regelId,
    verwachtBedrag,
    vereisteDocumenten: documenten,
    problemen: [...problemen.filter(isBlokkerend), ...problemen.filter((p) => !isBlokkerend(p))],
  };
}
