import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { DossierScope } from '../services/toegang.js';

/**
 * Narrows a query on `dossier` (alias `d`) to the dossiers the scope may see. The same rule as
 * DossierService.isVisible, in SQL: the citizen's own dossiers (matched on INSZ), the coach's, or those
 * assigned to the partner organisation for which the citizen shares at least one kind of data with it.
 */
export function whereDossierVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: DossierScope): SelectQueryBuilder<T> {
  // The back office sees every dossier; so does a city service, of which only the parts without personal data.
  if (scope.all || scope.stadsdienst) return qb;
  return qb.andWhere(
    new Brackets((or) => {
      or.where('FALSE');
      if (scope.burgerInsz !== null) {
        or.orWhere('d.burgerId IN (SELECT b.id FROM burger b WHERE b.insz = :scopeInsz)', { scopeInsz: scope.burgerInsz });
      }
      if (scope.begeleiderSub !== null) {
        or.orWhere('d.renovatiebegeleiderSub = :scopeSub', { scopeSub: scope.begeleiderSub });
      }
      if (scope.partnerOrganisatie !== null) {
        or.orWhere(`d.id IN (${PARTNER_DOSSIERS})`, { scopeOrg: scope.partnerOrganisatie });
      }
    }),
  );
}

/**
 * The dossiers a partner (:scopeOrg) sees: assigned to it (and not ended), with at least one running
 * consent of the citizen for it. From the withdrawal of the last consent on, the dossier is gone.
 */
export const PARTNER_DOSSIERS = `SELECT pt.dossier_id FROM partner_toewijzing pt
  WHERE pt.partner = :scopeOrg AND pt.beeindigd_op IS NULL
    AND EXISTS (SELECT 1 FROM toestemming t WHERE t.dossier_id = pt.dossier_id AND t.partner = pt.partner AND t.ingetrokken_op IS NULL)`;

/**
 * Narrows a query on `vraag` (alias `v`) to the questions the scope may see: the citizen's own, or
 * those that belong to a dossier assigned to the coach. Questions are never shared with partners.
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
