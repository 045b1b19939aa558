import type { EntityManager } from 'typeorm';

export class WoningRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Of the given homes, those the caller is involved in: a dossier or a question of the citizen with
   * `burgerInsz`, a dossier assigned to the coach `begeleiderSub`, or a dossier assigned to the partner
   * `partnerOrganisatie` for which the citizen shares WONINGGEGEVENS with it (each may be null). One
   * query for all homes of a request.
   */
  async involvedIn(
    adresIds: readonly string[],
    who: { burgerInsz: string | null; begeleiderSub: string | null; partnerOrganisatie?: string | null },
  ): Promise<Set<string>> {
    if (adresIds.length === 0) return new Set();
    const rows: Array<{ adres_id: string }> = await this.manager.query(
      `SELECT d.adres_id FROM dossier d
         WHERE d.adres_id = ANY($1::varchar[])
           AND (d.renovatiebegeleider_sub = $3 OR d.burger_id IN (SELECT b.id FROM burger b WHERE b.insz = $2))
       UNION
       SELECT v.adres_id FROM vraag v
         WHERE v.adres_id = ANY($1::varchar[])
           AND v.burger_id IN (SELECT b.id FROM burger b WHERE b.insz = $2)
       UNION
       SELECT d.adres_id FROM dossier d
         JOIN partner_toewijzing pt ON pt.dossier_id = d.id AND pt.partner = $4 AND pt.beeindigd_op IS NULL
         JOIN toestemming t ON t.dossier_id = d.id AND t.partner = $4 AND t.soort = 'WONINGGEGEVENS' AND t.ingetrokken_op IS NULL
         WHERE d.adres_id = ANY($1::varchar[])`,
      [[...adresIds], who.burgerInsz, who.begeleiderSub, who.partnerOrganisatie ?? null],
    );
    return new Set(rows.map((r) => r.adres_id));
  }
}
