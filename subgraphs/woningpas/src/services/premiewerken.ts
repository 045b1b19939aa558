import type { Werk } from '../clients/datadiensten.js';
import type { EerderPremiewerkModel, PremiewerkCategorieValue, PremiewerkVermogenModel } from '../models.js';

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

const vermogens = (list: Array<{ type?: string | null; waarde?: number | null }> | null | undefined): PremiewerkVermogenModel[] =>
  (list ?? []).map((v) => ({ type: orNull(v.type), waarde: orNull(v.waarde) }));

type Isolatie = NonNullable<Werk['dak']>;
const isolatie = (part: Isolatie) => ({
  type: orNull(part.type),
  oppervlakte: orNull(part.oppervlakte),
  rdWaarde: orNull(part.rdWaarde),
  teVerwijderenAsbest: orNull(part.teVerwijderenAsbest),
  oppervlakteAsbest: orNull(part.oppervlakteAsbest),
});

/** The work category: the technical part VEKA filled in (one per work). */
export function categorieVan(werk: Werk): PremiewerkCategorieValue {
  if (werk.dak) return 'DAK';
  if (werk.buitenmuur) return 'BUITENMUUR';
  if (werk.vloer) return 'VLOER';
  if (werk.ramenEnDeuren) return 'RAMEN_EN_DEUREN';
  if (werk.elektriciteitEnSanitair) return 'ELEKTRICITEIT_EN_SANITAIR';
  if (werk.hernieuwbareEnergieproductie) return 'HERNIEUWBARE_ENERGIE';
  if (werk.gascondensatieketel) return 'GASCONDENSATIEKETEL';
  if (werk.ventilatie) return 'VENTILATIE';
  return 'ANDERE';
}

export function naarPremiewerk(werk: Werk): EerderPremiewerkModel {
  const { buitenmuur: muur, ramenEnDeuren: ramen, hernieuwbareEnergieproductie: hernieuwbaar, gascondensatieketel: ketel } = werk;
  return {
    werkId: orNull(werk.werkId),
    dossierNummer: orNull(werk.dossierNummer),
    categorie: categorieVan(werk),
    type: orNull(werk.type),
    facturatieDatum: werk.facturatieDatum?.slice(0, 10) ?? null,
    uitvoeringsdatum: werk.uitvoeringsdatum?.slice(0, 10) ?? null,
    uitvoerder: orNull(werk.uitvoerder),
    netbeheerder: orNull(werk.netbeheerder),
    bron: orNull(werk.bron),
    gebouweenheidId: String(werk.gebouweenheidId),
    dak: werk.dak ? isolatie(werk.dak) : null,
    buitenmuur: muur ? { ...isolatie(muur), dikteSpouw: orNull(muur.dikteSpouw), lambdaWaarde: orNull(muur.lambdaWaarde), stsNummer: orNull(muur.stsNummer) } : null,
    vloer: werk.vloer ? isolatie(werk.vloer) : null,
    ramenEnDeuren: ramen
      ? { type: orNull(ramen.type), soortBeglazingTerVervanging: orNull(ramen.soortBeglazingTerVervanging), uWaarde: orNull(ramen.uWaarde), oppervlakte: orNull(ramen.oppervlakte) }
      : null,
    elektriciteitEnSanitair: werk.elektriciteitEnSanitair ? { netbeheerder: orNull(werk.elektriciteitEnSanitair.netbeheerder) } : null,
    hernieuwbareEnergie: hernieuwbaar
      ? {
          type: orNull(hernieuwbaar.type),
          oppervlakte: orNull(hernieuwbaar.oppervlakte),
          productLabel: orNull(hernieuwbaar.productLabel),
          vermogens: vermogens(hernieuwbaar.vermogens),
          typeHoofdverwarming: orNull(hernieuwbaar.typeHoofdverwarming),
          energieEfficientie: orNull(hernieuwbaar.energieEfficientie),
          typeAandrijving: orNull(hernieuwbaar.typeAandrijving),
          vervangingElektrischeVerwarming: orNull(hernieuwbaar.vervangingElektrischeVerwarming),
          aardgasnetAanwezig: orNull(hernieuwbaar.aardgasnetAanwezig),
          gebruik: orNull(hernieuwbaar.gebruik),
          inhoud: orNull(hernieuwbaar.inhoud),
        }
      : null,
    gascondensatieketel: ketel
      ? {
          type: orNull(ketel.type),
          teVervangenInstallatieType: orNull(ketel.teVervangenInstallatie?.type),
          teVervangenInstallatieLeeftijd: orNull(ketel.teVervangenInstallatie?.leeftijd),
          vervangingHoogrendementsketel: orNull(ketel.vervangingHoogrendementsketel),
          aardgasnetAanwezig: orNull(ketel.aardgasnetAanwezig),
          productLabel: orNull(ketel.productLabel),
          vermogens: vermogens(ketel.vermogens),
          typeHoofdverwarming: orNull(ketel.typeHoofdverwarming),
        }
      : null,
    ventilatie: werk.ventilatie ? { type: orNull(werk.ventilatie.type), productLabel: orNull(werk.ventilatie.productLabel) } : null,
  };
}

/** The date a work is known by: when it was done, else when it was invoiced. */
const datumVan = (werk: EerderPremiewerkModel) => werk.uitvoeringsdatum ?? werk.facturatieDatum ?? '';

/** The works of a building unit, most recent first (then by dossier number). */
export function naarPremiewerken(werken: Werk[]): EerderPremiewerkModel[] {
  return werken
    .map(naarPremiewerk)
    .sort((a, b) => datumVan(b).localeCompare(datumVan(a)) || (a.dossierNummer ?? '').localeCompare(b.dossierNummer ?? ''));
}
