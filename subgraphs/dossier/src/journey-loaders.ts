import DataLoader from 'dataloader';
import type { DocumentRow } from './entities/document.js';
import type { FactuurRow } from './entities/factuur.js';
import type { MijlpaalRow } from './entities/mijlpaal.js';
import type { OfferteRow } from './entities/offerte.js';
import type { Repositories } from './repositories/index.js';

/**
 * The DataLoaders of one request for the journey's records: a page of dossiers with their milestones,
 * documents, measures, quotes and invoices costs one query per kind, not per row.
 */
export interface JourneyLoaders {
  mijlpalenByDossierId: DataLoader<string, MijlpaalRow[]>;
  documentById: DataLoader<string, DocumentRow | null>;
  documentenByDossierId: DataLoader<string, DocumentRow[]>;
  documentenByOfferteId: DataLoader<string, DocumentRow[]>;
  documentenByFactuurId: DataLoader<string, DocumentRow[]>;
  offerteById: DataLoader<string, OfferteRow | null>;
  offertesByMaatregelId: DataLoader<string, OfferteRow[]>;
  factuurById: DataLoader<string, FactuurRow | null>;
  facturenByMaatregelId: DataLoader<string, FactuurRow[]>;
}

export function createJourneyLoaders(repos: Repositories): JourneyLoaders {
  return {
    mijlpalenByDossierId: new DataLoader((ids) => repos.mijlpalen.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    documentById: new DataLoader((ids) => repos.documenten.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    documentenByDossierId: new DataLoader((ids) => repos.documenten.findByDossierIds(ids).then((rows) => manyEach(ids, rows, (r) => r.dossierId))),
    documentenByOfferteId: new DataLoader((ids) => repos.documenten.findByOfferteIds(ids).then((rows) => manyEach(ids, rows, (r) => r.offerteId))),
    documentenByFactuurId: new DataLoader((ids) => repos.documenten.findByFactuurIds(ids).then((rows) => manyEach(ids, rows, (r) => r.factuurId))),
    offerteById: new DataLoader((ids) => repos.offertes.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    offertesByMaatregelId: new DataLoader((ids) => repos.offertes.findByMaatregelIds(ids).then((rows) => manyEach(ids, rows, (r) => r.maatregelId))),
    factuurById: new DataLoader((ids) => repos.facturen.findByIds(ids).then((rows) => oneEach(ids, rows, (r) => r.id))),
    facturenByMaatregelId: new DataLoader((ids) => repos.facturen.findByMaatregelIds(ids).then((rows) => manyEach(ids, rows, (r) => r.maatregelId))),
  };
}

function oneEach<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): Array<T | null> {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

function manyEach<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) byKey.get(key)?.push(row);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
