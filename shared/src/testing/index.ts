import { signIdentity, IDENTITY_HEADER, type Identity } from '../auth.js';
import { demoPersona } from '../demo.js';

export * from './database.js';

/** The secret that tests share between a (fake) gateway and the subgraphs. */
export const TEST_IDENTITY_SECRET = 'test-identity-secret-of-at-least-32-characters';

/** The identity the gateway would pass on for a demo persona (see shared/src/demo.ts). */
export function identityOf(personaKey: string): Identity {
  const p = demoPersona(personaKey);
  return {
    sub: p.sub,
    rollen: [...p.rollen],
    naam: p.naam,
    ...(p.insz ? { insz: p.insz } : {}),
    ...(p.organisatie ? { organisatie: p.organisatie } : {}),
    ...(p.dienst ? { dienst: p.dienst } : {}),
    issuer: p.issuer,
  };
}

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  body: { data?: D | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
  headers: Headers;
}

/**
 * POSTs a GraphQL operation to a URL. With `identity`, signs it as the gateway would (to call a
 * subgraph in a test); with `bearer`, sends an end-user token (to call the gateway).
 */
export async function postGraphQL<D = Record<string, unknown>>(
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  opts: { identity?: Identity; secret?: string; bearer?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<D>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.identity) headers[IDENTITY_HEADER] = signIdentity(opts.identity, opts.secret ?? TEST_IDENTITY_SECRET);
  if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  let parsed: GraphQLResponse<D>['body'];
  try {
    parsed = JSON.parse(text) as GraphQLResponse<D>['body'];
  } catch {
    throw new Error(`Not a JSON response (${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, body: parsed, headers: response.headers };
}
