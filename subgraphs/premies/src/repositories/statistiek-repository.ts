import type { DataSource } from 'typeorm';
import { isUuid } from './inkomensopgave-repository.js';

/** What a figure counts: the recorded advice, or the applications at the desk by how far they got. */
export type PremieFiguur = 'GEADVISEERD' | 'AANGEVRAAGD' | 'TOEGEKEND' | 'UITBETAALD';

/** One group of the premie statistics, before suppression. */
export interface PremieGroepRij {
  figuur: PremieFiguur;
  werkcategorie: string;
  dossiers: number;
  maatregelen: number;
  /** The sum of the known amounts in euro, exact (numeric as text); null when no measure has an amount. */
  bedrag: string | null;
  zonderBedrag: number;
}

/** The applications the desk received: everything but the hub's own steps before that (TE_VERZENDEN, NIET_AANVAARD). */
export const AANGEVRAAGD_STATUSSEN = ['INGEDIEND', 'IN_BEHANDELING', 'BIJKOMENDE_INFO_GEVRAAGD', 'GOEDGEKEURD', 'UITBETAALD', 'AFGEWEZEN'] as const;

/** Aggregates for the analysts' statistics: counts and sums only, nothing per dossier leaves the database. */
export class PremieStatistiekRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The premie figures of these dossiers per figure and work category, in one statement: the recorded
   * advice per measure; per measure the latest application the desk received, and of those the granted and
   * the paid ones. Only groups with at least one measure come back. Ids that are not UUIDs match nothing.
   */
  async premieCijfers(dossierIds: readonly string[]): Promise<PremieGroepRij[]> {
    const ids = [...new Set(dossierIds.filter(isUuid).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(
      `WITH advies AS (
         SELECT werkcategorie, dossier_id, bedrag FROM premie_advies WHERE dossier_id = ANY($1::uuid[])
       ),
       aanvraag AS (
         SELECT DISTINCT ON (maatregel_id) werkcategorie, dossier_id, status, verwacht_bedrag, toegekend_bedrag, uitbetaald_bedrag
         FROM premie_aanvraag
         WHERE dossier_id = ANY($1::uuid[]) AND status = ANY($2::text[])
         ORDER BY maatregel_id, aangevraagd_op DESC, id DESC
       ),
       figuren AS (
         SELECT 'GEADVISEERD' AS figuur, werkcategorie, dossier_id, bedrag FROM advies
         UNION ALL SELECT 'AANGEVRAAGD', werkcategorie, dossier_id, verwacht_bedrag FROM aanvraag
         UNION ALL SELECT 'TOEGEKEND', werkcategorie, dossier_id, toegekend_bedrag FROM aanvraag WHERE status IN ('GOEDGEKEURD', 'UITBETAALD')
         UNION ALL SELECT 'UITBETAALD', werkcategorie, dossier_id, uitbetaald_bedrag FROM aanvraag WHERE status = 'UITBETAALD'
       )
       SELECT figuur, werkcategorie,
              count(DISTINCT dossier_id)::int AS dossiers,
              count(*)::int AS maatregelen,
              sum(bedrag)::text AS bedrag,
              (count(*) - count(bedrag))::int AS zonder_bedrag
       FROM figuren
       GROUP BY figuur, werkcategorie`,
      [ids, [...AANGEVRAAGD_STATUSSEN]],
    )) as Array<{ figuur: PremieFiguur; werkcategorie: string; dossiers: number; maatregelen: number; bedrag: string | null; zonder_bedrag: number }>;
    return rows.map((r) => ({
      figuur: r.figuur,
      werkcategorie: r.werkcategorie,
      dossiers: Number(r.dossiers),
      maatregelen: Number(r.maatregelen),
      bedrag: r.bedrag,
      zonderBedrag: Number(r.zonder_bedrag),
    }));
  }
}
