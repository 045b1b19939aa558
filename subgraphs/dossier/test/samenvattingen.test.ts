import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { DossierOpSchaal1796400000000 } from '../src/migrations/1796400000000-DossierOpSchaal.js';
import { dossierMigrations, seedDossierDemoData } from '../src/server.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { testClock } from './klantreis-helpers.js';
import { DEMO_IDS } from './fixtures.js';

/*
 * The summaries of migration 1796400000000 (list counts, statistics per month, the citizen's search
 * names on the dossier) are kept by triggers in the transaction of every change. After any mix of
 * changes they must be what computing them again from the rows gives (dossier_samenvattingen_herbouw).
 */

/** Every summary, in key order, without the rows that went back to zero (the rebuild does not make those). */
async function samenvattingen(ds: DataSource) {
  const q = (sql: string) => ds.query(sql);
  return {
    telling: await q(`SELECT * FROM dossier_telling WHERE aantal <> 0 ORDER BY 1, 2, 3, 4, 5`),
    dossier: await q(`SELECT maand::text, postcode, fase, status, kanaal, aantal FROM stat_dossier WHERE aantal <> 0 ORDER BY 1, 2, 3, 4, 5`),
    instroom: await q(`SELECT maand::text, postcode, fase, aantal FROM stat_instroom WHERE aantal <> 0 ORDER BY 1, 2, 3`),
    verblijf: await q(`SELECT maand::text, postcode, fase, emmer, aantal FROM stat_verblijf WHERE aantal <> 0 ORDER BY 1, 2, 3, 4`),
    maatregel: await q(`SELECT maand::text, postcode, categorie, aantal, met_bedrag, bedrag::numeric(14, 2)::text AS bedrag, met_factuur,
                               gefactureerd::numeric(14, 2)::text AS gefactureerd
                          FROM stat_maatregel WHERE aantal <> 0 OR met_bedrag <> 0 OR bedrag <> 0 OR met_factuur <> 0 OR gefactureerd <> 0 ORDER BY 1, 2, 3`),
    bijdrage: await q(`SELECT maatregel_id, uitgevoerd_op, maand::text, postcode, categorie, bedrag::text, gefactureerd::text FROM stat_maatregel_bijdrage ORDER BY 1`),
    postcodes: await q(`SELECT o.id FROM dossier_overgang o JOIN dossier d ON d.id = o.dossier_id WHERE o.postcode IS DISTINCT FROM d.postcode`),
    zoeknamen: await q(`SELECT id, zoek_achternaam, zoek_naam FROM dossier ORDER BY id`),
  };
}

async function verwachtGelijkAanHerbouw(ds: DataSource) {
  const bijgehouden = await samenvattingen(ds);
  // The history carries its dossier's postcode.
  expect(bijgehouden.postcodes).toEqual([]);
  await ds.query(`SELECT dossier_samenvattingen_herbouw()`);
  await ds.query(`UPDATE dossier d SET zoek_achternaam = lower(b.achternaam), zoek_naam = lower(b.voornaam || ' ' || b.achternaam) FROM burger b WHERE b.id = d.burger_id`);
  expect(bijgehouden).toEqual(await samenvattingen(ds));
  return bijgehouden;
}

describe('the summaries kept by triggers', () => {
  let s: DossierTestSubgraph;
  const clock = testClock('2026-03-02T10:00:00.000Z');
  beforeAll(async () => {
    s = await startDossierSubgraph({ seed: false, now: clock.now, statistieken: { minGroep: 1 } });
    await seedDossierDemoData(s.dataSource, { statistieken: true });
  });
  afterAll(() => s?.close());

  it('are the newest migration', () => {
    expect(dossierMigrations.at(-1)).toBe(DossierOpSchaal1796400000000);
  });

  it('after the demo data: what the rows give', async () => {
    const na = await verwachtGelijkAanHerbouw(s.dataSource);
    expect(na.telling.length).toBeGreaterThan(5);
    expect(na.verblijf.length).toBeGreaterThan(20);
    expect(na.maatregel.length).toBeGreaterThan(3);
  });

  it('after the changes the services make: phases, a stop, a measure executed, an invoice, a quote chosen', async () => {
    const q = <T>(sql: string, p: unknown[] = []) => s.dataSource.query(sql, p) as Promise<T[]>;
    const [lopend] = await q<{ id: string; version: number }>(`SELECT id, version FROM dossier WHERE status = 'LOPEND' AND fase = 'CONTACTNAME' ORDER BY id LIMIT 1`);
    clock.tick(60);
    const fase = await s.gql('spoc', `mutation ($input: WijzigFaseInput!) { wijzigFase(input: $input) { versie } }`, {
      input: { dossierId: lopend!.id, versie: lopend!.version, fase: 'OPTIES' },
    });
    expect(fase.body.errors).toBeUndefined();
    clock.tick(60);
    const stop = await s.gql('spoc', `mutation ($input: BeeindigDossierInput!) { zetDossierStop(input: $input) { versie } }`, {
      input: { dossierId: lopend!.id, versie: lopend!.version + 1, reden: 'Verhuisd.' },
    });
    expect(stop.body.errors).toBeUndefined();
    const [besteld] = await q<{ id: string }>(
      `SELECT m.id FROM maatregel m JOIN dossier d ON d.id = m.dossier_id WHERE m.status = 'BESTELD' AND d.status = 'LOPEND' ORDER BY m.id LIMIT 1`,
    );
    clock.tick(60);
    const uitgevoerd = await s.gql('spoc', `mutation ($input: WijzigMaatregelStatusInput!) { wijzigMaatregelStatus(input: $input) { status } }`, {
      input: { maatregelId: besteld!.id, status: 'UITGEVOERD' },
    });
    expect(uitgevoerd.body.errors).toBeUndefined();
    await verwachtGelijkAanHerbouw(s.dataSource);
  });

  it('after changes in SQL: invoices added, changed and removed, quotes chosen, a postcode changed, a name changed, a dossier removed', async () => {
    const ds = s.dataSource;
    const q = <T>(sql: string, p: unknown[] = []) => ds.query(sql, p) as Promise<T[]>;
    const [m] = await q<{ id: string; dossier_id: string }>(`SELECT id, dossier_id FROM maatregel WHERE uitgevoerd_op IS NOT NULL ORDER BY id LIMIT 1`);
    await q(
      `INSERT INTO factuur (id, dossier_id, maatregel_id, nummer, datum, aannemer_naam, aannemer_kbo, bedrag_excl_btw, btw_bedrag, toegevoegd_door, aangemaakt_op, gewijzigd_op)
       VALUES (gen_random_uuid(), $1, $2, 'SAMEN-1', '2026-01-10', 'Aannemer', '0123456749', 1234.56, 74.07, 'x', now(), now()),
              (gen_random_uuid(), $1, $2, 'SAMEN-2', '2026-01-11', 'Aannemer', '0123456749', 100.10, 6.01, 'x', now(), now())`,
      [m!.dossier_id, m!.id],
    );
    await q(`UPDATE factuur SET bedrag_excl_btw = bedrag_excl_btw + 1 WHERE nummer = 'SAMEN-1'`);
    await q(`DELETE FROM factuur WHERE nummer = 'SAMEN-2'`);
    await q(`UPDATE maatregel SET categorie = 'VLOER', bedrag_excl_btw = 999.99 WHERE id = $1`, [m!.id]);
    // A quote chosen for an executed measure without invoices: its amount counts.
    const [zonder] = await q<{ id: string; dossier_id: string }>(
      `SELECT m.id, m.dossier_id FROM maatregel m WHERE m.uitgevoerd_op IS NOT NULL AND NOT EXISTS (SELECT 1 FROM factuur f WHERE f.maatregel_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM offerte o WHERE o.maatregel_id = m.id AND o.status = 'GEKOZEN') ORDER BY m.id LIMIT 1`,
    );
    if (zonder) {
      await q(
        `INSERT INTO offerte (id, dossier_id, maatregel_id, aannemer_naam, aannemer_kbo, status, bedrag_excl_btw, btw_tarief, datum, toegevoegd_door, aangemaakt_op, gewijzigd_op)
         VALUES (gen_random_uuid(), $1, $2, 'Aannemer', '0123456749', 'ONTVANGEN', 777.77, 6, '2026-01-01', 'x', now(), now())`,
        [zonder.dossier_id, zonder.id],
      );
      await q(`UPDATE offerte SET status = 'GEKOZEN' WHERE maatregel_id = $1`, [zonder.id]);
      await q(`UPDATE offerte SET bedrag_excl_btw = 700 WHERE maatregel_id = $1`, [zonder.id]);
    }
    await verwachtGelijkAanHerbouw(ds);

    // A dossier moves to another postcode: its history and measures go with it.
    await q(`UPDATE dossier SET postcode = '3018' WHERE id = (SELECT dossier_id FROM maatregel WHERE uitgevoerd_op IS NOT NULL ORDER BY id LIMIT 1)`);
    // A citizen's name changes: the search names of all her dossiers follow.
    await q(`UPDATE burger SET achternaam = 'Vernieuwd' WHERE id = $1`, [DEMO_IDS.burgerAn]);
    expect(await q(`SELECT DISTINCT zoek_achternaam FROM dossier WHERE burger_id = $1`, [DEMO_IDS.burgerAn])).toEqual([{ zoek_achternaam: 'vernieuwd' }]);
    // A dossier is removed with its history and measures (ON DELETE CASCADE).
    const [weg] = await q<{ id: string }>(
      `SELECT d.id FROM dossier d WHERE EXISTS (SELECT 1 FROM maatregel m WHERE m.dossier_id = d.id AND m.uitgevoerd_op IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM vraag v WHERE v.dossier_id = d.id) AND NOT EXISTS (SELECT 1 FROM toestemming t WHERE t.dossier_id = d.id)
        AND NOT EXISTS (SELECT 1 FROM partner_aanvraag a WHERE a.dossier_id = d.id) ORDER BY d.id LIMIT 1`,
    );
    await q(`DELETE FROM mijlpaal WHERE dossier_id = $1`, [weg!.id]);
    await q(`DELETE FROM document WHERE dossier_id = $1`, [weg!.id]);
    await q(`DELETE FROM dossier WHERE id = $1`, [weg!.id]);
    // A change of history in SQL (a stay that began earlier).
    await q(`UPDATE dossier_overgang SET van_fase_sinds = van_fase_sinds - interval '40 days' WHERE id = (SELECT id FROM dossier_overgang WHERE van_fase_sinds IS NOT NULL ORDER BY id LIMIT 1)`);
    await verwachtGelijkAanHerbouw(ds);
  });

  it('after a TRUNCATE: built again from what is left', async () => {
    await s.dataSource.query(`TRUNCATE factuur CASCADE`);
    await verwachtGelijkAanHerbouw(s.dataSource);
  });
});
