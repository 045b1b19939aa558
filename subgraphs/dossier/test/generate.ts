import type { DataSource } from 'typeorm';
import type { DossierRow } from '../src/entities/dossier.js';
import type { MaatregelRow } from '../src/entities/maatregel.js';
import { createRepositories } from '../src/repositories/index.js';

const uuid = (kind: number, i: number) => `00000000-0000-4000-8${kind}00-${String(i).padStart(12, '0')}`;
const BASE = Date.parse('2026-02-01T12:00:00.000Z');

export interface Generated {
  /** The dossiers in list order (laatste_wijziging desc, id desc). */
  dossiers: DossierRow[];
  burgers: Map<string, { id: string; voornaam: string; achternaam: string }>;
  maatregelen: Map<string, MaatregelRow[]>;
}

/**
 * Inserts `count` dossiers of `burgerCount` citizens, each with `maatregelenPer` measures. Pairs of
 * dossiers share a laatste_wijziging (to exercise the id tie-break); every third is assigned to Lies.
 */
export async function generateDossiers(
  dataSource: DataSource,
  { count, burgerCount, maatregelenPer }: { count: number; burgerCount: number; maatregelenPer: number },
): Promise<Generated> {
  const repos = createRepositories(dataSource.manager);
  const burgers = Array.from({ length: burgerCount }, (_, i) => ({
    id: uuid(1, i),
    insz: `${String(70_000_000 + i).padStart(9, '0')}00`,
    voornaam: `Voornaam${i}`,
    achternaam: `Achternaam${i}`,
    email: null,
    telefoon: null,
    aangemaaktOp: new Date(BASE),
    gewijzigdOp: new Date(BASE),
  }));
  await repos.burgers.insertMissing(burgers);
  const dossiers: DossierRow[] = [];
  const maatregelen = new Map<string, MaatregelRow[]>();
  for (let i = 0; i < count; i++) {
    const laatsteWijziging = new Date(BASE + Math.floor(i / 2) * 60_000);
    const dossier = await repos.dossiers.insert({
      id: uuid(2, i),
      titel: `Dossier ${i}`,
      fase: 'OPTIES',
      status: 'LOPEND',
      burgerId: burgers[i % burgerCount]!.id,
      adresId: `${4_000_000 + i}`,
      spocSub: 'stad-sofie.claes',
      renovatiebegeleiderSub: i % 3 === 0 ? 'stad-lies.wouters' : null,
      geopendOp: new Date(BASE - 86_400_000),
      laatsteWijziging,
    });
    dossiers.push(dossier);
    const rows: MaatregelRow[] = Array.from({ length: maatregelenPer }, (_, j) => ({
      id: uuid(3, i * 100 + j),
      dossierId: dossier.id,
      categorie: j % 2 === 0 ? 'DAK' : 'VLOER',
      omschrijving: `Maatregel ${j + 1} van dossier ${i}`,
      status: 'GEPLAND',
      oppervlakteM2: `${10 + j}.25`,
      bedragExclBtw: `${1000 * (j + 1)}.50`,
      volgorde: j + 1,
      uitgevoerdOp: null,
      aangemaaktOp: new Date(BASE),
      gewijzigdOp: new Date(BASE),
    }));
    await repos.maatregelen.insertMissing(rows);
    maatregelen.set(dossier.id, rows);
  }
  dossiers.sort((a, b) => b.laatsteWijziging.getTime() - a.laatsteWijziging.getTime() || (a.id < b.id ? 1 : -1));
  return { dossiers, burgers: new Map(burgers.map((b) => [b.id, b])), maatregelen };
}
