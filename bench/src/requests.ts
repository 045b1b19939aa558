import { requestBody, WORKLOADS, type Workload } from './workloads.js';

/** A demo persona's token from the local issuer of the sandboxes (`/idp/demo-token`). */
export async function personaToken(sandbox: string, persona: string): Promise<string> {
  const res = await fetch(`${sandbox}/idp/demo-token?persona=${encodeURIComponent(persona)}`);
  if (!res.ok) throw new Error(`no demo token for ${persona}: HTTP ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** The tokens of every persona the workloads use. */
export async function tokensFor(sandbox: string): Promise<Map<string, string>> {
  const personas = [...new Set(WORKLOADS.map((w) => w.persona))];
  return new Map(await Promise.all(personas.map(async (p) => [p, await personaToken(sandbox, p)] as const)));
}

/** One request of a workload; its parsed answer (an answer other than HTTP 200 throws). */
export async function postOnce(url: string, w: Workload, token: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: requestBody(w) });
  const body = (await res.json()) as unknown;
  if (res.status !== 200) throw new Error(`${w.name} at ${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}
