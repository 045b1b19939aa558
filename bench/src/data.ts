import type { DataSource } from 'typeorm';
import { createSynthetischeWoningen, synthetischAdresId } from '@hub/woningpas/sandbox';

/**
 * Bench data: generated citizens with a dossier each, over generated homes (the woningpas sandboxes
 * answer for them with `synthetischeWoningen`), next to the demo data. Deterministic: the same options
 * give the same rows, ids included, so that every process of a benchmark sees the same world and a
 * second run inserts nothing. Bench-only: never part of a seed.
 */
export interface BenchDataOptions {
  dossiers: number;
  /** Distinct homes; dossier i lies at home floor(i * woningen / dossiers): neighbours in the list share homes. */
  woningen: number;
}

export interface BenchBurger {
  id: string;
  insz: string;
  voornaam: string;
  achternaam: string;
  email: string;
}

export interface BenchDossier {
  id: string;
  referentie: string;
  titel: string;
  fase: string;
  burgerId: string;
  adresId: string;
  adresTekst: string;
  postcode: string;
  spocSub: string;
  renovatiebegeleiderSub: string | null;
  geopendOp: string;
  laatsteWijziging: string;
}

export interface BenchMaatregel {
  id: string;
  dossierId: string;
  categorie: string;
  omschrijving: string;
  oppervlakteM2: number | null;
  bedragExclBtw: number;
  volgorde: number;
}

export interface BenchDataPlan {
  burgers: BenchBurger[];
  dossiers: BenchDossier[];
  maatregelen: BenchMaatregel[];
}

const FASEN = ['CONTACTNAME', 'OPTIES', 'FINANCIEREN', 'LEVERANCIERS', 'UITVOEREN_EN_BETALEN'] as const;
const VOORNAMEN = ['Lotte', 'Jef', 'Ines', 'Wout', 'Fatima', 'Arne', 'Nele', 'Karim', 'Sarah', 'Bart', 'Elif', 'Pieter', 'Hanne', 'Mehdi', 'Griet'];
const ACHTERNAMEN = ['Vermeulen', 'Maes', 'Jacobs', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smedt', 'Aerts', 'Mertens', 'Dubois', 'Lambrechts', 'Hermans', 'Verbruggen'];
/** Bench dossiers are the most recently changed of the list (the demo dossiers date from early 2026). */
const EERSTE_WIJZIGING = Date.UTC(2026, 3, 1, 8, 0, 0);
const SPOC = 'stad-sofie.claes';
const BEGELEIDER = 'stad-lies.wouters';

const hex12 = (n: number) => n.toString(16).padStart(12, '0');
/** Fixed, recognisable ids: `be0c0b00-…` citizens, `be0c0d00-…` dossiers, `be0c0a00-…` measures. */
export const benchBurgerId = (i: number) => `be0c0b00-0000-4000-8000-${hex12(i)}`;
export const benchDossierId = (i: number) => `be0c0d00-0000-4000-8000-${hex12(i)}`;
const benchMaatregelId = (i: number) => `be0c0a00-0000-4000-8000-${hex12(i)}`;

/**
 * A valid national register number for bench citizen `i`: a birth date in 1950-1999 and a serial of
 * 900 or more (the demo citizens have lower serials), check digits as for births before 2000.
 */
export function benchInsz(i: number): string {
  const dagen = i % 18_000;
  const serial = 900 + Math.floor(i / 18_000);
  if (serial > 998) throw new RangeError('at most 1 782 000 bench citizens');
  const geboorte = new Date(Date.UTC(1950, 0, 1) + dagen * 86_400_000);
  const base = `${String(geboorte.getUTCFullYear() % 100).padStart(2, '0')}${String(geboorte.getUTCMonth() + 1).padStart(2, '0')}${String(geboorte.getUTCDate()).padStart(2, '0')}${serial}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

/** The rows of the bench data (pure: no database). */
export function planBenchData(options: BenchDataOptions): BenchDataPlan {
  if (!Number.isInteger(options.dossiers) || options.dossiers < 1) throw new RangeError('dossiers: a whole number of at least 1');
  if (!Number.isInteger(options.woningen) || options.woningen < 1 || options.woningen > options.dossiers) {
    throw new RangeError('woningen: a whole number from 1 to the number of dossiers');
  }
  const woningen = createSynthetischeWoningen();
  const burgers: BenchBurger[] = [];
  const dossiers: BenchDossier[] = [];
  const maatregelen: BenchMaatregel[] = [];
  for (let i = 0; i < options.dossiers; i++) {
    const voornaam = VOORNAMEN[i % VOORNAMEN.length]!;
    const achternaam = ACHTERNAMEN[Math.floor(i / VOORNAMEN.length) % ACHTERNAMEN.length]!;
    burgers.push({ id: benchBurgerId(i), insz: benchInsz(i), voornaam, achternaam, email: `bench.${i}@example.org` });
    const adresId = synthetischAdresId(Math.floor((i * options.woningen) / options.dossiers));
    const adres = woningen.adres(adresId)!;
    const adresTekst = (adres.volledigAdres as { geografischeNaam: { spelling: string } }).geografischeNaam.spelling;
    const gewijzigd = EERSTE_WIJZIGING + i * 3_600_000;
    dossiers.push({
      id: benchDossierId(i),
      referentie: `REN-2025-${String(900_000 + i).padStart(6, '0')}`,
      titel: `Renovatie ${adresTekst}`,
      fase: FASEN[i % FASEN.length]!,
      burgerId: benchBurgerId(i),
      adresId,
      adresTekst,
      postcode: adres.postinfo.objectId,
      spocSub: SPOC,
      renovatiebegeleiderSub: i % 3 === 0 ? BEGELEIDER : null,
      geopendOp: new Date(gewijzigd - 30 * 86_400_000).toISOString(),
      laatsteWijziging: new Date(gewijzigd).toISOString(),
    });
    maatregelen.push(
      { id: benchMaatregelId(2 * i), dossierId: benchDossierId(i), categorie: 'DAK', omschrijving: 'Dakisolatie', oppervlakteM2: 40 + (i % 60), bedragExclBtw: 6000 + (i % 50) * 100, volgorde: 1 },
      { id: benchMaatregelId(2 * i + 1), dossierId: benchDossierId(i), categorie: 'RAMEN_EN_DEUREN', omschrijving: 'Hoogrendementsbeglazing', oppervlakteM2: 12 + (i % 20), bedragExclBtw: 4000 + (i % 40) * 100, volgorde: 2 },
    );
  }
  return { burgers, dossiers, maatregelen };
}

const CHUNK = 5000;

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/**
 * Inserts the bench data into a migrated CRM database, in one transaction, with column arrays
 * (`unnest`) per chunk of rows. Rows already there (same id) are left alone. Returns the rows inserted.
 */
export async function insertBenchData(dataSource: DataSource, options: BenchDataOptions): Promise<{ burgers: number; dossiers: number; maatregelen: number }> {
  const plan = planBenchData(options);
  const inserted = { burgers: 0, dossiers: 0, maatregelen: 0 };
  await dataSource.transaction(async (manager) => {
    const count = (result: unknown) => (Array.isArray(result) ? result.length : 0);
    for (const rows of chunks(plan.burgers)) {
      inserted.burgers += count(
        await manager.query(
          `INSERT INTO burger (id, insz, voornaam, achternaam, email)
             SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])
             ON CONFLICT (id) DO NOTHING RETURNING id`,
          [rows.map((r) => r.id), rows.map((r) => r.insz), rows.map((r) => r.voornaam), rows.map((r) => r.achternaam), rows.map((r) => r.email)],
        ),
      );
    }
    for (const rows of chunks(plan.dossiers)) {
      inserted.dossiers += count(
        await manager.query(
          `INSERT INTO dossier (id, referentie, titel, fase, status, burger_id, adres_id, adres_tekst, postcode, spoc_sub,
                                renovatiebegeleider_sub, geopend_op, laatste_wijziging)
             SELECT id, referentie, titel, fase, 'LOPEND', burger_id, adres_id, adres_tekst, postcode, spoc_sub, begeleider, geopend, gewijzigd
               FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::varchar[], $7::varchar[], $8::varchar[],
                           $9::varchar[], $10::varchar[], $11::timestamptz[], $12::timestamptz[])
                 AS t(id, referentie, titel, fase, burger_id, adres_id, adres_tekst, postcode, spoc_sub, begeleider, geopend, gewijzigd)
             ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            rows.map((r) => r.id),
            rows.map((r) => r.referentie),
            rows.map((r) => r.titel),
            rows.map((r) => r.fase),
            rows.map((r) => r.burgerId),
            rows.map((r) => r.adresId),
            rows.map((r) => r.adresTekst),
            rows.map((r) => r.postcode),
            rows.map((r) => r.spocSub),
            rows.map((r) => r.renovatiebegeleiderSub),
            rows.map((r) => r.geopendOp),
            rows.map((r) => r.laatsteWijziging),
          ],
        ),
      );
    }
    for (const rows of chunks(plan.maatregelen)) {
      inserted.maatregelen += count(
        await manager.query(
          `INSERT INTO maatregel (id, dossier_id, categorie, omschrijving, status, oppervlakte_m2, bedrag_excl_btw, volgorde)
             SELECT id, dossier_id, categorie, omschrijving, 'GEPLAND', oppervlakte, bedrag, volgorde
               FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::numeric[], $6::numeric[], $7::int[])
                 AS t(id, dossier_id, categorie, omschrijving, oppervlakte, bedrag, volgorde)
             ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            rows.map((r) => r.id),
            rows.map((r) => r.dossierId),
            rows.map((r) => r.categorie),
            rows.map((r) => r.omschrijving),
            rows.map((r) => r.oppervlakteM2),
            rows.map((r) => r.bedragExclBtw),
            rows.map((r) => r.volgorde),
          ],
        ),
      );
    }
  });
  return inserted;
}
