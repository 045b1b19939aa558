import { createLogger, openDatabase } from '@hub/shared';
import { createTestDatabase, identityOf, postGraphQL, TEST_IDENTITY_SECRET, type TestDatabase } from '@hub/shared/testing';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { ZakenEnStatistieken1796300000000 } from '../src/migrations/1796300000000-ZakenEnStatistieken.js';
import { createServer, DEMO_STATISTIEK, dossierEntities, dossierMigrations, seedDossierDemoData, seedDossierStatistiekDemo } from '../src/server.js';
import { startDossierSubgraph } from './helpers.js';
import { testClock } from './klantreis-helpers.js';
import { DEMO_IDS } from './fixtures.js';

/*
 * The database side of issue 6: the migration 1796300000000 (what it adds, what it fills in for older
 * rows, that down() takes exactly that away), the columns the services keep up to date from now on,
 * the statistics demo seed, and that every statistics statement reads the index made for it.
 */

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});
const VOOR = dossierMigrations.slice(0, dossierMigrations.indexOf(ZakenEnStatistieken1796300000000));
/** Up to and including this migration (the later ones have their own tests). */
const TOT_EN_MET = dossierMigrations.slice(0, dossierMigrations.indexOf(ZakenEnStatistieken1796300000000) + 1);

async function objecten(ds: TestDatabase['dataSource']): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT c.relkind::text || ':' || c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname NOT IN ('migrations', 'migrations_id_seq', 'migrations_pkey')
     UNION ALL
     -- (PostgreSQL 18 lists NOT NULL as constraints too: left out, so that 15 and 18 agree)
     SELECT 'c:' || c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND c.contype <> 'n'
     UNION ALL
     SELECT 'k:' || table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'migrations'
     ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe('the migration 1796300000000-ZakenEnStatistieken', () => {
  it('adds the staff directory, three columns, their checks and the indexes of the statistics; down() takes exactly those away', async () => {
    db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: TOT_EN_MET });
    const ds = db.dataSource;
    const na = await objecten(ds);
    await ds.undoLastMigration({ transaction: 'each' });
    const voor = await objecten(ds);
    expect(na.filter((o) => !voor.includes(o))).toEqual([
      'c:dossier_overgang_van_fase_sinds_ck',
      'c:dossier_start_kanaal_ck',
      'c:maatregel_uitgevoerd_ck',
      'c:medewerker_dienst_ck',
      'c:medewerker_naam_ck',
      'c:medewerker_pkey',
      'c:medewerker_sub_ck',
      'i:dossier_overgang_instroom_idx',
      'i:dossier_overgang_verblijf_idx',
      'i:dossier_statistiek_idx',
      'i:maatregel_uitgevoerd_idx',
      'i:medewerker_pkey',
      'i:vraag_open_idx',
      'k:dossier.start_kanaal',
      'k:dossier_overgang.van_fase_sinds',
      'k:maatregel.uitgevoerd_op',
      'k:medewerker.dienst',
      'k:medewerker.email',
      'k:medewerker.gewijzigd_door',
      'k:medewerker.gewijzigd_op',
      'k:medewerker.naam',
      'k:medewerker.sub',
      'k:medewerker.telefoon',
      'r:medewerker',
    ]);
    expect(voor.filter((o) => !na.includes(o))).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await objecten(ds)).toEqual(na);
  });

  it('fills in the new columns for the rows of before it, from their history', async () => {
    db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: VOOR });
    const oud = db.dataSource;
    const [d1, d2] = [DEMO_IDS.dossierAn, DEMO_IDS.dossierMarc];
    await oud.query(`INSERT INTO burger (id, voornaam, achternaam) VALUES ($1, 'Oud', 'Dossier')`, [DEMO_IDS.burgerAn]);
    await oud.query(
      `INSERT INTO dossier (id, referentie, titel, fase, status, burger_id, adres_id, geopend_op, laatste_wijziging, version) VALUES
         ($1, 'REN-2025-000001', 'Met vraag', 'FINANCIEREN', 'LOPEND', $3, '3000120', '2025-01-01T10:00:00Z', '2025-03-01T10:00:00Z', 3),
         ($2, 'REN-2025-000002', 'Zonder vraag', 'LEVERANCIERS', 'LOPEND', $3, '3000121', '2025-01-01T10:00:00Z', '2025-03-01T10:00:00Z', 2)`,
      [d1, d2, DEMO_IDS.burgerAn],
    );
    // Dossier 1: two questions led to it (the first, by phone, started it) and a later one is about it.
    await oud.query(
      `INSERT INTO vraag (id, kanaal, onderwerp, ontvangen_op, burger_id, dossier_id, status) VALUES
         (gen_random_uuid(), 'EMAIL', 'Later', '2024-12-30T10:00:00Z', $2, $1, 'DOSSIER_GEOPEND'),
         (gen_random_uuid(), 'TELEFOON', 'Eerst', '2024-12-20T10:00:00Z', $2, $1, 'DOSSIER_GEOPEND'),
         (gen_random_uuid(), 'FYSIEK_LOKET', 'Erover', '2024-12-10T10:00:00Z', $2, NULL, 'NIEUW')`,
      [d1, DEMO_IDS.burgerAn],
    );
    // Dossier 1's history is complete; dossier 2's starts with a change (what came before is unknown).
    await oud.query(
      `INSERT INTO dossier_overgang (id, dossier_id, versie, van_fase, naar_fase, van_status, naar_status, door_sub, op) VALUES
         (gen_random_uuid(), $1, 1, NULL, 'CONTACTNAME', NULL, 'LOPEND', 'x', '2025-01-01T10:00:00Z'),
         (gen_random_uuid(), $1, 2, 'CONTACTNAME', 'OPTIES', 'LOPEND', 'LOPEND', 'x', '2025-01-11T10:00:00Z'),
         (gen_random_uuid(), $1, 3, 'OPTIES', 'FINANCIEREN', 'LOPEND', 'LOPEND', 'x', '2025-03-01T10:00:00Z'),
         (gen_random_uuid(), $2, 2, 'FINANCIEREN', 'LEVERANCIERS', 'LOPEND', 'LOPEND', 'x', '2025-03-01T10:00:00Z')`,
      [d1, d2],
    );
    await oud.query(
      `INSERT INTO maatregel (id, dossier_id, categorie, omschrijving, status, volgorde, gewijzigd_op) VALUES
         (gen_random_uuid(), $1, 'DAK', 'Uitgevoerd', 'UITGEVOERD', 1, '2025-02-15T10:00:00Z'),
         (gen_random_uuid(), $1, 'VLOER', 'Gepland', 'GEPLAND', 2, '2025-02-16T10:00:00Z')`,
      [d1],
    );
    const [{ schema }] = (await oud.query(`SELECT current_schema() AS schema`)) as [{ schema: string }];
    const verder = await openDatabase({
      ...(db.kind === 'postgres' ? { url: process.env.TEST_DATABASE_URL! } : { pglite: db.pglite! }),
      schema,
      entities: dossierEntities,
      migrations: dossierMigrations,
    });
    try {
      expect(await verder.query(`SELECT titel, start_kanaal FROM dossier ORDER BY titel`)).toEqual([
        { titel: 'Met vraag', start_kanaal: 'TELEFOON' },
        { titel: 'Zonder vraag', start_kanaal: null },
      ]);
      expect(await verder.query(`SELECT titel, versie, van_fase, van_fase_sinds FROM dossier_overgang o JOIN dossier d ON d.id = o.dossier_id ORDER BY titel, versie`)).toEqual([
        { titel: 'Met vraag', versie: 1, van_fase: null, van_fase_sinds: null },
        { titel: 'Met vraag', versie: 2, van_fase: 'CONTACTNAME', van_fase_sinds: new Date('2025-01-01T10:00:00Z') },
        { titel: 'Met vraag', versie: 3, van_fase: 'OPTIES', van_fase_sinds: new Date('2025-01-11T10:00:00Z') },
        { titel: 'Zonder vraag', versie: 2, van_fase: 'FINANCIEREN', van_fase_sinds: null },
      ]);
      expect(await verder.query(`SELECT omschrijving, uitgevoerd_op FROM maatregel ORDER BY volgorde`)).toEqual([
        { omschrijving: 'Uitgevoerd', uitgevoerd_op: new Date('2025-02-15T10:00:00Z') },
        { omschrijving: 'Gepland', uitgevoerd_op: null },
      ]);
      // From now on the database holds the rules: an executed measure has its moment, a stay cannot end before it began.
      for (const sql of [
        `UPDATE maatregel SET status = 'UITGEVOERD' WHERE omschrijving = 'Gepland'`,
        `UPDATE maatregel SET uitgevoerd_op = NULL WHERE omschrijving = 'Uitgevoerd'`,
        `UPDATE dossier_overgang SET van_fase_sinds = op + interval '1 day' WHERE versie = 2`,
        `UPDATE dossier SET start_kanaal = 'DUIF'`,
      ]) {
        await expect(verder.query(sql), sql).rejects.toThrow();
      }
    } finally {
      await verder.destroy();
    }
  });
});

describe('the changes of a dossier keep the columns of the statistics up to date', () => {
  it('the channel of the question it was opened from, since when it was in the phase it leaves, when a measure was executed', async () => {
    const clock = testClock('2026-03-02T10:00:00.000Z');
    const s = await startDossierSubgraph({ now: clock.now, statistieken: { minGroep: 1 } });
    try {
      const vraag = await s.gql<{ registreerVraag: { id: string } }>('spoc', `mutation ($input: RegistreerVraagInput!) { registreerVraag(input: $input) { id } }`, {
        input: { kanaal: 'FYSIEK_LOKET', onderwerp: 'Renovatie', woning: { adresId: '3000888', adres: 'Ladeuzeplein 1, 3000 Leuven', postcode: '3000' }, contact: { naam: 'Iemand' } },
      });
      const vraagId = vraag.body.data!.registreerVraag.id;
      await s.gql('spoc', `mutation ($input: KoppelVraagAanBurgerInput!) { koppelVraagAanBurger(input: $input) { id } }`, { input: { vraagId, burgerId: DEMO_IDS.burgerAn } });
      const open = await s.gql<{ openDossier: { id: string } }>('spoc', `mutation ($input: OpenDossierInput!) { openDossier(input: $input) { id } }`, {
        input: { vraagId, titel: 'Tweede woning', toestemming: { wijze: 'MONDELING' } },
      });
      const id = open.body.data!.openDossier.id;
      const opties = clock.tick(3 * 24 * 60);
      await s.gql('spoc', `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { versie } }`, { input: { dossierId: id, versie: 1, fase: 'OPTIES' } });
      const financieren = clock.tick(10 * 24 * 60);
      await s.gql('spoc', `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { versie } }`, { input: { dossierId: id, versie: 2, fase: 'FINANCIEREN' } });
      clock.tick(60);
      await s.gql('spoc', `mutation ($input: BeeindigDossierInput!) { zetDossierStop(input: $input) { versie } }`, { input: { dossierId: id, versie: 3, reden: 'Verhuisd.' } });

      expect(await s.dataSource.query(`SELECT start_kanaal FROM dossier WHERE id = $1`, [id])).toEqual([{ start_kanaal: 'FYSIEK_LOKET' }]);
      expect(await s.dataSource.query(`SELECT versie, van_fase, naar_status, van_fase_sinds FROM dossier_overgang WHERE dossier_id = $1 ORDER BY versie`, [id])).toEqual([
        { versie: 1, van_fase: null, naar_status: 'LOPEND', van_fase_sinds: null },
        { versie: 2, van_fase: 'CONTACTNAME', naar_status: 'LOPEND', van_fase_sinds: new Date('2026-03-02T10:00:00.000Z') },
        { versie: 3, van_fase: 'OPTIES', naar_status: 'LOPEND', van_fase_sinds: new Date(opties) },
        { versie: 4, van_fase: 'FINANCIEREN', naar_status: 'STOPGEZET', van_fase_sinds: new Date(financieren) },
      ]);
      // The statistics read them: three days in CONTACTNAME, ten in OPTIES; the stop is no lead time.
      const q = `{ statistieken(filter: { van: "2026-03-01" }) { dossiersPerKanaal { kanaal aantal } doorlooptijden { fase aantal mediaanDagen } } }`;
      const res = await s.gql<{ statistieken: { dossiersPerKanaal: Array<{ kanaal: string; aantal: number }>; doorlooptijden: unknown[] } }>('analist', q);
      expect(res.body.data!.statistieken.dossiersPerKanaal.find((k) => k.kanaal === 'FYSIEK_LOKET')).toEqual({ kanaal: 'FYSIEK_LOKET', aantal: 1 });
      expect(res.body.data!.statistieken.doorlooptijden).toEqual([
        { fase: 'CONTACTNAME', aantal: 1, mediaanDagen: 3 },
        { fase: 'OPTIES', aantal: 1, mediaanDagen: 10 },
        { fase: 'FINANCIEREN', aantal: 0, mediaanDagen: null },
        { fase: 'LEVERANCIERS', aantal: 0, mediaanDagen: null },
        { fase: 'UITVOEREN_EN_BETALEN', aantal: 0, mediaanDagen: null },
      ]);

      // A measure of Els (BESTELD) is executed now.
      const STATUS = `mutation ($input: WijzigMaatregelStatusInput!) { wijzigMaatregelStatus(input: $input) { status } }`;
      const maatregel = (await s.dataSource.query(`SELECT id FROM maatregel WHERE status = 'BESTELD' LIMIT 1`))[0].id;
      const nu = clock.tick(5);
      expect((await s.gql('spoc', STATUS, { input: { maatregelId: maatregel, status: 'UITGEVOERD' } })).body).toEqual({ data: { wijzigMaatregelStatus: { status: 'UITGEVOERD' } } });
      expect(await s.dataSource.query(`SELECT status, uitgevoerd_op FROM maatregel WHERE id = $1`, [maatregel])).toEqual([{ status: 'UITGEVOERD', uitgevoerd_op: new Date(nu) }]);
    } finally {
      await s.close();
    }
  });
});

describe('the statistics demo', () => {
  it('adds 150 dossiers with a consistent history, and a second run changes nothing', async () => {
    db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations });
    const ds = db.dataSource;
    await seedDossierDemoData(ds, { statistieken: true });
    const tellen = () =>
      ds.query(`SELECT (SELECT count(*) FROM dossier)::int AS dossier, (SELECT count(*) FROM dossier_overgang)::int AS overgang, (SELECT count(*) FROM vraag)::int AS vraag,
                       (SELECT count(*) FROM maatregel)::int AS maatregel, (SELECT count(*) FROM factuur)::int AS factuur, (SELECT count(*) FROM burger)::int AS burger,
                       (SELECT last_value FROM dossier_referentie_seq)::int AS referentie`);
    const eerste = await tellen();
    expect(eerste).toEqual([
      {
        dossier: 5 + DEMO_STATISTIEK.dossiers,
        overgang: DEMO_STATISTIEK.overgangen,
        vraag: 6 + DEMO_STATISTIEK.vragen,
        maatregel: 10 + DEMO_STATISTIEK.maatregelen,
        factuur: 2 + DEMO_STATISTIEK.facturen,
        burger: 6 + 150,
        referentie: 155,
      },
    ]);
    expect(DEMO_STATISTIEK.dossiers).toBe(150);
    await seedDossierStatistiekDemo(ds);
    await seedDossierDemoData(ds, { statistieken: true });
    expect(await tellen()).toEqual(eerste);
    // Every dossier's version is the last of its history; every stay begins where the change before ended.
    expect(
      await ds.query(`SELECT count(*)::int AS n FROM dossier d WHERE EXISTS (SELECT 1 FROM dossier_overgang o WHERE o.dossier_id = d.id)
                        AND d.version <> (SELECT max(versie) FROM dossier_overgang o WHERE o.dossier_id = d.id)`),
    ).toEqual([{ n: 0 }]);
    expect(
      await ds.query(`SELECT count(*)::int AS n FROM dossier_overgang o JOIN dossier_overgang p ON p.dossier_id = o.dossier_id AND p.versie = o.versie - 1
                      WHERE o.van_fase_sinds IS DISTINCT FROM p.op OR o.van_fase IS DISTINCT FROM p.naar_fase`),
    ).toEqual([{ n: 0 }]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM dossier d JOIN dossier_overgang o ON o.dossier_id = d.id AND o.versie = d.version WHERE o.naar_fase <> d.fase OR o.naar_status <> d.status`)).toEqual([{ n: 0 }]);
  });
});

describe('the statistics read their indexes', () => {
  // A period that begins in the middle of a month: its whole months are read from the summaries, the
  // days of October from the rows. Each statement reads the indexes of both.
  it('every statement of a statistics query with a period uses the indexes made for it', async () => {
    const captured: Array<{ sql: string; params: unknown[] }> = [];
    const logger: TypeOrmLogger = {
      logQuery: (sql, params) => captured.push({ sql, params: Array.isArray(params) ? params : [] }),
      logQueryError: () => {},
      logQuerySlow: () => {},
      logSchemaBuild: () => {},
      logMigration: () => {},
      log: () => {},
    };
    db = await createTestDatabase({ schemaPrefix: 'dossier', entities: dossierEntities, migrations: dossierMigrations, queryLogger: logger });
    const ds = db.dataSource;
    await seedDossierDemoData(ds, { statistieken: true });
    const server = await createServer({ identitySecret: TEST_IDENTITY_SECRET, logger: createLogger('t', 'silent'), dataSource: ds });
    try {
      const url = await server.listen(0);
      captured.length = 0;
      const res = await postGraphQL(
        url,
        {
          query: `{ statistieken(filter: { van: "2025-10-15", tot: "2025-12-31" }) { aantalDossiers faseInstroomPerMaand { aantal } doorlooptijden { aantal }
            openVragen { aantal } uitgevoerdeMaatregelen { aantal } aantalBegeleideWoningen } }`,
        },
        { identity: identityOf('analist') },
      );
      expect(res.body.errors).toBeUndefined();
    } finally {
      await server.close();
    }
    const verwacht: Array<[RegExp, string[]]> = [
      [/GROUPING\(s\.status/, ['stat_dossier_pkey', 'dossier_statistiek_idx']],
      [/FROM stat_instroom t/, ['stat_instroom_pkey', 'dossier_overgang_instroom_idx']],
      // (the stays of the classes that hold the percentiles: on this little data by their date; at scale by
      // their class, dossier_overgang_duur_idx, as `npm run bench:db` shows)
      [/FROM stat_verblijf t/, ['stat_verblijf_pkey', 'dossier_overgang_verblijf_idx']],
      [/FROM vraag v/, ['vraag_open_idx']],
      // (the measures of the days: their parts, kept with their moment in stat_maatregel_bijdrage)
      [/FROM stat_maatregel t/, ['stat_maatregel_pkey', 'stat_maatregel_bijdrage_uitgevoerd_idx']],
      // (the homes: by the date of opening, or in home order; which one is cheaper depends on the data)
      [/count\(\*\)::int AS n FROM \(SELECT DISTINCT d\.adres_id/, ['dossier_(statistiek|woning)_idx']],
    ];
    expect(captured).toHaveLength(verwacht.length);
    for (const [patroon, indexen] of verwacht) {
      const q = captured.find((c) => patroon.test(c.sql))!;
      const plan = await ds.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        const rows: Array<{ 'QUERY PLAN': string }> = await m.query(`EXPLAIN ${q.sql}`, q.params);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      for (const index of indexen) expect(plan, q.sql).toMatch(new RegExp(index));
    }
  });
});
