import { BENCH_STAF } from './generate.js';

/** The filters of `Query.dossiers` (DossierFilter), as a client sends them. */
export interface LijstFilter {
  fase?: string[];
  status?: string[];
  toegewezenAan?: string;
  postcode?: string[];
  achterstallig?: boolean;
}

/** One back-office list as a caller asks for it: a page of 50, its first page and a deep one. */
export interface LijstScenario {
  naam: string;
  /** The demo persona who asks (`identityOf`): the back office sees every dossier, a coach her own. */
  wie: 'spoc' | 'renovatiebegeleider';
  filter?: LijstFilter;
  zoek?: string;
}

/** The statistics filter (StatistiekFilter). */
export interface StatistiekFilter {
  van?: string;
  tot?: string;
  postcodes?: string[];
}

export interface StatistiekScenario {
  naam: string;
  filter: StatistiekFilter | null;
}

/** The page size of the back-office list (DESIGN §8; the schema allows 1 to 100). */
export const PAGINA = 50;

export const LIJSTEN: readonly LijstScenario[] = [
  { naam: 'zonder filter', wie: 'spoc' },
  { naam: 'fase OPTIES', wie: 'spoc', filter: { fase: ['OPTIES'] } },
  { naam: 'status LOPEND', wie: 'spoc', filter: { status: ['LOPEND'] } },
  { naam: 'toegewezen aan Lies', wie: 'spoc', filter: { toegewezenAan: BENCH_STAF.lies } },
  { naam: 'postcode 3001', wie: 'spoc', filter: { postcode: ['3001'] } },
  { naam: 'achterstallig', wie: 'spoc', filter: { achterstallig: true } },
  { naam: 'lopend + 3010 + Wim', wie: 'spoc', filter: { status: ['LOPEND'], postcode: ['3010'], toegewezenAan: BENCH_STAF.wim } },
  { naam: 'zoek naam "peeters"', wie: 'spoc', zoek: 'peeters' },
  { naam: 'zoek naam "an peeters"', wie: 'spoc', zoek: 'an peeters' },
  { naam: 'zoek naam "van de puttemans"', wie: 'spoc', zoek: 'van de puttemans' },
  { naam: 'zoek adres "tiensestraat 12"', wie: 'spoc', zoek: 'tiensestraat 12' },
  { naam: 'Lies: haar lopende dossiers', wie: 'renovatiebegeleider', filter: { status: ['LOPEND'] } },
];

/**
 * The statistics of analysts: everything, the last calendar year before the reference date, one postcode,
 * and a period that starts and ends in the middle of a month (its first and last days are read from the
 * rows, the months in between from the summaries).
 */
export function statistiekScenarios(referentie: Date): StatistiekScenario[] {
  const jaar = referentie.getUTCFullYear() - 1;
  return [
    { naam: 'zonder filter', filter: null },
    { naam: `jaar ${jaar}`, filter: { van: `${jaar}-01-01`, tot: `${jaar}-12-31` } },
    { naam: 'postcode 3010', filter: { postcodes: ['3010'] } },
    { naam: `${jaar}-03-15 tot ${jaar + 1}-02-10, 3000`, filter: { van: `${jaar}-03-15`, tot: `${jaar + 1}-02-10`, postcodes: ['3000'] } },
  ];
}

/** The figures of one statistics request, each a method of StatistiekService. */
export const CIJFERS = [
  'dossiers',
  'faseInstroom',
  'doorlooptijden',
  'openVragen',
  'uitgevoerdeMaatregelen',
  'aantalBegeleideWoningen',
  'begeleideWoningen',
  'dossierIds',
] as const;
export type Cijfer = (typeof CIJFERS)[number];

/** The figures an analyst's whole statistics page asks in one request (the id lists are for other subgraphs). */
export const PAGINA_CIJFERS: readonly Cijfer[] = ['dossiers', 'faseInstroom', 'doorlooptijden', 'openVragen', 'uitgevoerdeMaatregelen', 'aantalBegeleideWoningen'];

/** A listed dossier, as far as the checks need it. */
export interface GelijstDossier {
  id: string;
  referentie: string;
  fase: string;
  status: string;
  burgerId: string;
  spocSub: string | null;
  renovatiebegeleiderSub: string | null;
  postcode: string | null;
  adresTekst: string | null;
  laatsteWijziging: Date;
  volgendeActie: { op: string } | null;
}

/**
 * What is wrong with a page of a scenario: a dossier that does not satisfy the filters or the search, or
 * a page out of list order (laatste wijziging desc, id desc). `namen` gives the citizens' names (for the
 * search), `vandaag` the Belgian day of the bench's clock (for overdue), `wie` the sub of the coach.
 */
export function fouten(
  s: LijstScenario,
  dossiers: readonly GelijstDossier[],
  ctx: { vandaag: string; namen: ReadonlyMap<string, { voornaam: string; achternaam: string }>; coach: string },
): string[] {
  const uit: string[] = [];
  const f = s.filter ?? {};
  for (const d of dossiers) {
    const fout = (wat: string) => uit.push(`${s.naam}: ${d.referentie} ${wat}`);
    if (f.fase && !f.fase.includes(d.fase)) fout(`fase ${d.fase}`);
    if (f.status && !f.status.includes(d.status)) fout(`status ${d.status}`);
    if (f.toegewezenAan && d.spocSub !== f.toegewezenAan && d.renovatiebegeleiderSub !== f.toegewezenAan) fout('is niet toegewezen');
    if (f.postcode && !f.postcode.includes(d.postcode ?? '')) fout(`postcode ${d.postcode}`);
    const achterstallig = d.status === 'LOPEND' && d.volgendeActie !== null && d.volgendeActie.op < ctx.vandaag;
    if (f.achterstallig !== undefined && achterstallig !== f.achterstallig) fout(`achterstallig ${achterstallig}`);
    if (s.wie === 'renovatiebegeleider' && d.renovatiebegeleiderSub !== ctx.coach) fout('is niet van de renovatiebegeleider');
    if (s.zoek) {
      const term = s.zoek.toLowerCase();
      const naam = ctx.namen.get(d.burgerId);
      const treft =
        (d.adresTekst ?? '').toLowerCase().startsWith(term) ||
        (naam !== undefined && (naam.achternaam.toLowerCase().startsWith(term) || `${naam.voornaam} ${naam.achternaam}`.toLowerCase().startsWith(term))) ||
        d.referentie === s.zoek.toUpperCase();
      if (!treft) fout(`treft "${s.zoek}" niet`);
    }
  }
  for (let k = 1; k < dossiers.length; k++) {
    const a = dossiers[k - 1]!;
    const b = dossiers[k]!;
    const voor = a.laatsteWijziging.getTime() > b.laatsteWijziging.getTime() || (a.laatsteWijziging.getTime() === b.laatsteWijziging.getTime() && a.id > b.id);
    if (!voor) uit.push(`${s.naam}: ${a.referentie} en ${b.referentie} staan niet in lijstvolgorde`);
  }
  return uit;
}
