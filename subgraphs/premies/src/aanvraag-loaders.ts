import DataLoader from 'dataloader';
import type { PremieAanvraagRow, PremieAanvraagStatusRow } from './entities/premie-aanvraag.js';
import type { PremieAanvraagRepository } from './repositories/aanvraag-repository.js';

const key = (id: string) => id.toLowerCase();

function groupBy<T>(rows: T[], by: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(by(row));
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

/** Per request: the applications and their histories asked for in one tick, each kind in one query. */
export function createAanvraagLoaders(repository: PremieAanvraagRepository) {
  return {
    byId: new DataLoader<string, PremieAanvraagRow | null>(async (ids) => {
      const byId = new Map((await repository.findByIds(ids)).map((r) => [key(r.id), r]));
      return ids.map((id) => byId.get(key(id)) ?? null);
    }),
    byDossier: new DataLoader<string, PremieAanvraagRow[]>(async (ids) => {
      const grouped = groupBy(await repository.findByDossierIds(ids), (r) => r.dossierId);
      return ids.map((id) => grouped.get(key(id)) ?? []);
    }),
    byMaatregel: new DataLoader<string, PremieAanvraagRow[]>(async (ids) => {
      const grouped = groupBy(await repository.findByMaatregelIds(ids), (r) => r.maatregelId);
      return ids.map((id) => grouped.get(key(id)) ?? []);
    }),
    historiek: new DataLoader<string, PremieAanvraagStatusRow[]>(async (ids) => {
      const grouped = groupBy(await repository.statussenVan(ids), (r) => r.aanvraagId);
      return ids.map((id) => grouped.get(key(id)) ?? []);
    }),
  };
}

export type AanvraagLoaders = ReturnType<typeof createAanvraagLoaders>;
