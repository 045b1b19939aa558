import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidInsz } from '@hub/shared';
import { createTestDatabase, type TestDatabase } from '@hub/shared/testing';
import { dossierEntities, dossierMigrations, seedDossierDemoData } from '@hub/dossier';
import { benchDossierId, benchInsz, insertBenchData, planBenchData } from '../src/data.js';

describe('the bench data plan', () => {
  it('is deterministic, with valid and distinct national register numbers and references', () => {
    const plan = planBenchData({ dossiers: 200, woningen: 150 });
    expect(planBenchData({ dossiers: 200, woningen: 150 })).toEqual(plan);
    expect(plan.burgers).toHaveLength(200);
    expect(plan.dossiers).toHaveLength(200);
    expect(plan.maatregelen).toHaveLength(400);
    expect(plan.burgers.every((b) => isValidInsz(b.insz))).toBe(true);
    expect(new Set(plan.burgers.map((b) => b.insz)).size).toBe(200);
    expect(new Set(plan.dossiers.map((d) => d.referentie)).size).toBe(200);
    expect(new Set(plan.dossiers.map((d) => d.adresId)).size).toBe(150);
  });

  it('spreads the dossiers over the homes so that neighbours in the list share a home', () => {
    const plan = planBenchData({ dossiers: 8, woningen: 6 });
    expect(plan.dossiers.map((d) => d.adresId)).toEqual(['990000000', '990000000', '990000001', '990000002', '990000003', '990000003', '990000004', '990000005']);
    expect(plan.dossiers[0]).toEqual({
      id: 'be0c0d00-0000-4000-8000-000000000000',
      referentie: 'REN-2025-900000',
      titel: 'Renovatie Tiensestraat 1, 3000 Leuven',
      fase: 'CONTACTNAME',
      burgerId: 'be0c0b00-0000-4000-8000-000000000000',
      adresId: '990000000',
      adresTekst: 'Tiensestraat 1, 3000 Leuven',
      postcode: '3000',
      spocSub: 'stad-sofie.claes',
      renovatiebegeleiderSub: 'stad-lies.wouters',
      geopendOp: '2026-03-02T08:00:00.000Z',
      laatsteWijziging: '2026-04-01T08:00:00.000Z',
    });
  });

  it('makes national register numbers with a birth date and check digits', () => {
    expect(benchInsz(0)).toBe('50010190030'); // 97 - 500101900 mod 97 = 30
    expect(isValidInsz(benchInsz(1_781_999))).toBe(true);
    expect(() => benchInsz(1_782_000)).toThrow(RangeError);
  });

  it('refuses impossible options', () => {
    expect(() => planBenchData({ dossiers: 0, woningen: 1 })).toThrow('dossiers: a whole number of at least 1');
    expect(() => planBenchData({ dossiers: 10, woningen: 11 })).toThrow('woningen: a whole number from 1 to the number of dossiers');
  });
});

describe('the bench data in the CRM database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ schemaPrefix: 'bench', entities: dossierEntities, migrations: dossierMigrations });
    await seedDossierDemoData(db.dataSource);
  });
  afterAll(async () => db?.close());

  it('goes in next to the demo data, as the most recently changed dossiers; a second run inserts nothing', async () => {
    const [before] = (await db.dataSource.query('SELECT count(*)::int AS n FROM dossier')) as Array<{ n: number }>;
    expect(await insertBenchData(db.dataSource, { dossiers: 120, woningen: 90 })).toEqual({ burgers: 120, dossiers: 120, maatregelen: 240 });
    expect(await insertBenchData(db.dataSource, { dossiers: 120, woningen: 90 })).toEqual({ burgers: 0, dossiers: 0, maatregelen: 0 });
    const [after] = (await db.dataSource.query('SELECT count(*)::int AS n FROM dossier')) as Array<{ n: number }>;
    expect(after!.n - before!.n).toBe(120);
    const newest = (await db.dataSource.query('SELECT id, adres_id, status FROM dossier ORDER BY laatste_wijziging DESC, id DESC LIMIT 3')) as Array<{ id: string; adres_id: string; status: string }>;
    expect(newest).toEqual([
      { id: benchDossierId(119), adres_id: '990000089', status: 'LOPEND' },
      { id: benchDossierId(118), adres_id: '990000088', status: 'LOPEND' },
      { id: benchDossierId(117), adres_id: '990000087', status: 'LOPEND' },
    ]);
  });
});
