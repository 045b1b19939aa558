import type { DataSource, QueryRunner } from 'typeorm';
import { DEMO_AANNEMERS, DEMO_BEGELEIDER_WIM } from '@hub/dossier';

/*
 * The data of `npm run bench:db`: a city-scale CRM generated inside the database, batch by batch, with
 * `INSERT ... SELECT ... FROM generate_series(...)` (no row travels through Node). Every value is a
 * pure function of the dossier number and the reference date (hashint8 of the number and a draw index
 * as the random source, md5 for the ids), so the same options give the same rows on every run and in
 * every batch size, on PostgreSQL and on PGlite alike.
 *
 * The world, per dossier (numbered 1..N, opened over the five years before the reference date, more
 * in recent years, on office hours):
 * - a citizen (burger) with a valid INSZ, a Flemish name (common surnames and a long tail), contact data;
 *   one dossier in twenty belongs to a citizen who already had one;
 * - a home on a real Leuven street in 3000, 3001, 3010, 3012 or 3018 (number, sometimes a box); one
 *   dossier in twelve is for a home that already had a dossier;
 * - the question it came from (nine in ten: the channel is the dossier's start channel);
 * - its journey: CONTACTNAME, OPTIES, FINANCIEREN, LEVERANCIERS, UITVOEREN_EN_BETALEN, with a stay per
 *   phase drawn from a long-tailed distribution; 6 % go back from FINANCIEREN to OPTIES once; 44 % stop
 *   somewhere (most early); those that get through are closed. What happened before the day before the
 *   reference date is history (`dossier_overgang`, with `van_fase_sinds`); the rest is the current state;
 * - the SPOC (Sofie 60 %, Tom 40 %), from OPTIES on a coach of the city (Lies, Wim) or a partner;
 *   running dossiers mostly have a next action, some of them past due;
 * - from FINANCIEREN on, 1 to 4 measures of distinct work categories with estimates; quotes from
 *   LEVERANCIERS on (one chosen when ordered); executed measures with their invoice;
 * - milestones: 0 to 3 contact moments, a home visit, the DuBo advice, the renovation plan and its
 *   discussion, the afsprakennota, the permit check; documents (metadata only: no content) for the plan,
 *   the advice, the afsprakennota, each received or chosen quote, each invoice, and sometimes a photo.
 * Besides: 0.35 questions per dossier that did not (yet) lead to one: most answered, recent ones open,
 * and some old ones never handled.
 *
 * The columns the database keeps itself (the citizen's search names on the dossier, the postcode on its
 * history) are written by the generator, because the tables' triggers are off while it loads; the
 * summaries of migration 1796400000000 are computed once at the end (`dossier_samenvattingen_herbouw`).
 */

export interface GenerateOptions {
  dossiers: number;
  /** The moment the generated world is seen from: "now" of its history (the bench's clock). */
  referentie: Date;
  /** Dossiers per transaction (default 50,000). */
  batchSize?: number;
  /** Connections that load batches at the same time (default 1; PGlite has one session: keep 1). */
  parallel?: number;
  /** Called after every statement: the stage, its fraction done (0..1), the rows inserted so far, what is being built. */
  onProgress?: (p: { fase: GenerateFase; fractie: number; rows: number; stap?: string }) => void;
}

export interface GenerateResult {
  /** Rows inserted per table. */
  rows: Record<string, number>;
  /** In total, inserting the rows, and building the keys, indexes and foreign keys. */
  ms: number;
  ladenMs: number;
  indexenMs: number;
}

/** The tables the generator fills, in insert order. */
export const BENCH_TABELLEN = ['burger', 'dossier', 'vraag', 'dossier_overgang', 'maatregel', 'offerte', 'factuur', 'document', 'mijlpaal'] as const;

const SOFIE = 'stad-sofie.claes';
const TOM = 'stad-tom.janssens';
const LIES = 'stad-lies.wouters';
const WIM = DEMO_BEGELEIDER_WIM;
/** Questions without a dossier, per dossier. */
const LOSSE_VRAGEN = 0.35;

export const BENCH_STAF = { sofie: SOFIE, tom: TOM, lies: LIES, wim: WIM } as const;

/** Leuven streets per postcode, with the postcode's share of the homes. */
export const STRATEN: ReadonlyArray<{ postcode: string; aandeel: number; straten: readonly string[] }> = [
  {
    postcode: '3000',
    aandeel: 0.35,
    straten: [
      'Tiensestraat', 'Naamsestraat', 'Brusselsestraat', 'Parijsstraat', 'Bondgenotenlaan', 'Diestsestraat', 'Blijde-Inkomststraat',
      'Mechelsestraat', 'Vesaliusstraat', 'Tervuursestraat', 'Kapucijnenvoer', 'Ridderstraat', 'Minderbroedersstraat', 'Sint-Maartenstraat',
      'Dekenstraat', 'Schapenstraat', 'Redingenstraat', 'Janseniusstraat', 'Halfmaartstraat', 'Vaartstraat',
    ],
  },
  {
    postcode: '3001',
    aandeel: 0.22,
    straten: [
      'Naamsesteenweg', 'Geldenaaksebaan', 'Kapeldreef', 'Celestijnenlaan', 'Waversebaan', 'Kardinaal Mercierlaan', 'Egenhovenweg',
      'Hertogstraat', 'Bierbeekstraat', 'Terbankstraat', 'Groeneweg', 'Koetsweg', 'Tervuursesteenweg', 'Oude Baan',
    ],
  },
  {
    postcode: '3010',
    aandeel: 0.23,
    straten: [
      'Diestsesteenweg', 'Holsbeeksesteenweg', 'Tiensesteenweg', 'Martelarenlaan', 'Kesseldallaan', 'Koning Albertlaan', 'Vlierbeekberg',
      'Gemeentestraat', 'Lindenlaan', 'Boudewijnlaan', 'Ridder Portmansstraat', 'Sint-Jozefslaan',
    ],
  },
  {
    postcode: '3012',
    aandeel: 0.12,
    straten: ['Aarschotsesteenweg', 'Wilselsesteenweg', 'Kolonel Begaultlaan', 'Kwikstraat', 'Leuvensebaan', 'Wipstraat', 'Ter Heidelaan', 'Rijschoolstraat'],
  },
  { postcode: '3018', aandeel: 0.08, straten: ['Wijgmaalsesteenweg', 'Kampenhoutsebaan', 'Wakkerzeelsewijg', 'Remy Lenaertsstraat', 'Fabriekstraat', 'Klakkerbeekstraat'] },
];

export const VOORNAMEN = [
  'Emma', 'Lucas', 'Marie', 'Arthur', 'Louise', 'Noah', 'Julie', 'Jules', 'Sarah', 'Milan', 'Lotte', 'Wout', 'Nora', 'Senne', 'Hanne', 'Bram',
  'An', 'Jan', 'Peter', 'Els', 'Kris', 'Sofie', 'Tom', 'Katrien', 'Bart', 'Inge', 'Dirk', 'Veerle', 'Koen', 'Griet', 'Luc', 'Annelies', 'Wim',
  'Ann', 'Filip', 'Nathalie', 'Geert', 'Liesbeth', 'Stijn', 'Eva',
];
/** The common surnames (half of the citizens, the first ones most often). */
export const ACHTERNAMEN = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambrechts', 'Hermans',
  'Aerts', 'Vermeulen', 'Van den Broeck', 'Pauwels', 'Dumont', 'Michiels', 'De Clercq', 'Smets', 'Martens', 'Verhoeven', 'Van Damme', 'Desmet',
  'Leclercq', 'Stevens', 'Coppens', 'Cools', 'Segers', 'Vandenberghe', 'Verstraete', 'Bosmans', 'Van de Velde', 'Wuyts', 'Hendrickx', 'Thys',
  'Geerts', 'Verbeke', 'Van Dyck', 'Devos', 'Moens', 'Declercq', 'Vervoort', 'Baert', 'Cuypers', 'Smet', 'Boes', 'Luyten', 'Claessens',
  'Huybrechts', 'Van Hoof', 'Verlinden', 'Nijs', 'Lemmens', 'Bogaerts', 'Vanderheyden', 'Daems', 'Stas', 'Reynaert',
];
/** The long tail of surnames (the other half): prefix + stem + suffix, 2,560 names, each rare. */
const VOORVOEGSELS = ['', 'Van ', 'De ', 'Van de ', 'Van der ', 'Ver', 'Van den ', 'Op de '];
const STAMMEN = [
  'Bosch', 'Velde', 'Linden', 'Berghe', 'Meulen', 'Broeck', 'Hoeck', 'Kerckhove', 'Steen', 'Heuvel', 'Water', 'Acker', 'Putte', 'Walle', 'Beek',
  'Molen', 'Straeten', 'Haute', 'Poel', 'Laer', 'Hove', 'Dorpe', 'Kerk', 'Weyer', 'Eycken', 'Brande', 'Houtte', 'Leemput', 'Camp', 'Rijck',
  'Schoor', 'Wijngaert', 'Donck', 'Sande', 'Bruel', 'Vloet', 'Elst', 'Riet', 'Goor', 'Zande',
];
const ACHTERVOEGSELS = ['', 's', 'ens', 'mans', 'ers', 'aert', 'ijn', 'ackx'];

const KANAAL_GEWICHTEN: ReadonlyArray<[string, number]> = [
  ['CONTACTFORMULIER', 0.25],
  ['EMAIL', 0.2],
  ['TELEFOON', 0.3],
  ['FYSIEK_LOKET', 0.15],
  ['DIGITAAL_LOKET', 0.1],
];
const WERKCATEGORIEEN: ReadonlyArray<[string, number]> = [
  ['DAK', 11000],
  ['BUITENMUUR', 14000],
  ['VLOER', 6000],
  ['RAMEN_EN_DEUREN', 9000],
  ['WARMTEPOMP', 15000],
  ['WARMTEPOMPBOILER', 3500],
  ['ZONNEBOILER', 5500],
  ['VENTILATIE', 4500],
  ['ELEKTRICITEIT_EN_SANITAIR', 7000],
  ['BINNENRENOVATIE', 12000],
  ['ASBESTVERWIJDERING', 2500],
];
/** How long a stay in each phase lasts, in days: the minimum plus an exponential tail with this mean. */
const VERBLIJF: Record<string, [number, number]> = {
  CONTACTNAME: [3, 9],
  OPTIES: [20, 28],
  FINANCIEREN: [10, 18],
  LEVERANCIERS: [15, 24],
  UITVOEREN_EN_BETALEN: [30, 50],
};

// ---- SQL building blocks ------------------------------------------------------------------------

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `ARRAY[${xs.map(lit).join(', ')}]::text[]`;
/** Uniform in [0, 1), a pure function of a number (SQL expression) and a draw index. */
const u = (k: number | string, of = 'i') => `((hashint8((${of})::bigint * 101 + (${k})) & 2147483647)::float8 / 2147483648.0)`;
/** A version-4 looking UUID, a pure function of a kind and a number. */
const uid = (kind: string, n: string) => `(overlay(overlay(md5(${lit(`${kind}:`)} || (${n})::text) placing '4' from 13) placing '8' from 17))::uuid`;
/** An element of a list, picked by a uniform draw (SQL expression). */
const pick = (xs: readonly string[], draw: string) => `(${arr(xs)})[1 + floor((${draw}) * ${xs.length})::int]`;
/** A value by cumulative weights. */
function gewogen(items: ReadonlyArray<[string, number]>, draw: string): string {
  let acc = 0;
  const cases = items.slice(0, -1).map(([v, w]) => `WHEN ${draw} < ${(acc += w).toFixed(6)} THEN ${lit(v)}`);
  return `(CASE ${cases.join(' ')} ELSE ${lit(items.at(-1)![0])} END)`;
}

/**
 * The moment of the x-th fraction (0..1) of a stream that grows over five years (three times as many
 * at the end as at the start), on a weekday-independent office hour.
 */
const tijdstip = (x: string, ref: string, uur: string) =>
  `date_trunc('second', date_trunc('day', ${ref} - interval '5 years' + ((-1 + sqrt(1 + 8 * (${x}))) / 2) * (interval '5 years' - interval '7 days'), 'UTC')` +
  ` + interval '7 hours' + ${uur} * interval '9 hours')`;

const PAD_GEWOON = ['CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'];
const PAD_TERUG = ['CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'];

function adresVan(h: string): { postcode: string; straat: string; nummer: string; bus: string } {
  let acc = 0;
  const pcCases = STRATEN.slice(0, -1).map((s) => `WHEN ${u(4, h)} < ${(acc += s.aandeel).toFixed(6)} THEN ${lit(s.postcode)}`);
  const postcode = `(CASE ${pcCases.join(' ')} ELSE ${lit(STRATEN.at(-1)!.postcode)} END)`;
  acc = 0;
  const straatCases = STRATEN.slice(0, -1).map((s) => `WHEN ${u(4, h)} < ${(acc += s.aandeel).toFixed(6)} THEN ${pick(s.straten, u(5, h))}`);
  const straat = `(CASE ${straatCases.join(' ')} ELSE ${pick(STRATEN.at(-1)!.straten, u(5, h))} END)`;
  return {
    postcode,
    straat,
    nummer: `(1 + floor(power(${u(6, h)}, 1.5) * 220)::int)`,
    bus: `(CASE WHEN ${u(29, h)} < 0.25 THEN ' bus ' || (1 + floor(${u(30, h)} * 12)::int) ELSE '' END)`,
  };
}

/** The names of citizen number `of` (an SQL expression). */
const voornaamVan = (of: string) => pick(VOORNAMEN, u(7, of));
const achternaamVan = (of: string) =>
  `(CASE WHEN ${u(8, of)} < 0.5 THEN ${pick(ACHTERNAMEN, `power(${u(9, of)}, 1.15)`)} ` +
  `ELSE ${pick(VOORVOEGSELS, u(10, of))} || ${pick(STAMMEN, u(11, of))} || ${pick(ACHTERVOEGSELS, u(12, of))} END)`;

/** The statements of one batch (dossiers $a..$b), in order; each creates a temporary table or inserts. */
export function batchStatements(a: number, b: number, n: number, referentie: Date): Array<{ tabel: string | null; sql: string }> {
  const ref = `${lit(referentie.toISOString())}::timestamptz`;
  const cutoff = `(${ref} - interval '1 day')`;
  const vandaag = `((${ref}) AT TIME ZONE 'Europe/Brussels')::date`;
  const adres = adresVan('h');
  const aannemers = Object.values(DEMO_AANNEMERS);
  const aannemerNaam = (draw: string) => pick(aannemers.map((x) => x.naam), draw);
  const aannemerKbo = (draw: string) => pick(aannemers.map((x) => x.kbo), draw);
  const duur = (fase: string, draw: string) =>
    `CASE ${fase} ${Object.entries(VERBLIJF).map(([f, [min, gem]]) => `WHEN ${lit(f)} THEN ${min} + ${gem} * -ln(1 - ${draw})`).join(' ')} END`;
  const losA = Math.floor((a - 1) * LOSSE_VRAGEN) + 1;
  const losB = Math.floor(b * LOSSE_VRAGEN);
  const losTotaal = Math.max(1, Math.floor(n * LOSSE_VRAGEN));
  const sha = (n: string) => `md5(${lit('a:')} || ${n}) || md5(${lit('b:')} || ${n})`;
  const statements: Array<{ tabel: string | null; sql: string }> = [];
  const temp = (sql: string) => statements.push({ tabel: null, sql });
  const insert = (tabel: string, sql: string) => statements.push({ tabel, sql });

  // The plan of each dossier: when it opened, its path through the phases and where it stops.
  temp(`
    CREATE TEMP TABLE bench_p ON COMMIT DROP AS
    SELECT i, g, path, array_length(path, 1) AS n,
           coalesce(array_position(path, stopfase), array_length(path, 1)) AS e, stopfase IS NOT NULL AS stopt
      FROM (SELECT i,
                   ${tijdstip(`(i - 0.5) / ${n}::float8`, ref, u(1))} AS g,
                   CASE WHEN ${u(2)} < 0.06 THEN ${arr(PAD_TERUG)} ELSE ${arr(PAD_GEWOON)} END AS path,
                   ${gewogen(
                     [
                       ['CONTACTNAME', 0.15],
                       ['OPTIES', 0.15],
                       ['FINANCIEREN', 0.07],
                       ['LEVERANCIERS', 0.05],
                       ['UITVOEREN_EN_BETALEN', 0.02],
                       ['-', 0.56],
                     ],
                     u(3),
                   ).replace(`ELSE '-'`, 'ELSE NULL')} AS stopfase
              FROM generate_series(${a}, ${b}) i) x`);
  // The moments it leaves each stay of its path (step j leaves path[j]).
  temp(`
    CREATE TEMP TABLE bench_s ON COMMIT DROP AS
    SELECT p.i, j, date_trunc('minute', p.g + make_interval(secs => 86400 * sum(${duur('p.path[j]', u('10 + j', 'p.i'))}) OVER (PARTITION BY p.i ORDER BY j)), 'UTC') AS t
      FROM bench_p p CROSS JOIN LATERAL generate_series(1, p.e) j`);
  // Each dossier as it stands the day before the reference date, with everything drawn for it.
  temp(`
    CREATE TEMP TABLE bench_d ON COMMIT DROP AS
    SELECT x.*,
           CASE WHEN m = 0 THEN 'CONTACTNAME' WHEN m = e AND stopt THEN path[m] WHEN m = n THEN path[n] ELSE path[m + 1] END AS fase,
           CASE WHEN m = e AND stopt THEN 'STOPGEZET' WHEN m = n THEN 'AFGESLOTEN' ELSE 'LOPEND' END AS status,
           CASE WHEN m = 0 THEN g ELSE ts[m] END AS laatste,
           CASE WHEN spoc = ${lit(SOFIE)} THEN 'Sofie Claes' ELSE 'Tom Janssens' END AS spoc_naam,
           CASE WHEN spoc = ${lit(SOFIE)} THEN 'spoc' ELSE 'energieconsulent' END AS spoc_rol,
           ${adres.postcode} AS postcode, ${adres.straat} AS straat, ${adres.nummer} AS nummer, ${adres.bus} AS bus,
           ${uid('d', 'x.i')} AS did, ${uid('b', 'x.b')} AS bid
      FROM (SELECT p.*, coalesce(s.m, 0) AS m, coalesce(s.ts, '{}') AS ts,
                   CASE WHEN ${u(27, 'p.i')} < 0.08 AND p.i > 1000 THEN p.i - 1 - floor(${u(28, 'p.i')} * 1000)::int ELSE p.i END AS h,
                   CASE WHEN ${u(31, 'p.i')} < 0.05 AND p.i > 1 THEN greatest(1, p.i - 1 - floor(${u(32, 'p.i')} * 20000)::int) ELSE p.i END AS b,
                   CASE WHEN ${u(33, 'p.i')} < 0.1 THEN NULL ELSE ${gewogen(KANAAL_GEWICHTEN, u(34, 'p.i'))} END AS kanaal,
                   CASE WHEN ${u(35, 'p.i')} < 0.6 THEN ${lit(SOFIE)} ELSE ${lit(TOM)} END AS spoc,
                   CASE WHEN coalesce(s.m, 0) >= 1 AND ${u(36, 'p.i')} < 0.75 THEN CASE WHEN ${u(37, 'p.i')} < 0.55 THEN ${lit(LIES)} ELSE ${lit(WIM)} END END AS begeleider,
                   CASE WHEN coalesce(s.m, 0) >= 1 AND ${u(36, 'p.i')} >= 0.75 AND ${u(36, 'p.i')} < 0.82
                        THEN ${pick(['dialoog', 'energiehuis', 'minder-meer'], u(37, 'p.i'))} END AS partner
              FROM bench_p p
              LEFT JOIN (SELECT i, max(j) AS m, array_agg(t ORDER BY j) AS ts FROM bench_s WHERE t <= ${cutoff} GROUP BY i) s ON s.i = p.i) x`);

  const voornaam = voornaamVan('i');
  const achternaam = achternaamVan('i');
  // INSZ: born 1930..1989 on day 1..28, a serial per birth date: unique up to 20 million citizens.
  const inszBasis = `((30 + ((i - 1) / 336) % 60)::bigint * 10000000 + (1 + ((i - 1) / 28) % 12) * 100000 + (1 + (i - 1) % 28) * 1000 + (1 + (i - 1) / 20160))`;
  insert(
    'burger',
    `
    INSERT INTO burger (id, insz, voornaam, achternaam, email, telefoon, aangemaakt_op, gewijzigd_op)
    SELECT ${uid('b', 'i')}, lpad(basis::text, 9, '0') || lpad((97 - basis % 97)::text, 2, '0'), voornaam, achternaam,
           CASE WHEN ${u(13)} < 0.7 THEN lower(replace(voornaam || '.' || achternaam, ' ', '')) || '.' || i || '@example.be' END,
           CASE WHEN ${u(14)} < 0.5 THEN '+32 4' || lpad((floor(${u(15)} * 100000000))::int::text, 8, '0') END,
           g - interval '2 days', g - interval '2 days'
      FROM (SELECT i, g, ${inszBasis} AS basis, ${voornaam} AS voornaam, ${achternaam} AS achternaam FROM bench_d) x`,
  );
  const reden = (stap: string) =>
    `CASE WHEN ${stap} = d.e AND d.stopt THEN 'De burger ziet af van de renovatie.' WHEN ${stap} = d.n THEN 'Werken uitgevoerd en betaald.' END`;
  insert(
    'dossier',
    `
    INSERT INTO dossier (id, referentie, titel, fase, status, burger_id, adres_id, spoc_sub, renovatiebegeleider_sub, geopend_op, laatste_wijziging,
                         version, adres_tekst, postcode, begeleider_partner, start_toestemming_wijze, start_toestemming_op, start_toestemming_door,
                         afsluit_reden, afgesloten_op, volgende_actie_op, volgende_actie, start_kanaal, zoek_achternaam, zoek_naam)
    SELECT d.did, 'REN-' || to_char(d.g AT TIME ZONE 'Europe/Brussels', 'YYYY') || '-' || lpad(d.i::text, 6, '0'), 'Renovatie ' || d.straat || ' ' || d.nummer,
           d.fase, d.status, d.bid, '7' || lpad(d.h::text, 9, '0'), d.spoc, d.begeleider, d.g, d.laatste,
           d.m + 1, d.straat || ' ' || d.nummer || d.bus || ', ' || d.postcode || ' Leuven', d.postcode, d.partner,
           ${pick(['MONDELING', 'SCHRIFTELIJK', 'DIGITAAL'], u(38, 'd.i'))}, d.g, d.spoc,
           CASE WHEN d.status <> 'LOPEND' THEN ${reden('d.m')} END, CASE WHEN d.status <> 'LOPEND' THEN d.laatste END,
           CASE WHEN d.status = 'LOPEND' AND ${u(39, 'd.i')} < 0.8 THEN ${vandaag} + (floor(${u(40, 'd.i')} * 74)::int - 14) END,
           CASE WHEN d.status = 'LOPEND' AND ${u(39, 'd.i')} < 0.8
                THEN ${pick(['Offertes opvolgen', 'Burger terugbellen', 'Huisbezoek plannen', 'Renovatieplan bespreken', 'Premieaanvraag nakijken'], u(41, 'd.i'))} END,
           d.kanaal, lower(${achternaamVan('d.b')}), lower(${voornaamVan('d.b')} || ' ' || ${achternaamVan('d.b')})
      FROM bench_d d`,
  );

  const onderwerpen = [
    'Begeleiding bij de renovatie van mijn woning',
    'Welke premies zijn er voor dakisolatie?',
    'Is mijn woning geschikt voor een warmtepomp?',
    'Hoe vraag ik een renovatiebegeleider aan?',
    'Vragen over nieuwe ramen en de EPC-label',
  ];
  const losAdres = adresVan('lh');
  insert(
    'vraag',
    `
    INSERT INTO vraag (id, kanaal, onderwerp, ontvangen_op, burger_id, adres_id, dossier_id, status, aangemaakt_op, gewijzigd_op, adres_tekst, postcode,
                       contact_naam, contact_email, contact_telefoon, geregistreerd_door, toegewezen_aan, afhandel_reden, afgehandeld_op)
    SELECT ${uid('vo', 'd.i')}, d.kanaal, ${lit(onderwerpen[0]!)}, d.g - (1 + floor(${u(42, 'd.i')} * 5)::int) * interval '1 day',
           d.bid, '7' || lpad(d.h::text, 9, '0'), d.did, 'DOSSIER_GEOPEND',
           d.g - (1 + floor(${u(42, 'd.i')} * 5)::int) * interval '1 day', d.g,
           d.straat || ' ' || d.nummer || d.bus || ', ' || d.postcode || ' Leuven', d.postcode, NULL, NULL, NULL,
           CASE WHEN d.kanaal IN ('CONTACTFORMULIER', 'DIGITAAL_LOKET') THEN NULL ELSE d.spoc END, d.spoc, NULL, NULL
      FROM bench_d d WHERE d.kanaal IS NOT NULL
    UNION ALL
    SELECT ${uid('vl', 'q')}, kanaal, ${pick(onderwerpen.slice(1), u(20, 'q + 100000000'))}, ontvangen_op,
           CASE WHEN burger THEN ${uid('b', `1 + floor(${u(21, 'q + 100000000')} * ${b})::int`)} END,
           CASE WHEN met_adres THEN '7' || lpad(lh::text, 9, '0') END, NULL, status, ontvangen_op,
           CASE WHEN status = 'AFGEHANDELD' THEN afgehandeld_op ELSE ontvangen_op END,
           CASE WHEN met_adres THEN ${losAdres.straat} || ' ' || ${losAdres.nummer} || ${losAdres.bus} || ', ' || ${losAdres.postcode} || ' Leuven' END,
           CASE WHEN met_adres THEN ${losAdres.postcode} END,
           CASE WHEN NOT burger THEN ${pick(VOORNAMEN, u(22, 'q + 100000000'))} || ' ' || ${pick(ACHTERNAMEN, u(23, 'q + 100000000'))} END,
           CASE WHEN NOT burger THEN 'vraag.' || q || '@example.be' END, NULL,
           CASE WHEN kanaal IN ('CONTACTFORMULIER', 'DIGITAAL_LOKET') THEN NULL ELSE ${lit(SOFIE)} END,
           CASE WHEN status <> 'NIEUW' THEN ${lit(TOM)} END,
           CASE WHEN status = 'AFGEHANDELD' THEN ${pick(['Beantwoord: informatie over premies bezorgd.', 'Doorverwezen naar de Mijn VerbouwPremie-website.', 'Geen renovatie gepland.'], u(24, 'q + 100000000'))} END,
           CASE WHEN status = 'AFGEHANDELD' THEN afgehandeld_op END
      FROM (SELECT q, ontvangen_op, kanaal, burger, met_adres, lh,
                   least(ontvangen_op + (1 + ${u(25, 'q + 100000000')} * 10) * interval '1 day', ${cutoff}) AS afgehandeld_op,
                   CASE WHEN ontvangen_op < ${ref} - interval '60 days'
                        THEN CASE WHEN ${u(26, 'q + 100000000')} < 0.015 THEN 'NIEUW' WHEN ${u(26, 'q + 100000000')} < 0.03 THEN 'IN_BEHANDELING' ELSE 'AFGEHANDELD' END
                        ELSE CASE WHEN ${u(26, 'q + 100000000')} < 0.5 THEN 'NIEUW' WHEN ${u(26, 'q + 100000000')} < 0.8 THEN 'IN_BEHANDELING' ELSE 'AFGEHANDELD' END
                   END AS status
              FROM (SELECT q, ${tijdstip(`(q - 0.5) / ${losTotaal}::float8`, ref, u(27, 'q + 100000000'))} AS ontvangen_op,
                           ${gewogen(KANAAL_GEWICHTEN, u(28, 'q + 100000000'))} AS kanaal,
                           ${u(29, 'q + 100000000')} < 0.4 AS burger, ${u(30, 'q + 100000000')} < 0.7 AS met_adres,
                           1 + floor(${u(31, 'q + 100000000')} * ${b})::int AS lh
                      FROM generate_series(${losA}, ${losB}) q) v) w`,
  );

  insert(
    'dossier_overgang',
    `
    INSERT INTO dossier_overgang (id, dossier_id, versie, van_fase, naar_fase, van_status, naar_status, reden, door_sub, op, van_fase_sinds, postcode)
    SELECT ${uid('ov', 'd.i * 8')}, d.did, 1, NULL, 'CONTACTNAME', NULL, 'LOPEND', NULL, d.spoc, d.g, NULL, d.postcode FROM bench_d d
    UNION ALL
    SELECT ${uid('ov', 'd.i * 8 + s.j')}, d.did, s.j + 1, d.path[s.j],
           CASE WHEN (s.j = d.e AND d.stopt) OR s.j = d.n THEN d.path[s.j] ELSE d.path[s.j + 1] END,
           'LOPEND', CASE WHEN s.j = d.e AND d.stopt THEN 'STOPGEZET' WHEN s.j = d.n THEN 'AFGESLOTEN' ELSE 'LOPEND' END,
           coalesce(${reden('s.j')},
                    CASE WHEN d.path[s.j] = 'FINANCIEREN' AND d.path[s.j + 1] = 'OPTIES' THEN 'Het renovatieplan wordt herbekeken na het premieadvies.' END),
           coalesce(d.begeleider, d.spoc), s.t, CASE WHEN s.j = 1 THEN d.g ELSE d.ts[s.j - 1] END, d.postcode
      FROM bench_d d JOIN bench_s s ON s.i = d.i AND s.j <= d.m`,
  );

  // Measures from FINANCIEREN on (entered at step 2); LEVERANCIERS is entered at step n-2, the works at n-1.
  temp(`
    CREATE TEMP TABLE bench_m ON COMMIT DROP AS
    SELECT x.*, CASE WHEN x.status = 'UITGEVOERD'
                     THEN least(x.u_in + (5 + 25 * ${u(3, 'x.mn + 200000000')}) * interval '1 day',
                                          CASE WHEN x.dossier_status = 'LOPEND' THEN ${cutoff} ELSE x.laatste END) END AS uitgevoerd_op
      FROM (SELECT d.i, d.did, ${uid('ma', 'd.i * 8 + k')} AS mid, d.status AS dossier_status, d.spoc, d.laatste, d.ts[2] AS f_in, d.ts[d.n - 2] AS l_in, d.ts[d.n - 1] AS u_in,
                   k AS volgorde, d.i * 8 + k AS mn, cat,
                   CASE WHEN d.m >= d.n - 1 AND (d.status = 'AFGESLOTEN' OR ${u(1, 'd.i * 8 + k + 200000000')} < 0.5) THEN 'UITGEVOERD'
                        WHEN d.m >= d.n - 2 THEN CASE WHEN ${u(2, 'd.i * 8 + k + 200000000')} < 0.5 THEN 'OFFERTE' ELSE 'BESTELD' END
                        ELSE 'GEPLAND' END AS status
              FROM bench_d d
             CROSS JOIN LATERAL (SELECT floor(${u(43, 'd.i')} * 11)::int AS c0, 1 + floor(${u(44, 'd.i')} * 10)::int AS stap,
                                        1 + floor(${u(45, 'd.i')} * 3.2)::int AS aantal) c
             CROSS JOIN LATERAL generate_series(1, c.aantal) k
             CROSS JOIN LATERAL (SELECT (${arr(WERKCATEGORIEEN.map(([c]) => c))})[1 + (c.c0 + k * c.stap) % 11] AS cat) w
             WHERE d.m >= 2) x`);
  const raming = `(CASE m.cat ${WERKCATEGORIEEN.map(([c, r]) => `WHEN ${lit(c)} THEN ${r}`).join(' ')} END)`;
  const mu = (k: number) => u(k, 'm.mn + 200000000');
  insert(
    'maatregel',
    `
    INSERT INTO maatregel (id, dossier_id, categorie, omschrijving, status, oppervlakte_m2, bedrag_excl_btw, volgorde, aangemaakt_op, gewijzigd_op,
                           uitvoering, uitgevoerd_op)
    SELECT m.mid, m.did, m.cat, initcap(replace(lower(m.cat), '_', ' ')) || ' volgens het renovatieplan', m.status,
           CASE WHEN m.cat IN ('DAK', 'BUITENMUUR', 'VLOER') THEN round((40 + ${mu(4)} * 110)::numeric, 2) END,
           round((${raming} * (0.7 + 0.6 * ${mu(5)}))::numeric, 0), m.volgorde, m.f_in, coalesce(m.uitgevoerd_op, m.f_in),
           CASE WHEN m.cat = 'WARMTEPOMP' AND ${mu(6)} < 0.8
                  THEN ${pick(['WARMTEPOMP_BODEM_WATER', 'WARMTEPOMP_LUCHT_WATER', 'WARMTEPOMP_HYBRIDE', 'WARMTEPOMP_LUCHT_LUCHT'], mu(7))}
                WHEN m.cat = 'BUITENMUUR' AND ${mu(6)} < 0.8 THEN ${pick(['MUUR_SPOUW', 'MUUR_BINNENZIJDE', 'MUUR_BUITENZIJDE'], mu(7))} END,
           m.uitgevoerd_op
      FROM bench_m m`,
  );
  // Quotes of the measures past GEPLAND: 1 to 3; the first one chosen once ordered.
  temp(`
    CREATE TEMP TABLE bench_o ON COMMIT DROP AS
    SELECT m.*, q, m.mn * 4 + q AS qn, ${uid('of', 'm.mn * 4 + q')} AS oid,
           CASE WHEN m.status IN ('BESTELD', 'UITGEVOERD') THEN CASE WHEN q = 1 THEN 'GEKOZEN' ELSE 'AFGEWEZEN' END
                WHEN ${u(9, 'm.mn * 4 + q + 300000000')} < 0.4 THEN 'AANGEVRAAGD' ELSE 'ONTVANGEN' END AS ostatus,
           round((${raming} * (0.85 + 0.3 * ${u(10, 'm.mn * 4 + q + 300000000')}))::numeric, 2) AS bedrag
      FROM bench_m m CROSS JOIN LATERAL generate_series(1, 1 + floor(${mu(8)} * 2.5)::int) q
     WHERE m.status <> 'GEPLAND'`);
  insert(
    'offerte',
    `
    INSERT INTO offerte (id, dossier_id, maatregel_id, aannemer_naam, aannemer_kbo, status, bedrag_excl_btw, btw_tarief, datum, geldig_tot,
                         toegevoegd_door, aangemaakt_op, gewijzigd_op)
    SELECT o.oid, o.did, o.mid, ${aannemerNaam(u(11, 'o.qn + 300000000'))}, ${aannemerKbo(u(11, 'o.qn + 300000000'))},
           o.ostatus, CASE WHEN o.ostatus <> 'AANGEVRAAGD' THEN o.bedrag END,
           CASE WHEN o.ostatus <> 'AANGEVRAAGD' THEN CASE WHEN ${u(12, 'o.qn + 300000000')} < 0.9 THEN 6 ELSE 21 END END,
           CASE WHEN o.ostatus <> 'AANGEVRAAGD' THEN ((o.l_in + o.q * interval '3 days') AT TIME ZONE 'Europe/Brussels')::date END,
           CASE WHEN o.ostatus <> 'AANGEVRAAGD' THEN ((o.l_in + o.q * interval '3 days') AT TIME ZONE 'Europe/Brussels')::date + 90 END,
           o.spoc, o.l_in + (o.q - 1) * interval '1 day', o.l_in + o.q * interval '3 days'
      FROM bench_o o`,
  );
  insert(
    'factuur',
    `
    INSERT INTO factuur (id, dossier_id, maatregel_id, nummer, datum, aannemer_naam, aannemer_kbo, bedrag_excl_btw, btw_bedrag, betaald_op,
                         toegevoegd_door, aangemaakt_op, gewijzigd_op)
    SELECT ${uid('fa', 'f.mn')}, f.did, f.mid, 'F' || f.mn, f.datum,
           ${aannemerNaam(u(11, 'f.mn * 4 + 1 + 300000000'))}, ${aannemerKbo(u(11, 'f.mn * 4 + 1 + 300000000'))},
           f.bedrag, round(f.bedrag * 0.06, 2), CASE WHEN f.dossier_status = 'AFGESLOTEN' THEN f.datum END, f.spoc, f.uitgevoerd_op, f.uitgevoerd_op
      FROM (SELECT m.*, ((m.uitgevoerd_op + interval '1 day') AT TIME ZONE 'Europe/Brussels')::date AS datum,
                   round((${raming} * (0.9 + 0.2 * ${mu(13)}))::numeric, 2) AS bedrag
              FROM bench_m m WHERE m.status = 'UITGEVOERD') f`,
  );

  const doc = (kind: string, nr: string, soort: string, titel: string, bestand: string, mime: string, op: string, links: string, from: string) => `
    SELECT ${uid(kind, nr)}, d.did, ${lit(soort)}, ${titel}, ${lit(bestand)}, ${lit(mime)},
           50000 + floor(${u(50, `${nr} + 400000000`)} * 3000000)::int, ${sha(`(${nr})::text || ${lit(kind)}`)}, 'bench/' || ${lit(kind)} || '/' || (${nr}),
           ${links}, d.spoc, d.spoc_naam, d.spoc_rol, NULL, ${op}
      ${from}`;
  const geen = 'NULL::uuid, NULL::uuid, NULL::uuid';
  insert(
    'document',
    `
    INSERT INTO document (id, dossier_id, soort, titel, bestandsnaam, mime_type, grootte, sha256, opslag_sleutel, maatregel_id, offerte_id, factuur_id,
                          toegevoegd_door_sub, toegevoegd_door_naam, toegevoegd_door_rol, toegevoegd_door_organisatie, toegevoegd_op)
    ${doc('dp', 'd.i', 'RENOVATIEPLAN', `'Renovatieplan'`, 'renovatieplan.pdf', 'application/pdf', `d.ts[2] - interval '2 days'`, geen, 'FROM bench_d d WHERE d.m >= 2')}
    UNION ALL
    ${doc('da', 'd.i', 'ADVIES', `'DuBo-advies'`, 'dubo-advies.pdf', 'application/pdf', `d.ts[2] - interval '3 days'`, geen, `FROM bench_d d WHERE d.m >= 2 AND ${u(46, 'd.i')} < 0.25`)}
    UNION ALL
    ${doc('dn', 'd.i', 'AFSPRAKENNOTA', `'Afsprakennota'`, 'afsprakennota.pdf', 'application/pdf', `d.ts[d.n - 2]`, geen, 'FROM bench_d d WHERE d.m >= d.n - 2')}
    UNION ALL
    ${doc('do', 'o.qn', 'OFFERTE', `'Offerte ' || initcap(replace(lower(o.cat), '_', ' '))`, 'offerte.pdf', 'application/pdf', `o.l_in + o.q * interval '3 days'`,
      `o.mid, o.oid, NULL::uuid`, `FROM bench_o o JOIN bench_d d ON d.i = o.i WHERE o.ostatus IN ('ONTVANGEN', 'GEKOZEN')`)}
    UNION ALL
    ${doc('df', 'm.mn', 'FACTUUR', `'Factuur ' || initcap(replace(lower(m.cat), '_', ' '))`, 'factuur.pdf', 'application/pdf', `m.uitgevoerd_op`,
      `m.mid, NULL::uuid, ${uid('fa', 'm.mn')}`, `FROM bench_m m JOIN bench_d d ON d.i = m.i WHERE m.status = 'UITGEVOERD'`)}
    UNION ALL
    ${doc('dx', 'd.i * 4 + k', 'ANDERE', `'Foto''s van de woning'`, 'foto.jpg', 'image/jpeg', `least(d.g + k * interval '3 days', ${cutoff})`, geen,
      `FROM bench_d d CROSS JOIN LATERAL generate_series(1, floor(${u(47, 'd.i')} * 2)::int) k`)}`,
  );

  const mijlpaal = (soort: string, nr: string, datum: string, details: string, document: string, from: string) => `
    SELECT ${uid('mp', nr)}, d.did, ${lit(soort)}, ${datum}, NULL, ${details}, ${document},
           coalesce(d.begeleider, d.spoc), CASE WHEN d.begeleider = ${lit(LIES)} THEN 'Lies Wouters' WHEN d.begeleider = ${lit(WIM)} THEN 'Wim Verbeke' ELSE d.spoc_naam END,
           CASE WHEN d.begeleider IS NOT NULL THEN 'renovatiebegeleider' ELSE d.spoc_rol END, NULL, ${datum}
      ${from}`;
  const samenvattingen = ['Telefonisch de stand van zaken overlopen.', 'Premies en leningen toegelicht.', 'Vragen over de offertes beantwoord.', 'Afspraak voor een huisbezoek gemaakt.'];
  insert(
    'mijlpaal',
    `
    INSERT INTO mijlpaal (id, dossier_id, soort, datum, toelichting, details, document_id, actor_sub, actor_naam, actor_rol, actor_organisatie, geregistreerd_op)
    ${mijlpaal(
      'CONTACTMOMENT',
      'd.i * 16 + c',
      `date_trunc('minute', d.g + (CASE WHEN d.status = 'LOPEND' THEN ${cutoff} ELSE d.laatste END - d.g) * ${u('60 + c', 'd.i')}, 'UTC')`,
      `jsonb_build_object('kanaal', ${pick(['TELEFOON', 'EMAIL', 'FYSIEK_LOKET', 'TELEFOON'], u('64 + c', 'd.i'))}, 'samenvatting', ${pick(samenvattingen, u('68 + c', 'd.i'))})`,
      'NULL::uuid',
      `FROM bench_d d CROSS JOIN LATERAL generate_series(1, floor(${u(48, 'd.i')} * 4)::int) c`,
    )}
    UNION ALL
    ${mijlpaal('HUISBEZOEK', 'd.i * 16 + 5', `least(d.ts[1] + interval '7 days', ${cutoff})`, `'{}'::jsonb`, 'NULL::uuid', `FROM bench_d d WHERE d.m >= 1 AND ${u(49, 'd.i')} < 0.7`)}
    UNION ALL
    ${mijlpaal('DUBO_ADVIES_ONTVANGEN', 'd.i * 16 + 6', `d.ts[2] - interval '3 days'`, `'{}'::jsonb`, uid('da', 'd.i'), `FROM bench_d d WHERE d.m >= 2 AND ${u(46, 'd.i')} < 0.25`)}
    UNION ALL
    ${mijlpaal('RENOVATIEPLAN_OPGEMAAKT', 'd.i * 16 + 7', `d.ts[2] - interval '2 days'`, `'{}'::jsonb`, uid('dp', 'd.i'), 'FROM bench_d d WHERE d.m >= 2')}
    UNION ALL
    ${mijlpaal('RENOVATIEPLAN_BESPROKEN', 'd.i * 16 + 8', `d.ts[2] - interval '1 day'`, `'{}'::jsonb`, 'NULL::uuid', 'FROM bench_d d WHERE d.m >= 2')}
    UNION ALL
    ${mijlpaal(
      'AFSPRAKENNOTA',
      'd.i * 16 + 9',
      'd.ts[d.n - 2]',
      `jsonb_build_object('stappen', jsonb_build_array('Offertes opvragen', 'Premie aanvragen na de werken'))`,
      uid('dn', 'd.i'),
      'FROM bench_d d WHERE d.m >= d.n - 2',
    )}
    UNION ALL
    ${mijlpaal('OMGEVINGSVERGUNNING', 'd.i * 16 + 10', `d.ts[d.n - 2] + interval '1 day'`, `jsonb_build_object('nodig', ${u(51, 'd.i')} < 0.5)`, 'NULL::uuid',
      `FROM bench_d d WHERE d.m >= d.n - 2 AND ${u(52, 'd.i')} < 0.3`)}`,
  );
  return statements;
}

/** The keys, indexes and foreign keys of the generated tables, as the migrations made them. */
interface Definitie {
  soort: 'sleutel' | 'index' | 'fk';
  tabel: string;
  naam: string;
  /** `pg_get_constraintdef` (keys, foreign keys) or `pg_get_indexdef` (indexes). */
  def: string;
}

/**
 * The definitions to set aside while loading: the primary and unique keys and the other indexes of the
 * generated tables, and every foreign key from or to one of them (in this schema).
 */
async function definities(runner: QueryRunner): Promise<Definitie[]> {
  const tabellen = [...BENCH_TABELLEN];
  const rows = await runner.query(
    `SELECT 'sleutel' AS soort, t.relname AS tabel, c.conname AS naam, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u') AND t.relname = ANY($1)
     UNION ALL
     SELECT 'index', t.relname, x.relname, pg_get_indexdef(i.indexrelid)
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
     UNION ALL
     SELECT 'fk', t.relname, c.conname, pg_get_constraintdef(c.oid)
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND c.contype = 'f' AND (t.relname = ANY($1) OR r.relname = ANY($1))
      ORDER BY 1, 2, 3`,
    [tabellen],
  );
  return rows as Definitie[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Drops foreign keys, then keys, then indexes, and switches the tables' own triggers off (the summaries
 * of migration 1796400000000 and the search names): the tables take rows without maintaining anything.
 */
async function zetOpzij(runner: QueryRunner, defs: readonly Definitie[]): Promise<void> {
  for (const soort of ['fk', 'sleutel'] as const) {
    for (const d of defs.filter((x) => x.soort === soort)) await runner.query(`ALTER TABLE ${ident(d.tabel)} DROP CONSTRAINT ${ident(d.naam)}`);
  }
  for (const d of defs.filter((x) => x.soort === 'index')) await runner.query(`DROP INDEX ${ident(d.naam)}`);
  for (const tabel of BENCH_TABELLEN) await runner.query(`ALTER TABLE ${ident(tabel)} DISABLE TRIGGER USER`);
}

/** Switches the triggers on again and computes the summaries from the loaded rows, as the migration does. */
async function samenvattingen(runner: QueryRunner): Promise<void> {
  for (const tabel of BENCH_TABELLEN) await runner.query(`ALTER TABLE ${ident(tabel)} ENABLE TRIGGER USER`);
  const [f] = await runner.query(`SELECT to_regprocedure('dossier_samenvattingen_herbouw()') IS NOT NULL AS er`);
  if ((f as { er: boolean }).er) await runner.query(`SELECT dossier_samenvattingen_herbouw()`);
}

/** Builds what `zetOpzij` dropped, from the same definitions (keys, indexes, then foreign keys: validated). */
async function herstel(runner: QueryRunner, defs: readonly Definitie[], onStap: (naam: string, k: number) => void): Promise<void> {
  const volgorde = [...defs.filter((x) => x.soort === 'sleutel'), ...defs.filter((x) => x.soort === 'index'), ...defs.filter((x) => x.soort === 'fk')];
  for (const [k, d] of volgorde.entries()) {
    onStap(d.naam, k);
    if (d.soort === 'index') await runner.query(d.def);
    else await runner.query(`ALTER TABLE ${ident(d.tabel)} ADD CONSTRAINT ${ident(d.naam)} ${d.def}`);
  }
}

/** What differs between two sets of definitions (empty: the same). */
function verschillen(voor: readonly Definitie[], na: readonly Definitie[]): string[] {
  // PostgreSQL prints a rebuilt predicate's casts differently ('x'::varchar)::text vs ('x'::varchar)::text[]): compare without them.
  const zonderCasts = (def: string) => def.replace(/::(text|character varying)(\[\])?/g, '').replace(/[()\s]/g, '');
  const sleutel = (d: Definitie) => `${d.soort} ${d.tabel}.${d.naam}: ${zonderCasts(d.def)}`;
  const a = new Set(voor.map(sleutel));
  const b = new Set(na.map(sleutel));
  return [...[...a].filter((x) => !b.has(x)).map((x) => `lost ${x}`), ...[...b].filter((x) => !a.has(x)).map((x) => `new ${x}`)];
}

export type GenerateFase = 'laden' | 'indexen' | 'klaar';

/**
 * Generates the world into the (migrated, empty) schema of `dataSource`. The way pg_restore loads a
 * dump: the keys, indexes and foreign keys of the generated tables are set aside (their definitions
 * read from the catalog, as the migrations made them), the rows are inserted batch by batch (one
 * transaction per batch; the check constraints stay on and check every row), then every key, index and
 * foreign key is built again from the same definition (a foreign key validates all rows), and the
 * catalog is compared with what it was. Maintaining a dozen indexes row by row while loading millions
 * of rows would take several times as long and measure nothing the bench is about. VACUUM ANALYZE is
 * separate (`vacuumAnalyze`): it cannot run in a transaction.
 */
export async function generateBenchDb(dataSource: DataSource, opts: GenerateOptions): Promise<GenerateResult> {
  const { dossiers: n, referentie } = opts;
  if (!Number.isInteger(n) || n < 1 || n > 20_000_000) throw new RangeError('dossiers: a whole number from 1 to 20,000,000');
  const batchSize = opts.batchSize ?? 50_000;
  const started = Date.now();
  const rows: Record<string, number> = Object.fromEntries(BENCH_TABELLEN.map((t) => [t, 0]));
  let total = 0;
  // One connection at a time outside the load: PGlite has a single session, checked out exclusively.
  const metVerbinding = async <T>(werk: (r: QueryRunner) => Promise<T>): Promise<T> => {
    const r = dataSource.createQueryRunner();
    await r.connect();
    try {
      return await werk(r);
    } finally {
      await r.release();
    }
  };
  const defs = await metVerbinding(async (r) => {
    const d = await definities(r);
    await zetOpzij(r, d);
    return d;
  });
  // Batches are independent (no foreign key is checked while loading): `parallel` connections take the next one.
  const batches: Array<[number, number]> = [];
  for (let a = 1; a <= n; a += batchSize) batches.push([a, Math.min(n, a + batchSize - 1)]);
  let volgende = 0;
  let klaar = 0;
  let fout: unknown = null;
  const bezig = new Map<number, number>();
  const meld = () => {
    let deel = klaar;
    for (const v of bezig.values()) deel += v;
    opts.onProgress?.({ fase: 'laden', fractie: deel / n, rows: total });
  };
  const worker = async (w: number) => {
    const r = dataSource.createQueryRunner();
    await r.connect();
    try {
      // Planning these statements with JIT takes longer than running them (a second per statement).
      await r.query('SET jit = off');
      await r.query('SET synchronous_commit = off');
      while (fout === null && volgende < batches.length) {
        const [a, b] = batches[volgende++]!;
        const statements = batchStatements(a, b, n, referentie);
        await r.startTransaction();
        try {
          for (const [k, s] of statements.entries()) {
            const result = await r.query(s.sql, [], true);
            if (s.tabel) {
              const affected = Number(result.affected ?? 0);
              rows[s.tabel]! += affected;
              total += affected;
            }
            bezig.set(w, ((b - a + 1) * (k + 1)) / statements.length);
            meld();
          }
          await r.commitTransaction();
        } catch (err) {
          await r.rollbackTransaction();
          throw err;
        }
        bezig.delete(w);
        klaar += b - a + 1;
      }
    } catch (err) {
      fout ??= err;
    } finally {
      await r.query('RESET jit').catch(() => undefined);
      await r.query('RESET synchronous_commit').catch(() => undefined);
      await r.release();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.parallel ?? 1) }, (_, w) => worker(w)));
  if (fout !== null) throw fout;
  const laden = Date.now() - started;
  await metVerbinding(async (r) => {
    // A bulk load's session setting (this connection only): sorts of the index builds in memory.
    await r.query(`SET maintenance_work_mem = '512MB'`);
    try {
      await herstel(r, defs, (naam, k) => opts.onProgress?.({ fase: 'indexen', fractie: k / defs.length, rows: total, stap: naam }));
    } finally {
      await r.query('RESET maintenance_work_mem');
    }
    const verschil = verschillen(defs, await definities(r));
    if (verschil.length > 0) throw new Error(`the keys, indexes and foreign keys after loading differ from those of the migrations: ${verschil.join('; ')}`);
    opts.onProgress?.({ fase: 'indexen', fractie: 1, rows: total, stap: 'samenvattingen' });
    await samenvattingen(r);
    await r.query(`SELECT setval('dossier_referentie_seq', $1)`, [n]);
  });
  opts.onProgress?.({ fase: 'klaar', fractie: 1, rows: total });
  return { rows, ms: Date.now() - started, ladenMs: laden, indexenMs: Date.now() - started - laden };
}

/**
 * VACUUM ANALYZE of every table of the schema (the generated ones and the summaries): the visibility map
 * and the statistics that production's autovacuum keeps. `analyzeOnly`: the statistics alone.
 */
export async function vacuumAnalyze(dataSource: DataSource, analyzeOnly = false): Promise<number> {
  const started = Date.now();
  const tabellen = await dataSource.query<Array<{ naam: string }>>(
    `SELECT relname AS naam FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname`,
  );
  for (const { naam } of tabellen) await dataSource.query(`${analyzeOnly ? 'ANALYZE' : 'VACUUM (ANALYZE)'} ${ident(naam)}`);
  return Date.now() - started;
}
