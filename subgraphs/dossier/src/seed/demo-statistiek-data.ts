import { SYNTHETISCHE_STRATEN, synthetischeWoning, synthetischNummer } from '@hub/shared/demo';
import { DEMO_PERSONAS } from '@hub/shared/demo';
import { DOSSIER_FASEN, KANALEN, WERKCATEGORIEEN, type DossierFase, type Kanaal, type MaatregelStatus, type Werkcategorie } from '../domain.js';
import type { BurgerRow } from '../entities/burger.js';
import type { DossierOvergangRow } from '../entities/dossier-overgang.js';
import type { FactuurRow } from '../entities/factuur.js';
import type { MaatregelRow } from '../entities/maatregel.js';
import type { VraagRow } from '../entities/vraag.js';
import type { NewDossier } from '../repositories/index.js';
import { DEMO_BEGELEIDER_WIM, DEMO_REFERENCE_DATE } from './demo-data.js';
import { DEMO_AANNEMERS } from './demo-traject.js';

/*
 * The statistics demo: 150 dossiers opened over the 14 months before the reference date, each with the
 * question it came from, its phase history (some went back a phase, some were stopped, the oldest
 * were closed), its measures (executed ones with an invoice), and 24 open or handled questions without
 * a dossier. Generated from a fixed seed: the same rows on every run. All people are fictional; the
 * homes are on real Leuven streets with made-up numbers (the sandboxes of the authentic sources do not
 * know them).
 */

const DAG = 24 * 60 * 60 * 1000;
const AANTAL_DOSSIERS = 150;
const AANTAL_LOSSE_VRAGEN = 24;
const BEGIN = Date.parse('2025-01-01T08:00:00.000Z');
const EINDE = DEMO_REFERENCE_DATE.getTime();

const sub = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.sub;
const SPOCS = [sub('spoc'), sub('energieconsulent')];
const BEGELEIDERS = [sub('renovatiebegeleider'), DEMO_BEGELEIDER_WIM];

/** Fixed ids: a kind (4 hex digits) and a sequence number. */
const id = (soort: string, i: number) => `5a7e0000-${soort}-4000-8000-${String(i).padStart(12, '0')}`;

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The streets of the generated homes the woningpas sandboxes know (see @hub/shared/demo), as [name, postcode]. */
const STRATEN: ReadonlyArray<[string, string]> = SYNTHETISCHE_STRATEN.map((s) => [s.naam, s.postcode]);

/** The generated home at this street and house number: the address register (sandbox) tells the same address. */
function woningOp(straat: string, huisnummer: number): { adresId: string; adresTekst: string; postcode: string } {
  const woning = synthetischeWoning(synthetischNummer(SYNTHETISCHE_STRATEN.findIndex((s) => s.naam === straat), huisnummer));
  return { adresId: woning.adresId, adresTekst: woning.volledigAdres, postcode: woning.postcode };
}
const VOORNAMEN = ['Emma', 'Lucas', 'Marie', 'Arthur', 'Louise', 'Noah', 'Julie', 'Jules', 'Sarah', 'Milan', 'Lotte', 'Wout', 'Nora', 'Senne', 'Hanne', 'Bram'];
const ACHTERNAMEN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambrechts', 'Hermans', 'Aerts'];
/** How long a dossier stays in each phase, in days: [minimum, maximum]. */
const VERBLIJF: Readonly<Record<DossierFase, [number, number]>> = {
  CONTACTNAME: [3, 20],
  OPTIES: [20, 70],
  FINANCIEREN: [10, 45],
  LEVERANCIERS: [15, 60],
  UITVOEREN_EN_BETALEN: [30, 120],
};
const RAMING: Readonly<Record<Werkcategorie, number>> = {
  DAK: 11000,
  BUITENMUUR: 14000,
  VLOER: 6000,
  RAMEN_EN_DEUREN: 9000,
  WARMTEPOMP: 15000,
  WARMTEPOMPBOILER: 3500,
  ZONNEBOILER: 5500,
  VENTILATIE: 4500,
  ELEKTRICITEIT_EN_SANITAIR: 7000,
  BINNENRENOVATIE: 12000,
  ASBESTVERWIJDERING: 2500,
};
const AANNEMERS = Object.values(DEMO_AANNEMERS);

/** A valid INSZ of someone born before 2000 (check digits 97 - base mod 97), with a serial the other demo people do not use. */
function inszVoor(i: number, r: () => number): string {
  const yy = 45 + Math.floor(r() * 50);
  const mm = 1 + Math.floor(r() * 12);
  const dd = 1 + Math.floor(r() * 28);
  const base = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}${String(600 + i).padStart(3, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

export interface StatistiekDemo {
  burgers: BurgerRow[];
  /** The dossiers with the version their history ends at. */
  dossiers: Array<{ dossier: NewDossier; versie: number }>;
  vragen: VraagRow[];
  overgangen: DossierOvergangRow[];
  maatregelen: MaatregelRow[];
  facturen: FactuurRow[];
}

const vraagRij = (v: Omit<VraagRow, 'aangemaaktOp' | 'gewijzigdOp' | 'contactNaam' | 'contactEmail' | 'contactTelefoon' | 'toegewezenAan' | 'afhandelReden' | 'afgehandeldOp'> & Partial<VraagRow>): VraagRow => ({
  contactNaam: null,
  contactEmail: null,
  contactTelefoon: null,
  toegewezenAan: null,
  afhandelReden: null,
  afgehandeldOp: null,
  aangemaaktOp: v.ontvangenOp,
  gewijzigdOp: v.ontvangenOp,
  ...v,
});

/** Generates the statistics demo (pure: the same result on every call). */
export function genereerStatistiekDemo(): StatistiekDemo {
  const r = random(20260302);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const tussen = ([min, max]: [number, number]) => min + r() * (max - min);
  const out: StatistiekDemo = { burgers: [], dossiers: [], vragen: [], overgangen: [], maatregelen: [], facturen: [] };

  for (let i = 0; i < AANTAL_DOSSIERS; i++) {
    const [straat] = pick(STRATEN);
    const huisnummer = 1 + Math.floor(r() * 180);
    const adres = woningOp(straat, huisnummer);
    const geopendOp = new Date(BEGIN + (i / AANTAL_DOSSIERS) * (EINDE - 5 * DAG - BEGIN) + Math.floor(r() * 8) * 3600_000);
    const voornaam = pick(VOORNAMEN);
    const achternaam = pick(ACHTERNAMEN);
    const burgerId = id('0b00', i);
    out.burgers.push({
      id: burgerId,
      insz: inszVoor(i, r),
      voornaam,
      achternaam,
      email: `${voornaam}.${achternaam}.${i}`.toLowerCase().replace(/\s/g, '') + '@example.be',
      telefoon: null,
      aangemaaktOp: new Date(geopendOp.getTime() - 2 * DAG),
      gewijzigdOp: new Date(geopendOp.getTime() - 2 * DAG),
    });
    // One in ten dossiers was opened without a registered question (e.g. at an information evening).
    const kanaal: Kanaal | null = r() < 0.1 ? null : pick([...KANALEN, 'EMAIL', 'TELEFOON', 'TELEFOON'] as Kanaal[]);
    const dossierId = id('d055', i);
    if (kanaal !== null) {
      const ontvangenOp = new Date(geopendOp.getTime() - Math.ceil(r() * 5) * DAG);
      out.vragen.push(
        vraagRij({
          id: id('0e70', i),
          kanaal,
          onderwerp: 'Begeleiding bij de renovatie van mijn woning',
          ontvangenOp,
          burgerId,
          dossierId,
          status: 'DOSSIER_GEOPEND',
          ...adres,
          geregistreerdDoor: kanaal === 'CONTACTFORMULIER' || kanaal === 'DIGITAAL_LOKET' ? null : SPOCS[i % 2]!,
        }),
      );
    }

    // The journey: through the phases until the reference date; some go back once, some stop, the oldest close.
    const spoc = SPOCS[i % 2]!;
    const stoptIn = r() < 0.12 ? pick(DOSSIER_FASEN) : null;
    const terugUit = r() < 0.08 ? 'FINANCIEREN' : null;
    const overgangen: DossierOvergangRow[] = [];
    const overgang = (o: Omit<DossierOvergangRow, 'id' | 'dossierId' | 'versie' | 'doorSub'>) =>
      overgangen.push({ id: id('0ae6', i * 20 + overgangen.length), dossierId, versie: overgangen.length + 1, doorSub: spoc, ...o });
    overgang({ vanFase: null, naarFase: 'CONTACTNAME', vanStatus: null, naarStatus: 'LOPEND', reden: null, op: geopendOp, vanFaseSinds: null });
    let fase: DossierFase = 'CONTACTNAME';
    let sinds = geopendOp.getTime();
    let status: 'LOPEND' | 'AFGESLOTEN' | 'STOPGEZET' = 'LOPEND';
    let terugGedaan = false;
    let uitvoeringBegon: number | null = null;
    for (;;) {
      const volgende = sinds + tussen(VERBLIJF[fase]) * DAG;
      if (volgende > EINDE - DAG) break;
      const op = new Date(Math.round(volgende / 60_000) * 60_000);
      if (fase === stoptIn) {
        overgang({ vanFase: fase, naarFase: fase, vanStatus: 'LOPEND', naarStatus: 'STOPGEZET', reden: 'De burger ziet af van de renovatie.', op, vanFaseSinds: new Date(sinds) });
        status = 'STOPGEZET';
        sinds = op.getTime();
        break;
      }
      if (fase === 'UITVOEREN_EN_BETALEN') {
        overgang({ vanFase: fase, naarFase: fase, vanStatus: 'LOPEND', naarStatus: 'AFGESLOTEN', reden: 'Werken uitgevoerd en betaald.', op, vanFaseSinds: new Date(sinds) });
        status = 'AFGESLOTEN';
        sinds = op.getTime();
        break;
      }
      const naar: DossierFase = fase === terugUit && !terugGedaan ? 'OPTIES' : DOSSIER_FASEN[DOSSIER_FASEN.indexOf(fase) + 1]!;
      if (naar === 'OPTIES' && fase === 'FINANCIEREN') terugGedaan = true;
      overgang({
        vanFase: fase,
        naarFase: naar,
        vanStatus: 'LOPEND',
        naarStatus: 'LOPEND',
        reden: naar === 'OPTIES' && fase === 'FINANCIEREN' ? 'Het renovatieplan wordt herbekeken na het premieadvies.' : null,
        op,
        vanFaseSinds: new Date(sinds),
      });
      fase = naar;
      sinds = op.getTime();
      if (fase === 'UITVOEREN_EN_BETALEN') uitvoeringBegon = sinds;
    }
    out.overgangen.push(...overgangen);
    const laatste = overgangen.at(-1)!;
    const begeleider = fase === 'CONTACTNAME' || r() < 0.25 ? null : BEGELEIDERS[i % 2]!;
    out.dossiers.push({
      versie: laatste.versie,
      dossier: {
        id: dossierId,
        titel: `Renovatie ${adres.adresTekst.split(',')[0]}`,
        fase,
        status,
        burgerId,
        ...adres,
        spocSub: spoc,
        renovatiebegeleiderSub: begeleider,
        geopendOp,
        laatsteWijziging: laatste.op,
        startToestemmingWijze: pick(['MONDELING', 'SCHRIFTELIJK', 'DIGITAAL'] as const),
        startToestemmingOp: geopendOp,
        startToestemmingDoor: spoc,
        startKanaal: kanaal,
        ...(status === 'LOPEND' ? {} : { afsluitReden: laatste.reden!, afgeslotenOp: laatste.op }),
      },
    });

    // Measures from the phase Financieren on: planned, quoted or ordered, and executed once the works started.
    const fasen = DOSSIER_FASEN.indexOf(fase);
    if (fasen < 2) continue;
    const aantal = 1 + Math.floor(r() * 3);
    const categorieen = new Set<Werkcategorie>();
    while (categorieen.size < aantal) categorieen.add(pick(WERKCATEGORIEEN));
    [...categorieen].forEach((categorie, j) => {
      const raming = Math.round(RAMING[categorie] * (0.7 + r() * 0.6));
      const uitgevoerd =
        uitvoeringBegon !== null && (status === 'AFGESLOTEN' || r() < 0.5)
          ? new Date(Math.min(uitvoeringBegon + (5 + r() * 25) * DAG, laatste.op.getTime(), EINDE - DAG))
          : null;
      const maatregelStatus: MaatregelStatus = uitgevoerd ? 'UITGEVOERD' : fase === 'LEVERANCIERS' || fase === 'UITVOEREN_EN_BETALEN' ? pick(['OFFERTE', 'BESTELD'] as const) : 'GEPLAND';
      const maatregelId = id('aa7e', i * 10 + j);
      const aangemaakt = new Date(geopendOp.getTime() + 10 * DAG);
      out.maatregelen.push({
        id: maatregelId,
        dossierId,
        categorie,
        omschrijving: `${categorie.toLowerCase().replace(/_/g, ' ')} volgens het renovatieplan`,
        status: maatregelStatus,
        oppervlakteM2: null,
        bedragExclBtw: `${raming}.00`,
        volgorde: j + 1,
        uitgevoerdOp: uitgevoerd,
        aangemaaktOp: aangemaakt,
        gewijzigdOp: uitgevoerd ?? aangemaakt,
      });
      if (uitgevoerd) {
        const aannemer = pick(AANNEMERS);
        const bedrag = Math.round(raming * (0.9 + r() * 0.2) * 100) / 100;
        const datum = new Date(uitgevoerd.getTime() + DAG).toISOString().slice(0, 10);
        out.facturen.push({
          id: id('fac7', i * 10 + j),
          dossierId,
          maatregelId,
          nummer: `STAT-${String(i).padStart(3, '0')}-${j + 1}`,
          datum,
          aannemerNaam: aannemer.naam,
          aannemerKbo: aannemer.kbo,
          bedragExclBtw: bedrag.toFixed(2),
          btwBedrag: (Math.round(bedrag * 6) / 100).toFixed(2),
          betaaldOp: status === 'AFGESLOTEN' ? datum : null,
          toegevoegdDoor: spoc,
          aangemaaktOp: uitgevoerd,
          gewijzigdOp: uitgevoerd,
        });
      }
    });
  }

  // Questions without a dossier: waiting in the inbox, being handled, or answered without a dossier.
  for (let i = 0; i < AANTAL_LOSSE_VRAGEN; i++) {
    const [straat] = pick(STRATEN);
    const ontvangenOp = new Date(EINDE - Math.floor(r() * 60) * DAG - Math.floor(r() * 8) * 3600_000);
    const kanaal = pick(KANALEN);
    const soort = r();
    out.vragen.push(
      vraagRij({
        id: id('0e71', i),
        kanaal,
        onderwerp: pick(['Welke premies zijn er voor dakisolatie?', 'Is mijn woning geschikt voor een warmtepomp?', 'Hoe vraag ik een renovatiebegeleider aan?']),
        ontvangenOp,
        burgerId: null,
        dossierId: null,
        ...woningOp(straat, 1 + Math.floor(r() * 180)),
        contactNaam: `${pick(VOORNAMEN)} ${pick(ACHTERNAMEN)}`,
        contactEmail: `vraag.${i}@example.be`,
        geregistreerdDoor: kanaal === 'CONTACTFORMULIER' || kanaal === 'DIGITAAL_LOKET' ? null : SPOCS[i % 2]!,
        ...(soort < 0.6
          ? { status: 'NIEUW' as const }
          : soort < 0.85
            ? { status: 'IN_BEHANDELING' as const, toegewezenAan: SPOCS[(i + 1) % 2]! }
            : { status: 'AFGEHANDELD' as const, afhandelReden: 'Beantwoord: informatie over premies bezorgd.', afgehandeldOp: new Date(Math.min(ontvangenOp.getTime() + DAG, EINDE)) }),
      }),
    );
  }
  return out;
}
