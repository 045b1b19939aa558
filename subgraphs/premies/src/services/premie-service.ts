import type { Identity } from '@hub/shared';
import type DataLoader from 'dataloader';
import type { Inkomensopgave } from '../entities/inkomensopgave.js';
import type { Regelset } from '../regels/regelset.js';
import type { VastTeLeggenAdvies } from '../repositories/advies-repository.js';
import type { Doelgroep, Inkomenscategorie } from '../regels/schema.js';
import { adviseer, type AdviesMaatregel, type PremieAdviesResultaat, type WoningInvoer } from './advies.js';
import { datumInBelgie } from './datum.js';
import { datumLabel } from './labels.js';
import { leesDossierRepresentatie, type DossierRepresentatie } from './representatie.js';
import { simuleer, type SimulatieInvoer } from './simulatie.js';
import { controleerPremieToegang } from './toegang.js';

/** What the advice needs of a Mijn VerbouwPremie application of a measure: its status and when it was made. */
export interface AanvraagVanMaatregel {
  status: string;
  aangevraagdOp: Date;
}

export interface PremieServiceDeps {
  identity: Identity;
  regelset: Regelset;
  inkomensopgaven: DataLoader<string, Inkomensopgave | null>;
  /** The applications of a measure through the hub (any status), per measure id. */
  aanvragenVanMaatregel: DataLoader<string, readonly AanvraagVanMaatregel[]>;
  /** Today's date in Belgium (YYYY-MM-DD). */
  vandaag: () => string;
  /** Records a dossier's advice as the citizen sees it, for the statistics (never throws). */
  legAdviesVast: (advies: VastTeLeggenAdvies) => Promise<void>;
}

/** An application that fixes the measure's application date: one the desk did not refuse. */
const TELT_NIET = new Set(['NIET_AANVAARD', 'AFGEWEZEN']);

/** The premie rules of one request: access, the citizen's income category, the advice, the simulation. */
export class PremieService {
  constructor(private readonly deps: PremieServiceDeps) {}

  /** The income category the citizen declared, or null. */
  async inkomenscategorie(burgerId: string): Promise<Inkomenscategorie | null> {
    controleerPremieToegang(this.deps.identity);
    return (await this.deps.inkomensopgaven.load(burgerId))?.categorie ?? null;
  }

  /**
   * The indicative advice for a dossier representation (with its @requires fields). Each measure's rules are
   * those of its application date: that of its submitted application, else `datum`, else today in Belgium.
   */
  async premieAdvies(dossier: unknown, args: { datum?: string | null; doelgroep?: Doelgroep | null }): Promise<PremieAdviesResultaat> {
    controleerPremieToegang(this.deps.identity);
    const rep = leesDossierRepresentatie(dossier);
    const [opgave, aanvragen] = await Promise.all([
      this.deps.inkomensopgaven.load(rep.burger.id),
      this.deps.aanvragenVanMaatregel.loadMany(rep.maatregelen.map((m) => m.id)),
    ]);
    const maatregelen: AdviesMaatregel[] = rep.maatregelen.map((m, i) => {
      const list = aanvragen[i];
      if (list instanceof Error) throw list;
      const aanvraag = [...(list ?? [])].filter((a) => !TELT_NIET.has(a.status)).sort((a, b) => b.aangevraagdOp.getTime() - a.aangevraagdOp.getTime())[0];
      const facturen = m.facturen.map((f) => f.datum).sort();
      return {
        id: m.id,
        categorie: m.categorie,
        uitvoering: m.uitvoering,
        oppervlakteM2: m.oppervlakteM2,
        bedragExclBtw: m.bedragExclBtw,
        laatsteFactuurdatum: facturen[facturen.length - 1] ?? null,
        aanvraagdatum: aanvraag ? { datum: datumInBelgie(aanvraag.aangevraagdOp), herkomst: 'INGEDIENDE_AANVRAAG' } : null,
      };
    });
    const vandaag = this.deps.vandaag();
    const advies = adviseer(this.deps.regelset, {
      datum: args.datum ?? vandaag,
      datumHerkomst: args.datum ? 'OPGEGEVEN' : 'VANDAAG',
      inkomenscategorie: opgave?.categorie ?? null,
      inkomenscategorieHerkomst: herkomstVan(opgave),
      doelgroep: args.doelgroep ?? null,
      woning: woningVan(rep),
      maatregelen,
    });
    // The advice as the citizen sees it (today, their own income category) is what the statistics count as
    // advised; a what-if on another date or for another target group is not recorded.
    if ((args.datum ?? vandaag) === vandaag && !args.doelgroep) {
      await this.deps.legAdviesVast({
        dossierId: rep.id,
        premies: advies.premies.map((p) => ({
          maatregelId: p.maatregelId,
          werkcategorie: p.categorie,
          status: p.status,
          bedrag: p.bedrag,
          regime: p.regime,
          regelId: p.regelId,
        })),
      });
    }
    return advies;
  }

  /** The advice for a simulation without a dossier: open to everyone, also anonymous callers (no personal data). */
  premieSimulatie(input: SimulatieInvoer): PremieAdviesResultaat {
    return simuleer(this.deps.regelset, input, this.deps.vandaag());
  }
}

function herkomstVan(opgave: Inkomensopgave | null): string {
  if (!opgave) return 'De burger gaf zijn inkomenscategorie (nog) niet op.';
  const op = datumLabel(datumInBelgie(opgave.opgegevenOp));
  if (opgave.bron === 'burger') return `Opgegeven door de burger op ${op}.`;
  if (opgave.bron === 'loket') return `Opgegeven aan het loket op ${op}.`;
  return `Opgegeven op ${op} (bron: ${opgave.bron}).`;
}

/** The home as the authentic sources gave it through the gateway: the EPC's label and build year, or why not. */
function woningVan(rep: DossierRepresentatie): WoningInvoer {
  const woning = rep.woning;
  const epc = woning?.epc ?? null;
  if (!woning) {
    return {
      adresId: null,
      epcLabel: null,
      bouwjaar: null,
      epcCertificaatnummer: null,
      herkomst: 'De woning van het dossier werd niet meegegeven: label en bouwjaar ontbreken.',
      volgens: 'volgens het EPC',
      waaromOnbekend: 'woning niet gekend',
    };
  }
  if (!epc) {
    return {
      adresId: woning.adresId,
      epcLabel: null,
      bouwjaar: null,
      epcCertificaatnummer: null,
      herkomst: 'Geen geldig EPC beschikbaar: de EPC-databank van VEKA kent er geen of antwoordde niet (zie de fouten van het antwoord). Label en bouwjaar ontbreken.',
      volgens: 'volgens het EPC',
      waaromOnbekend: 'geen geldig EPC',
    };
  }
  return {
    adresId: woning.adresId,
    epcLabel: epc.label,
    bouwjaar: epc.bouwjaar,
    epcCertificaatnummer: epc.certificaatnummer,
    herkomst: `EPC ${epc.certificaatnummer ?? '(zonder attestnummer)'} uit de EPC-databank van VEKA.`,
    volgens: 'volgens het EPC',
    waaromOnbekend: 'het EPC vermeldt geen bouwjaar',
  };
}
