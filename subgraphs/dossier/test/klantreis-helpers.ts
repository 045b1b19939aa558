import type { DataSource } from 'typeorm';

/*
 * Helpers of the tests of questions, the dossier lifecycle, consent, partners and audit: a clock the
 * test moves, row counts of every table those write, and the outbox and audit rows as plain data.
 */

/** A clock that stands still until the test moves it (every registration gets a known time). */
export function testClock(start = '2026-03-02T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    /** Moves the clock `minutes` on and returns the new time as ISO string. */
    tick(minutes = 1): string {
      t += minutes * 60_000;
      return new Date(t).toISOString();
    },
    iso: () => new Date(t).toISOString(),
  };
}
export type TestClock = ReturnType<typeof testClock>;

/** Every table a change of this part can write. */
export const KLANTREIS_TABELLEN = [
  'burger',
  'vraag',
  'dossier',
  'dossier_overgang',
  'toestemming',
  'partner_toewijzing',
  'partner_aanvraag',
  'opmerking',
  'outbox',
  'audit_log',
] as const;

/** Row counts of the tables a change can write, to prove that a refused change wrote nothing. */
export async function tabelTellingen(ds: DataSource): Promise<Record<(typeof KLANTREIS_TABELLEN)[number], number>> {
  const select = KLANTREIS_TABELLEN.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ');
  const [row] = await ds.query<Array<Record<(typeof KLANTREIS_TABELLEN)[number], number>>>(`SELECT ${select}`);
  return row!;
}

/** The outbox messages, oldest first, as the consumers would get them. */
export async function outboxBerichten(ds: DataSource, where = 'TRUE', params: unknown[] = []) {
  const rows = await ds.query<Array<{ topic: string; dedup_key: string; aggregate_id: string; status: string; payload: unknown }>>(
    `SELECT topic, dedup_key, aggregate_id, status, payload FROM outbox WHERE ${where} ORDER BY created_at, dedup_key`,
    params,
  );
  return rows.map((r) => ({ ...r, payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload }));
}

/** Audit rows (without their random id), in the order they were written. */
export async function auditRegels(ds: DataSource, where = 'TRUE', params: unknown[] = []) {
  return ds.query<
    Array<{ sub: string; rollen: string[]; actie: string; object_type: string; object_id: string; dossier_id: string | null; detail: string | null }>
  >(
    `SELECT sub, rollen, actie, object_type, object_id, dossier_id, detail FROM audit_log WHERE ${where} ORDER BY tijdstip, object_type, object_id, actie`,
    params,
  );
}

/** The error of a refused mutation as a client gets it (non-null mutation fields: `data` is null). */
export const fout = (code: string, message: string, path: string[], line: number, column: number, extensions: Record<string, unknown> = {}) => ({
  message,
  locations: [{ line, column }],
  path,
  extensions: { ...extensions, code },
});

/** The column (1-based) of `field` in a one-line operation, for the `locations` of an error. */
export const kolom = (operation: string, field: string): number => operation.search(new RegExp(`\\b${field}\\b`)) + 1;
