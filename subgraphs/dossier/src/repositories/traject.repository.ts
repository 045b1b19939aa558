import type { EntityManager } from 'typeorm';

/** The dossier-level SQL of the journey's changes (milestones, documents, measures, quotes, invoices). */
export class TrajectRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Marks that something in the dossier changed (list order "last changed first"), without raising its
   * version: the version guards the dossier's own fields (phase, status, assignment, next action),
   * and adding a milestone or a quote must not make someone's pending phase change fail.
   */
  async raakAan(dossierId: string, at: Date): Promise<void> {
    await this.manager.query(`UPDATE dossier SET laatste_wijziging = greatest(laatste_wijziging, $2) WHERE id = $1`, [dossierId, at]);
  }

  /**
   * Sets (or clears, with nulls) the next action of a dossier at `version`, raising the version.
   * Returns false when the version moved on (someone else changed the dossier).
   */
  async setVolgendeActie(dossierId: string, version: number, op: string | null, omschrijving: string | null, at: Date): Promise<boolean> {
    const [, affected] = (await this.manager.query(
      `UPDATE dossier SET volgende_actie_op = $3, volgende_actie = $4, laatste_wijziging = greatest(laatste_wijziging, $5), version = version + 1
        WHERE id = $1 AND version = $2`,
      [dossierId, version, op, omschrijving, at],
    )) as [unknown[], number];
    return affected === 1;
  }
}
