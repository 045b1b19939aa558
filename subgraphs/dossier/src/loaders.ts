import DataLoader from 'dataloader';
import type { BurgerRow } from './entities/burger.js';
import type { DossierRow } from './entities/dossier.js';
import type { VraagRow } from './entities/vraag.js';
import type { MaatregelMetBedragen, Repositories } from './repositories/index.js';
import type { DossierScope } from './services/toegang.js';

/**
 * The DataLoaders of one request: every lookup of a field resolver goes through one of these, so
 * that a page of dossiers with their citizens and measures costs one query per kind, not per row.
 * Loaders of lists take the caller's scope (fixed for the request) and filter in SQL.
 */
export interface Loaders {
  burgerById: DataLoader<string, BurgerRow | null>;
  burgerByInsz: DataLoader<string, BurgerRow | null>;
  dossierById: DataLoader<string, DossierRow | null>;
  maatregelById: DataLoader<string, MaatregelMetBedragen | null>;
  vraagById: DataLoader<string, VraagRow | null>;
  maatregelenByDossierId: DataLoader<string, MaatregelMetBedragen[]>;
  vragenByDossierId: DataLoader<string, VraagRow[]>;
  /** Visible dossiers per citizen id. */
  dossiersByBurgerId: DataLoader<string, DossierRow[]>;
  /** Visible dossiers per home (adresId). */
  dossiersByAdresId: DataLoader<string, DossierRow[]>;
  /** Visible questions per citizen id. */
  vragenByBurgerId: DataLoader<string, VraagRow[]>;
  /** Whether the citizen has a dossier assigned to the coach `begeleiderSub` of this request. */
  burgerAssignedToBegeleider: DataLoader<string, boolean>;
  /** Whether the caller is involved in the home (a dossier or question); for WoningService. */
  woningInvolvement: DataLoader<string, boolean>;
}

export function createLoaders(
  repos: Repositories,
  who: { scope: () => DossierScope; burgerInsz: string | null; begeleiderSub: string | null; partnerOrganisatie?: string | null },
): Loaders {
  return {
    burgerById: new DataLoader((ids) => repos.burgers.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    burgerByInsz: new DataLoader((inszs) => repos.burgers.findByInszs(inszs).then((rows) => oneEach(inszs, rows, (r) => r.insz))),
    dossierById: new DataLoader((ids) => repos.dossiers.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    maatregelById: new DataLoader((ids) => repos.maatregelen.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    vraagById: new DataLoader((ids) => repos.vragen.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    maatregelenByDossierId: new DataLoader((ids) =>
      repos.maatregelen.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId)),
    ),
    vragenByDossierId: new DataLoader((ids) => repos.vragen.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    dossiersByBurgerId: new DataLoader((ids) =>
      repos.dossiers.findByBurgerIds(ids, who.scope()).then((rows) => manyEach(ids, rows, (r) => r.burgerId)),
    ),
    dossiersByAdresId: new DataLoader((ids) =>
      repos.dossiers.findByAdresIds(ids, who.scope()).then((rows) => manyEach(ids, rows, (r) => r.adresId)),
    ),
    vragenByBurgerId: new DataLoader((ids) =>
      repos.vragen.findByBurgerIds(ids, who.scope()).then((rows) => manyEach(ids, rows, (r) => r.burgerId)),
    ),
    burgerAssignedToBegeleider: new DataLoader(async (ids) => {
      if (who.begeleiderSub === null) return ids.map(() => false);
      const assigned = await repos.burgers.withDossierAssignedTo(ids, who.begeleiderSub);
      return ids.map((id) => assigned.has(id));
    }),
    woningInvolvement: new DataLoader(async (adresIds) => {
      const involved = await repos.woningen.involvedIn(adresIds, who);
      return adresIds.map((id) => involved.has(id));
    }),
  };
}

/** The row per key (null when missing), in the order of the keys. */
function oneEach<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): Array<T | null> {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) byKey.set(key, row);
  }
  return keys.map((k) => byKey.get(k) ?? null);
}

/** The rows per key (in the order the query returned them), in the order of the keys. */
function manyEach<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) byKey.get(key)?.push(row);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
