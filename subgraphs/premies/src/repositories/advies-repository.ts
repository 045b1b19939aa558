import type { DataSource } from 'typeorm';
import type { PremieAdviesRow } from '../entities/premie-advies.js';
import { isUuid } from './inkomensopgave-repository.js';

/** The advice of one dossier to record: one entry per measure the dossier has now. */
export interface VastTeLeggenAdvies {
  dossierId: string;
  premies: ReadonlyArray<Omit<PremieAdviesRow, 'dossierId' | 'vastgelegdOp'>>;
}

/** Records the latest advice per measure of a dossier (`premie_advies`), for the analysts' statistics. */
export class PremieAdviesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the advice of these dossiers in one statement: each dossier's rows become exactly its measures
   * now (rows of measures the dossier no longer has are deleted), and a row whose figures did not change is
   * left as it is (its `vastgelegd_op` stays). A later entry for the same dossier replaces an earlier one;
   * ids that are not UUIDs are skipped (they cannot be dossiers or measures of the hub).
   */
  async legVast(adviezen: readonly VastTeLeggenAdvies[], op: Date): Promise<void> {
    const perDossier = new Map<string, VastTeLeggenAdvies['premies']>();
    for (const advies of adviezen) if (isUuid(advies.dossierId)) perDossier.set(advies.dossierId.toLowerCase(), advies.premies);
    if (perDossier.size === 0) return;
    const rows = new Map<string, { dossierId: string } & VastTeLeggenAdvies['premies'][number]>();
    for (const [dossierId, premies] of perDossier) {
      for (const p of premies) if (isUuid(p.maatregelId)) rows.set(`${dossierId}|${p.maatregelId.toLowerCase()}`, { ...p, dossierId, maatregelId: p.maatregelId.toLowerCase() });
    }
    const list = [...rows.values()];
    await this.dataSource.query(
      `WITH nieuw AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::text[])
           AS n (dossier_id, maatregel_id, werkcategorie, status, bedrag, regime, regel_id)
       ),
       weg AS (
         DELETE FROM premie_advies a
         WHERE a.dossier_id = ANY($8::uuid[])
           AND NOT EXISTS (SELECT 1 FROM nieuw n WHERE n.dossier_id = a.dossier_id AND n.maatregel_id = a.maatregel_id)
       )
       INSERT INTO premie_advies (dossier_id, maatregel_id, werkcategorie, status, bedrag, regime, regel_id, vastgelegd_op)
       SELECT dossier_id, maatregel_id, werkcategorie, status, bedrag, regime, regel_id, $9 FROM nieuw
       ON CONFLICT (dossier_id, maatregel_id) DO UPDATE
         SET werkcategorie = EXCLUDED.werkcategorie, status = EXCLUDED.status, bedrag = EXCLUDED.bedrag,
             regime = EXCLUDED.regime, regel_id = EXCLUDED.regel_id, vastgelegd_op = EXCLUDED.vastgelegd_op
         WHERE (premie_advies.werkcategorie, premie_advies.status, premie_advies.bedrag, premie_advies.regime, premie_advies.regel_id)
           IS DISTINCT FROM (EXCLUDED.werkcategorie, EXCLUDED.status, EXCLUDED.bedrag, EXCLUDED.regime, EXCLUDED.regel_id)`,
      [
        list.map((r) => r.dossierId),
        list.map((r) => r.maatregelId),
        list.map((r) => r.werkcategorie),
        list.map((r) => r.status),
        list.map((r) => r.bedrag),
        list.map((r) => r.regime),
        list.map((r) => r.regelId),
        [...perDossier.keys()],
        op,
      ],
    );
  }
}
