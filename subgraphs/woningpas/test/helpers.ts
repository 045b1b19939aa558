import type { Server } from 'node:http';
import { closeServer, createSandboxHost, listen, type Identity, type Logger, type SubgraphServer, type UpstreamCall } from '@hub/shared';
import { identityOf, postGraphQL, TEST_IDENTITY_SECRET, type GraphQLResponse } from '@hub/shared/testing';
import { createServer, createWoningpasClients, loadWoningpasConfig, type UpstreamCache, type WoningpasConfig } from '../src/server.js';
import { createWoningpasSandboxes } from '../src/sandbox/index.js';
import { tokenSandbox } from './token-sandbox.js';

/** The day the tests live on: fixture certificates valid until 2031..2035 are valid, the 2022 one expired. */
export const VANDAAG = '2026-11-28';
export const NU = new Date(`${VANDAAG}T12:00:00Z`);

/** Hosts nock answers for in the nock-backed tests. */
export const UPSTREAM = {
  adressenregister: 'http://adressenregister.test',
  veka: 'http://veka.test',
  idp: 'http://idp.test',
  datadiensten: 'http://datadiensten.test',
  erfgoed: 'http://erfgoed.test',
  omgevingsloket: 'http://omgevingsloket.test',
} as const;
export const CLIENT = { id: 'renovatiehub-woningpas', secret: 'test-client-secret' } as const;

export function nockConfig(extra: Record<string, string> = {}): WoningpasConfig {
  return loadWoningpasConfig({
    HUB_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    ADRESSENREGISTER_URL: UPSTREAM.adressenregister,
    VEKA_DOSSIER_API_URL: UPSTREAM.veka,
    VEKA_DATADIENSTEN_URL: UPSTREAM.datadiensten,
    ERFGOED_URL: UPSTREAM.erfgoed,
    VERGUNNINGEN_URL: UPSTREAM.omgevingsloket,
    VEKA_TOKEN_URL: `${UPSTREAM.idp}/acm/token`,
    VEKA_CLIENT_ID: CLIENT.id,
    VEKA_CLIENT_SECRET: CLIENT.secret,
    UPSTREAM_TIMEOUT_MS: '1000',
    ...extra,
  });
}

export interface LogRecord {
  level: string;
  msg?: string;
  [key: string]: unknown;
}

/** A logger that keeps what is logged (the tests read the legal purpose from it). */
export function recordingLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at =
    (level: string) =>
    (obj: unknown, msg?: string): void => {
      if (typeof obj === 'string') records.push({ level, msg: obj });
      else records.push({ level, ...(obj as object), ...(msg ? { msg } : {}) });
    };
  const logger = {
    level: 'debug',
    fatal: at('fatal'),
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    trace: at('trace'),
    silent: () => undefined,
    child: () => logger,
    isLevelEnabled: () => true,
  };
  return { logger: logger as unknown as Logger, records };
}

export interface TestWoningpas {
  url: string;
  server: SubgraphServer;
  /** Every upstream call the clients made (not the token requests). */
  calls: UpstreamCall[];
  logs: LogRecord[];
  /** Calls the subgraph as the gateway would, for a demo persona or an explicit identity. */
  query<D = Record<string, unknown>>(who: string | Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<D>>;
  close(): Promise<void>;
}

/**
 * The woningpas subgraph in-process on a free port, with clients built from `config`; with `cache`, the
 * shared cache in front of them (the caller closes it).
 */
export async function startWoningpas(config: WoningpasConfig, options: { cache?: UpstreamCache } = {}): Promise<TestWoningpas> {
  const calls: UpstreamCall[] = [];
  const { logger, records } = recordingLogger();
  const server = await createServer({
    identitySecret: TEST_IDENTITY_SECRET,
    logger,
    clients: createWoningpasClients(config, logger, (call) => calls.push(call)),
    ...(options.cache ? { cache: options.cache } : {}),
    vandaag: () => VANDAAG,
  });
  const url = await server.listen(0);
  return {
    url,
    server,
    calls,
    logs: records,
    query: (who, query, variables) =>
      postGraphQL(url, { query, ...(variables ? { variables } : {}) }, { identity: typeof who === 'string' ? identityOf(who) : who }),
    close: () => server.close(),
  };
}

export interface TestSandbox {
  base: string;
  /** Calls per sandbox prefix (basisregisters, veka, veka-datadiensten, erfgoed, omgevingsloket, idp). */
  calls: Map<string, number>;
  tokens: ReturnType<typeof tokenSandbox>;
  config(extra?: Record<string, string>): WoningpasConfig;
  close(): Promise<void>;
}

/** The woningpas sandboxes and a token endpoint on one free port, as the embedded hub runs them. */
export async function startSandbox(): Promise<TestSandbox> {
  const calls = new Map<string, number>();
  const tokens = tokenSandbox({ clientId: CLIENT.id, clientSecret: CLIENT.secret });
  const host: Server = createSandboxHost([...createWoningpasSandboxes({ now: () => NU }), tokens], { calls });
  const port = await listen(host, 0);
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    calls,
    tokens,
    config: (extra = {}) =>
      loadWoningpasConfig({
        HUB_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        ADRESSENREGISTER_URL: `${base}/basisregisters`,
        VEKA_DOSSIER_API_URL: `${base}/veka`,
        VEKA_DATADIENSTEN_URL: `${base}/veka-datadiensten`,
        ERFGOED_URL: `${base}/erfgoed`,
        VERGUNNINGEN_URL: `${base}/omgevingsloket`,
        VEKA_TOKEN_URL: `${base}/idp/token`,
        VEKA_CLIENT_ID: CLIENT.id,
        VEKA_CLIENT_SECRET: CLIENT.secret,
        ...extra,
      }),
    close: () => closeServer(host, 100),
  };
}

/** Representations as the gateway sends them to resolve `adres`/`epc` (with the CRM's access decision). */
export const woning = (adresId: string, heeftToegang = true) => ({ __typename: 'Woning', adresId, heeftToegang });

export const ENTITIES = `query Woningen($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Woning {
      adresId
      adres { volledigAdres straatnaam huisnummer busnummer postcode gemeentenaam status officieelToegekend positie { x y } }
      epc {
        certificaatnummer label energiescore bouwjaar gebouwType geldigTot ingediendOp gebouweenheidId
        aanbevelingen {
          categorie vekaCategorie type vekaType subtype prioriteit huidigeSituatie
          uitvoeringsmethodes { omschrijving geschattePrijsvorkVan geschattePrijsvorkTot }
        }
      }
    }
  }
}`;

type GraphQLErrorBody = NonNullable<GraphQLResponse['body']['errors']>[number];

/** Errors in a stable order (by path), for whole-response assertions when upstreams answer in any order. */
export function byPath(errors: GraphQLErrorBody[] | undefined): GraphQLErrorBody[] | undefined {
  return errors && [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
}
