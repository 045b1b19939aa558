import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { Regelset } from './regelset.js';
import { checkConsistency } from './consistentie.js';
import { RegelsetSchema } from './schema.js';

/** The rule set that ships with the package (read relative to the package root, from src/ and dist/ alike). */
export const DEFAULT_REGELS_FILE = fileURLToPath(new URL('../../regels/mijn-verbouwpremie.json', import.meta.url));

/** A rule set file that cannot be used: names the file and, per problem, the JSON path. */
export class RegelsetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid premie rule set ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RegelsetError';
  }
}

/** Reads and validates a rule set file (default: the shipped Mijn VerbouwPremie rules). Synchronous: it runs once at start. */
export function loadRegelset(path: string = DEFAULT_REGELS_FILE): Regelset {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RegelsetError(path, [`cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new RegelsetError(path, [`is not valid JSON (${(err as Error).message})`]);
  }
  return parseRegelset(json, path);
}

/** Validates parsed JSON as a rule set: the shape first, then the rules between its parts. */
export function parseRegelset(json: unknown, file = '<rule set>'): Regelset {
  const result = RegelsetSchema.safeParse(json);
  if (!result.success) throw new RegelsetError(file, result.error.issues.map(formatIssue));
  const problems = checkConsistency(result.data);
  if (problems.length > 0) throw new RegelsetError(file, problems);
  return new Regelset(result.data);
}

/** `['regimes', 1, 'categorieen', 'DAK']` -> `regimes[1].categorieen.DAK` */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function formatIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${jsonPath(issue.path)}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  }
  return `${jsonPath(issue.path)}: ${issue.message}`;
}
