import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { composeApiSchemaSdl } from '../src/api-schema.js';
import { documentIdOf } from '../src/trusted-documents/manifest.js';
import type { ExampleOperation } from '../src/graphiql/examples.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OPERATIONS_DIR = join(REPO_ROOT, 'operations');

/** Use cases (folders of operations/) whose operations are trusted documents, run by id. */
export const TRUSTED_USE_CASES = ['burgerprofiel'];

/** The roles a `# @graphiql` line may name (DESIGN §6), and `anoniem` for callers without a token. */
const ROLES = new Set(['anoniem', 'burger', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'partner', 'stadsdienst', 'analist', 'burgerprofiel']);

/** One operation of operations/: one file, one named operation. */
export interface OperationFile {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The folder under operations/: the use case (burger, backoffice, partner, analist, burgerprofiel). */
  useCase: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  /** The first comment line. */
  title: string;
  /** GraphiQL opens this operation as a tab for these roles (`# @graphiql`). */
  roles: string[];
  /** Example variables for GraphiQL and tests (`# @variables`). */
  variables?: Record<string, unknown>;
  /** The file as GraphiQL shows it: the comments, without the `# @` lines. */
  text: string;
  /** The operation printed canonically (no comments): the text that is hashed for its document id. */
  document: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : []))
    .sort();
}

/** Reads every operations/**.graphql file; every problem is reported (file: problem). */
export function readOperations(dir: string = OPERATIONS_DIR): { operations: OperationFile[]; problems: string[] } {
  const operations: OperationFile[] = [];
  const problems: string[] = [];
  for (const path of walk(dir)) {
    const file = relative(REPO_ROOT, path).split(sep).join('/');
    const [useCase, ...rest] = relative(dir, path).split(sep);
    const source = readFileSync(path, 'utf8');
    const problem = (message: string) => problems.push(`${file}: ${message}`);
    if (!rest.length) {
      problem('must be in the folder of its use case, e.g. operations/analist/');
      continue;
    }
    let parsed;
    try {
      parsed = parse(source);
    } catch (err) {
      problem((err as Error).message);
      continue;
    }
    const ops = parsed.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length !== 1 || !ops[0]!.name) {
      problem('must hold exactly one named operation (and the fragments it uses)');
      continue;
    }
    const header = source.split('\n');
    const comments = header.slice(0, header.findIndex((line) => !line.startsWith('#'))).map((line) => line.replace(/^#\s?/, ''));
    const title = comments[0]?.trim() ?? '';
    if (!title) problem('must start with a comment line giving its title');
    let roles: string[] = [];
    let variables: Record<string, unknown> | undefined;
    for (const line of comments) {
      const tag = /^@(\w+)\s*(.*)$/.exec(line.trim());
      if (!tag) continue;
      if (tag[1] === 'graphiql') {
        roles = tag[2]!.split(/\s+/).filter(Boolean);
        const unknown = roles.filter((r) => !ROLES.has(r));
        if (unknown.length) problem(`@graphiql names unknown role(s) ${unknown.join(', ')}`);
      } else if (tag[1] === 'variables') {
        try {
          const value: unknown = JSON.parse(tag[2]!);
          if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
          variables = value as Record<string, unknown>;
        } catch (err) {
          problem(`@variables is not a JSON object (${(err as Error).message})`);
        }
      } else {
        problem(`unknown tag @${tag[1]} (use @graphiql or @variables)`);
      }
    }
    const lines = source.split('\n').filter((line) => !/^#\s?@\w+/.test(line));
    // Without its tags, the header may end in an empty comment line: drop that one.
    const body = lines.findIndex((line) => !line.startsWith('#'));
    if (body > 0 && lines[body - 1]!.trim() === '#') lines.splice(body - 1, 1);
    const text = lines.join('\n');
    operations.push({
      file,
      useCase: useCase!,
      name: ops[0]!.name.value,
      type: ops[0]!.operation as OperationFile['type'],
      title,
      roles,
      ...(variables ? { variables } : {}),
      text,
      document: print(parsed),
    });
  }
  const seen = new Map<string, string>();
  for (const op of operations) {
    const other = seen.get(op.name);
    if (other) problems.push(`${op.file}: operation name ${op.name} is also used by ${other}`);
    seen.set(op.name, op.file);
  }
  return { operations, problems };
}

/** A generated file: its path relative to the repository root and its content. */
export interface Artifact {
  path: string;
  content: string;
}

const GENERATED = 'Generated by `npm run codegen` (gateway/scripts/operations.ts) from';

/**
 * Everything made from the supergraph and operations/: the API schema for client tooling, the
 * trusted-document manifest, GraphiQL's example operations, and the trusted document ids for clients.
 * Throws with every problem when an operation is malformed or does not validate against the schema.
 */
export function buildArtifacts(): Artifact[] {
  const sdl = composeApiSchemaSdl();
  const schema = buildSchema(sdl);
  const { operations, problems } = readOperations();
  for (const op of operations) {
    for (const error of validate(schema, parse(op.document))) problems.push(`${op.file}: ${error.message}`);
  }
  if (problems.length) throw new Error(`operations/ has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const trusted = operations.filter((op) => TRUSTED_USE_CASES.includes(op.useCase));
  const manifest = Object.fromEntries(trusted.map((op) => [documentIdOf(op.document), op.document]).sort(([a], [b]) => a!.localeCompare(b!)));
  const examples: ExampleOperation[] = operations.map((op) => ({
    name: op.name,
    title: op.title,
    useCase: op.useCase,
    roles: op.roles,
    query: op.text,
    ...(op.variables ? { variables: op.variables } : {}),
    ...(TRUSTED_USE_CASES.includes(op.useCase) ? { documentId: documentIdOf(op.document) } : {}),
  }));
  const ids = trusted.map((op) => `  ${op.name}: '${documentIdOf(op.document)}',`).join('\n');
  return [
    { path: 'clients/schema.graphql', content: `# ${GENERATED} the subgraphs' schemas: the supergraph's API schema.\n\n${sdl}\n` },
    { path: 'gateway/trusted-documents.json', content: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: 'gateway/example-operations.json', content: `${JSON.stringify(examples, null, 2)}\n` },
    {
      path: 'clients/generated/trusted-documents.ts',
      content: `// ${GENERATED} operations/${TRUSTED_USE_CASES.join(', operations/')}.\n\n/** The id of each trusted document: send it as \`documentId\` instead of the query. */\nexport const trustedDocumentIds = {\n${ids}\n} as const;\n`,
    },
  ];
}
