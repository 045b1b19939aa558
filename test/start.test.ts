import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '@hub/shared';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Started {
  child: ChildProcess;
  output: () => string;
  graphql: string;
  tokenUrl: string;
}

/** Runs `npm start`'s entry point (from the TypeScript sources) on free ports and a given data folder. */
async function startHubProcess(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'embedded/src/start.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      GATEWAY_PORT: '0',
      DOSSIER_PORT: '0',
      WONINGPAS_PORT: '0',
      IPDC_PORT: '0',
      PREMIES_PORT: '0',
      SANDBOX_PORT: '0',
      HUB_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('Ctrl-C stopt alles.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
  const graphql = /GraphQL:\s+(http:\/\/\S+\/graphql)/.exec(out)?.[1];
  const tokenUrl = /token: GET (http:\/\/\S+\/idp\/demo-token)/.exec(out)?.[1];
  if (!graphql || !tokenUrl) throw new Error(`banner without addresses:\n${out}`);
  return { child, output: () => out, graphql, tokenUrl };
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return exited;
}

async function query(started: Started, persona: string, q: string) {
  const token = ((await (await fetch(`${started.tokenUrl}?persona=${persona}`)).json()) as { access_token: string }).access_token;
  const response = await fetch(started.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: q }),
  });
  return response.json();
}

// An's dossier by its reference, and how many dossiers there are (the personas' five and the statistics demo's 150).
const LIST = '{ alle: dossiers(first: 1) { totalCount } dossiers(first: 2, zoek: "REN-2026-000003") { edges { node { referentie titel woning { epc { label } } } } } }';

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'renovatiehub-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the whole hub with demo data, stops cleanly on Ctrl-C, and finds its data again on the next start', async () => {
    const first = await startHubProcess(dataDir);
    expect(first.output()).toContain('GraphiQL:');
    for (const persona of ['burger', 'spoc', 'partner', 'analist', 'burgerprofiel']) expect(first.output()).toContain(persona);
    expect(await query(first, 'spoc', LIST)).toEqual({
      data: {
        alle: { totalCount: 155 },
        dossiers: { edges: [{ node: { referentie: 'REN-2026-000003', titel: 'Renovatie rijwoning Tiensestraat 120', woning: { epc: { label: 'F' } } } }] },
      },
    });
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('Gestopt.');

    // Change the data while the hub is down: the next start must show the change, not fresh demo data.
    const db = await openPglite(join(dataDir, 'pglite'));
    await db.db.exec(`UPDATE dossier.dossier SET titel = 'Aangepast tussen twee starts' WHERE referentie = 'REN-2026-000003'`);
    await db.close();

    const second = await startHubProcess(dataDir);
    const again = (await query(second, 'spoc', LIST)) as { data: { alle: { totalCount: number }; dossiers: { edges: Array<{ node: { titel: string } }> } } };
    expect(again.data.alle.totalCount).toBe(155);
    expect(again.data.dossiers.edges[0]!.node.titel).toBe('Aangepast tussen twee starts');
    expect(await stop(second)).toBe(0);
  }, 120_000);
});
