import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startTab, type ExampleOperation } from './examples.js';
import { escapeJsonForHtml } from './html.js';
import { statistiekenPage } from './statistieken.js';

export { loadExampleOperations, startTab, EXAMPLE_OPERATIONS_PATH, type ExampleOperation } from './examples.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/** Every file GraphiQL needs, served by the gateway from installed packages: no CDN, works offline. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'app.js': { file: join(publicDir, 'graphiql-app.js'), type: 'text/javascript' },
  'app.css': { file: join(publicDir, 'graphiql-app.css'), type: 'text/css' },
  'hub-persona.js': { file: join(publicDir, 'hub-persona.js'), type: 'text/javascript' },
  'statistieken.js': { file: join(publicDir, 'statistieken.js'), type: 'text/javascript' },
  'statistieken.css': { file: join(publicDir, 'statistieken.css'), type: 'text/css' },
};

const cache = new Map<string, Buffer>();
const read = (file: string) => {
  let content = cache.get(file);
  if (!content) {
    content = readFileSync(file);
    cache.set(file, content);
  }
  return content;
};

export interface GraphiQLOptions {
  /** Where the GraphQL endpoint is, relative to the page. */
  endpoint: string;
  /** Development only: the local issuer's demo-token endpoint and the personas to pick from. */
  demo?: { tokenUrl: string; personas: DemoPersonaOption[] };
  /** The example operations of operations/: GraphiQL opens those of the caller's role as tabs, and startTab's without a role. */
  examples: ExampleOperation[];
  /** The token claims with the roles and the citizen's national register number (to pick the examples). */
  claims?: { roles: string; insz: string };
}

/** A demo persona in the picker; with its roles, the page need not read them from the token. */
export interface DemoPersonaOption {
  key: string;
  naam: string;
  omschrijving: string;
  rollen?: readonly string[];
}


function page(options: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Renovatiehub Leuven · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<link rel="stylesheet" href="/graphiql/assets/app.css">
</head>
<body>
<header id="hub-bar"><strong>Renovatiehub Leuven</strong><nav><a href="/statistieken">Grafieken voor analisten</a></nav><span id="hub-persona"></span></header>
<div id="graphiql">GraphiQL laadt…</div>
<script type="application/json" id="hub-config">${escapeJsonForHtml({ ...options, defaultTab: startTab(options.examples) })}</script>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/hub-persona.js"></script>
<script src="/graphiql/assets/app.js"></script>
</body>
</html>`;
}

export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src *; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Serves the GraphiQL page, the statistics page (/statistieken) and their assets; returns false for other paths. */
export function graphiqlHandler(options: GraphiQLOptions) {
  const graphiql = Buffer.from(page(options));
  const pages: Record<string, Buffer> = {
    '/': graphiql,
    '/graphiql': graphiql,
    '/statistieken': Buffer.from(statistiekenPage(options)),
  };
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const html = pages[pathname];
    if (html) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length, ...SECURITY_HEADERS });
      res.end(req.method === 'HEAD' ? undefined : html);
      return true;
    }
    const match = /^\/graphiql\/assets\/([\w.-]+)$/.exec(pathname);
    const asset = match ? ASSETS[match[1]!] : undefined;
    if (!asset) return false;
    const content = read(asset.file);
    res.writeHead(200, {
      'content-type': `${asset.type}; charset=utf-8`,
      'content-length': content.length,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
    return true;
  };
}
