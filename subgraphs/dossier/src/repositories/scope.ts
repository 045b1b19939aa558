import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { DossierScope } from '../services/toegang.js';

/**
 * Narrows a query on `dossier` (alias `d`) to the dossiers the scope may see. The same rule as
 * DossierService.isVisible, in SQL: the citizen's own dossiers (matched on INSZ) or the coach's.
 */
export function whereDossierVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: DossierScope): SelectQueryBuilder<T> {
  if (scope.all) return qb;
  return qb.andWhere(
    new Brackets((or) => {
      or.where('FALSE');
      if (scope.burgerInsz !== null) {
        or.orWhere('d.burgerId IN (SELECT b.id FROM burger b WHERE b.insz = :scopeInsz)', { scopeInsz: scope.burgerInsz });
      }
      if (scope.begeleiderSub !== null) {
        or.orWhere('d.renovatiebegeleiderSub = :scopeSub', { scopeSub: scope.begeleiderSub });
      }
    }),
  );
}

/**
 * Narrows a query on `vraag` (alias `v`) to the questions the scope may see: the citizen's own, or
 * those that belong to a dossier assigned to the coach.
 */
export function whereVraagVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: DossierScope): SelectQueryBuilder<T> {
  if (scope.all) return qb;
  return qb.andWhere(
    new Brackets((or) => {
      or.where('FALSE');
      if (scope.burgerInsz !== null) {
        or.orWhere('v.burgerId IN (SELECT b.id FROM burger b WHERE b.insz = :scopeInsz)', { scopeInsz: scope.burgerInsz });
      }
      if (scope.begeleiderSub !== null) {
        or.orWhere('v.dossierId IN (SELECT ds.id FROM dossier ds WHERE ds.renovatiebegeleider_sub = :scopeSub)', {
          scopeSub: scope.begeleiderSub,
        });
      }
    }),
  );
}
