import { IDENTITY_HEADER, signIdentity, type Identity } from '@hub/shared';
import { TEST_IDENTITY_SECRET } from '@hub/shared/testing';
import type { DataSource } from 'typeorm';
import { DEMO_REFERENCE_DATE } from '../src/server.js';
import { identity, type DossierTestSubgraph } from './helpers.js';

/*
 * Support for the tests of the journey (milestones, documents, measures, quotes, invoices, lists):
 * the fixed clock of the demo world, calls of the document endpoints, expected GraphQL errors, and
 * row counts to prove that a refused call wrote nothing.
 */

/** The tests' clock: the demo world's reference moment (Monday 2 March 2026, 10:00 in Leuven). */
export const NU = DEMO_REFERENCE_DATE;
export const klok = () => new Date(NU);

/** Where `needle` first occurs in a GraphQL document, as GraphQL reports locations. */
export function at(query: string, needle: string): Array<{ line: number; column: number }> {
  const index = query.indexOf(needle);
  if (index < 0) throw new Error(`'${needle}' not in the query`);
  const before = query.slice(0, index).split('\n');
  return [{ line: before.length, column: before.at(-1)!.length + 1 }];
}

/** A whole GraphQL error as the subgraph answers it. */
export function fout(query: string, needle: string, path: Array<string | number>, code: string, message: string, extra: Record<string, unknown> = {}) {
  return { message, locations: at(query, needle), path, extensions: { ...extra, code } };
}

const base = (s: DossierTestSubgraph) => s.url.replace(/\/graphql$/, '');
const signed = (who: string | Identity) => ({ [IDENTITY_HEADER]: signIdentity(identity(who), TEST_IDENTITY_SECRET) });

/** POST /documenten/upload as the gateway would forward it for `who`. */
export async function upload(
  s: DossierTestSubgraph,
  who: string | Identity,
  bytes: Buffer,
  opts: { type?: string; naam?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const query = opts.naam === null ? '' : `?bestandsnaam=${encodeURIComponent(opts.naam ?? 'document.pdf')}`;
  const res = await fetch(`${base(s)}/documenten/upload${query}`, {
    method: 'POST',
    headers: { ...signed(who), ...(opts.type === undefined ? {} : { 'content-type': opts.type }), ...opts.headers },
    body: bytes,
  });
  return { status: res.status, body: await res.json() };
}

/** GET /documenten/{id}/inhoud for `who`: status, the headers that matter, and the body. */
export async function download(s: DossierTestSubgraph, who: string | Identity, id: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base(s)}/documenten/${id}/inhoud`, { headers: { ...signed(who), ...headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  const pick = (name: string) => res.headers.get(name);
  return {
    status: res.status,
    headers: {
      'content-type': pick('content-type'),
      'content-length': pick('content-length'),
      'content-disposition': pick('content-disposition'),
      etag: pick('etag'),
      'cache-control': pick('cache-control'),
      'x-content-type-options': pick('x-content-type-options'),
    },
    bytes,
    json: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(bytes.toString('utf8')) : undefined,
  };
}

/** Row counts of the given tables. */
export async function tel<T extends string>(ds: DataSource, tables: readonly T[]): Promise<Record<T, number>> {
  const [row] = await ds.query<Array<Record<string, string>>>(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)])) as Record<T, number>;
}

/** Every table the journey's changes write to (and the audit log), to prove a refusal wrote nothing. */
export const TRAJECT_TABELLEN = ['dossier', 'maatregel', 'offerte', 'factuur', 'document', 'document_upload', 'document_inhoud', 'mijlpaal', 'audit_log'] as const;

/** A snapshot of every row of the journey's tables (audit log excepted), to compare before and after. */
export async function momentopname(ds: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TRAJECT_TABELLEN.filter((t) => t !== 'audit_log' && t !== 'document_inhoud')) out[t] = await ds.query(`SELECT * FROM ${t} ORDER BY id`);
  out.document_inhoud = await ds.query(`SELECT sleutel, md5(inhoud) AS md5 FROM document_inhoud ORDER BY sleutel`);
  return out;
}

/** The ids of the audit rows so far (to find those a call adds). */
export async function auditIds(ds: DataSource): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM audit_log`);
  return new Set(rows.map((r) => r.id));
}

/**
 * The audit rows added since `voor` (see auditIds): who, what, on which object and dossier; sorted so
 * that tests can state them whole (the clock of the tests is fixed, so time does not order them).
 */
export async function auditNa(ds: DataSource, voor: Set<string>): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown> & { id: string }> = await ds.query(
    `SELECT id, sub, actie, object_type AS "objectType", object_id AS "objectId", dossier_id AS "dossierId", detail FROM audit_log`,
  );
  return rows
    .filter((r) => !voor.has(r.id))
    .map(({ id: _id, ...r }) => r)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
