import { In, type DataSource, type EntityManager } from 'typeorm';
import { PremieAanvraagEntity, PremieAanvraagStatusEntity, type PremieAanvraagRow, type PremieAanvraagStatusRow } from '../entities/premie-aanvraag.js';
import { LOPENDE_STATUSSEN, OPEN_STATUSSEN, type AanvraagStatus } from '../services/aanvraag/status.js';
import { isUuid } from './inkomensopgave-repository.js';

type Db = DataSource | EntityManager;

/** node-postgres gives `[rows, count]` for UPDATE ... RETURNING through TypeORM, PGlite the rows. */
const returned = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]));
const uuids = (ids: readonly string[]) => [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];

/** A status to record, numbered per application. */
export interface NieuweStatus {
  volgnummer: number;
  status: AanvraagStatus;
  op: Date;
  toelichting: string | null;
  bron: 'HUB' | 'LOKET';
}

/** Reads and writes Mijn VerbouwPremie applications and their history. Writes take the transaction's manager. */
export class PremieAanvraagRepository {
  constructor(private readonly dataSource: DataSource) {}

  private aanvragen(db: Db = this.dataSource) {
    return db.getRepository(PremieAanvraagEntity);
  }

  async findByIds(ids: readonly string[]): Promise<PremieAanvraagRow[]> {
    const list = uuids(ids);
    return list.length === 0 ? [] : this.aanvragen().findBy({ id: In(list) });
  }

  /** The applications of these dossiers, oldest first, in one query. */
  async findByDossierIds(ids: readonly string[]): Promise<PremieAanvraagRow[]> {
    const list = uuids(ids);
    return list.length === 0 ? [] : this.aanvragen().find({ where: { dossierId: In(list) }, order: { aangevraagdOp: 'ASC', id: 'ASC' } });
  }

  /** The applications of these measures, oldest first, in one query. */
  async findByMaatregelIds(ids: readonly string[]): Promise<PremieAanvraagRow[]> {
    const list = uuids(ids);
    return list.length === 0 ? [] : this.aanvragen().find({ where: { maatregelId: In(list) }, order: { aangevraagdOp: 'ASC', id: 'ASC' } });
  }

  async findByIdempotencyKey(key: string, db: Db = this.dataSource): Promise<PremieAanvraagRow | null> {
    return this.aanvragen(db).findOneBy({ idempotencyKey: key });
  }

  /** The running (or paid) application of a measure, if any. */
  async findLopendeVoorMaatregel(maatregelId: string): Promise<PremieAanvraagRow | null> {
    if (!isUuid(maatregelId)) return null;
    return this.aanvragen().findOneBy({ maatregelId: maatregelId.toLowerCase(), status: In([...LOPENDE_STATUSSEN]) });
  }

  /** The history of these applications, each in order, in one query. */
  async statussenVan(aanvraagIds: readonly string[]): Promise<PremieAanvraagStatusRow[]> {
    const list = uuids(aanvraagIds);
    if (list.length === 0) return [];
    return this.dataSource.getRepository(PremieAanvraagStatusEntity).find({ where: { aanvraagId: In(list) }, order: { aanvraagId: 'ASC', volgnummer: 'ASC' } });
  }

  /**
   * Inserts an application unless its idempotency key is taken or its measure has a running application
   * (the unique constraints decide, also between concurrent submissions). Returns whether it was inserted.
   */
  async insertAlsNieuw(db: EntityManager, row: PremieAanvraagRow): Promise<boolean> {
    const inserted = returned<{ id: string }>(
      await db.query(
        `INSERT INTO premie_aanvraag (id, idempotency_key, inhoud_hash, dossier_id, maatregel_id, burger_id, insz, begeleider_sub, aangevraagd_door,
           werkcategorie, inhoud, ean, iban, problemen, status, dossiernummer, verwacht_bedrag, toegekend_bedrag, uitbetaald_bedrag, reden,
           aangevraagd_op, ingediend_op, gewijzigd_op, volgende_controle_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          row.id,
          row.idempotencyKey,
          row.inhoudHash,
          row.dossierId,
          row.maatregelId,
          row.burgerId,
          row.insz,
          row.begeleiderSub,
          row.aangevraagdDoor,
          row.werkcategorie,
          JSON.stringify(row.inhoud),
          row.ean,
          row.iban,
          JSON.stringify(row.problemen),
          row.status,
          row.dossiernummer,
          row.verwachtBedrag,
          row.toegekendBedrag,
          row.uitbetaaldBedrag,
          row.reden,
          row.aangevraagdOp,
          row.ingediendOp,
          row.gewijzigdOp,
          row.volgendeControleOp,
        ],
      ),
    );
    return inserted.length > 0;
  }

  /** Records statuses; one already recorded (same number) is skipped. Returns the numbers recorded now. */
  async registreerStatussen(db: EntityManager, aanvraagId: string, statussen: NieuweStatus[], at: Date): Promise<number[]> {
    const recorded: number[] = [];
    for (const s of statussen) {
      const rows = returned<{ volgnummer: number }>(
        await db.query(
          `INSERT INTO premie_aanvraag_status (aanvraag_id, volgnummer, status, op, toelichting, bron, geregistreerd_op)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (aanvraag_id, volgnummer) DO NOTHING
           RETURNING volgnummer`,
          [aanvraagId, s.volgnummer, s.status, s.op, s.toelichting, s.bron, at],
        ),
      );
      if (rows.length > 0) recorded.push(Number(rows[0]!.volgnummer));
    }
    return recorded;
  }

  /** The number of statuses recorded from the desk for an application (its next desk status gets this + 1). */
  async aantalLoketStatussen(db: EntityManager, aanvraagId: string): Promise<number> {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM premie_aanvraag_status WHERE aanvraag_id = $1 AND bron = 'LOKET'`, [aanvraagId])) as Array<{ n: number }>;
    return Number(row?.n ?? 0);
  }

  /** Updates what the desk says of an application. */
  async werkBij(
    db: EntityManager,
    aanvraagId: string,
    change: Partial<Pick<PremieAanvraagRow, 'status' | 'dossiernummer' | 'toegekendBedrag' | 'uitbetaaldBedrag' | 'reden' | 'ingediendOp' | 'volgendeControleOp'>> & {
      gewijzigdOp: Date;
    },
  ): Promise<void> {
    await db.getRepository(PremieAanvraagEntity).update({ id: aanvraagId }, change);
  }

  /** When the follower asks the desk again for an application. */
  async planControle(aanvraagId: string, at: Date): Promise<void> {
    await this.aanvragen().update({ id: aanvraagId }, { volgendeControleOp: at });
  }

  /**
   * Claims up to `limit` open applications that are due for a status check: their next check moves to
   * `leaseUntil`, so that another follower (another replica) skips them meanwhile; `behalve` are left out
   * (those a round already checked). Returns them.
   */
  async claimTeVolgen(now: Date, leaseUntil: Date, limit: number, behalve: readonly string[] = []): Promise<PremieAanvraagRow[]> {
    const ids = returned<{ id: string }>(
      await this.dataSource.query(
        `UPDATE premie_aanvraag SET volgende_controle_op = $2
         WHERE id IN (
           SELECT id FROM premie_aanvraag
           WHERE status = ANY($4::text[]) AND dossiernummer IS NOT NULL AND volgende_controle_op <= $1
             AND NOT (id = ANY($5::uuid[]))
           ORDER BY volgende_controle_op, id
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [now, leaseUntil, limit, [...OPEN_STATUSSEN], [...behalve]],
      ),
    ).map((r) => r.id);
    return this.findByIds(ids);
  }
}
