import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { Regelset } from './regelset.js';
import { INKOMENSCATEGORIEEN, RegelsetSchema, WERKCATEGORIEEN, type RegelsetData } from './schema.js';

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

function checkConsistency(data: RegelsetData): string[] {
  const problems: string[] = [];
  const knownSource = (ref: string, path: string) => {
    if (!(ref in data.bronnen)) problems.push(`${path}: unknown source '${ref}' (not in bronnen)`);
  };
  data.algemeneVoorwaarden.forEach((v, i) => v.bronnen.forEach((ref, j) => knownSource(ref, `algemeneVoorwaarden[${i}].bronnen[${j}]`)));

  const ruleIds = new Map<string, string>();
  const regimeIds = new Map<string, number>();
  data.regimes.forEach((regime, r) => {
    const at = `regimes[${r}]`;
    const earlier = regimeIds.get(regime.id);
    if (earlier !== undefined) problems.push(`${at}.id: '${regime.id}' is also the id of regimes[${earlier}]`);
    regimeIds.set(regime.id, r);
    if (regime.geldigTot !== null && regime.geldigTot < regime.geldigVan) {
      problems.push(`${at}.geldigTot: ${regime.geldigTot} is before geldigVan ${regime.geldigVan}`);
    }
    regime.bronnen.forEach((ref, j) => knownSource(ref, `${at}.bronnen[${j}]`));
    regime.bijzondereDoelgroepen.forEach((b, j) => {
      b.bronnen.forEach((ref, k) => knownSource(ref, `${at}.bijzondereDoelgroepen[${j}].bronnen[${k}]`));
      if (!(INKOMENSCATEGORIEEN as readonly string[]).includes(b.zoalsDoelgroep)) {
        problems.push(`${at}.bijzondereDoelgroepen[${j}].zoalsDoelgroep: must be one of ${INKOMENSCATEGORIEEN.join(', ')}`);
      }
    });
    regime.inkomensgrenzen.forEach((jaar, j) =>
      jaar.grenzen.forEach((g, k) => g.bronnen.forEach((ref, l) => knownSource(ref, `${at}.inkomensgrenzen[${j}].grenzen[${k}].bronnen[${l}]`))),
    );
    for (const categorie of WERKCATEGORIEEN) {
      if (!regime.categorieen[categorie]) problems.push(`${at}.categorieen: work category ${categorie} is missing`);
    }
    for (const [naam, categorie] of Object.entries(regime.categorieen)) {
      const catAt = `${at}.categorieen.${naam}`;
      const byDoelgroep = new Map<string, number>();
      const uitvoeringen = categorie.uitvoeringen?.waarden ?? {};
      categorie.regels.forEach((regel, g) => {
        const ruleAt = `${catAt}.regels[${g}]`;
        const dup = byDoelgroep.get(regel.doelgroep);
        if (dup !== undefined) problems.push(`${ruleAt}.doelgroep: ${regel.doelgroep} already has a rule in ${catAt}.regels[${dup}]`);
        else byDoelgroep.set(regel.doelgroep, g);
        const otherRule = ruleIds.get(regel.id);
        if (otherRule) problems.push(`${ruleAt}.id: '${regel.id}' is also the id of ${otherRule}`);
        else ruleIds.set(regel.id, ruleAt);
        regel.bronnen.forEach((ref, j) => knownSource(ref, `${ruleAt}.bronnen[${j}]`));
        if (regel.status === 'conflict' && !regel.conflicterendeWaarden?.length) {
          problems.push(`${ruleAt}.conflicterendeWaarden: a rule in conflict must list the conflicting values`);
        }
        const perUitvoering =
          regel.soort === 'PER_M2_PER_METHODE' ? ['bedragPerMethode', regel.bedragPerMethode] as const
          : regel.soort === 'VAST_BEDRAG_PER_TYPE' ? ['bedragPerType', regel.bedragPerType] as const
          : undefined;
        if (perUitvoering) {
          const [field, amounts] = perUitvoering;
          if (Object.keys(amounts).length === 0) problems.push(`${ruleAt}.${field}: must hold at least one amount`);
          for (const key of Object.keys(amounts)) {
            if (!(key in uitvoeringen)) problems.push(`${ruleAt}.${field}.${key}: not declared in ${catAt}.uitvoeringen.waarden`);
          }
        }
      });
      for (const inkomenscategorie of INKOMENSCATEGORIEEN) {
        if (!byDoelgroep.has(inkomenscategorie)) problems.push(`${catAt}.regels: no rule for ${inkomenscategorie}`);
      }
    }
  });

  // Validity periods by application date may not overlap: one date, one regime.
  const sorted = data.regimes.map((regime, index) => ({ regime, index })).sort((a, b) => a.regime.geldigVan.localeCompare(b.regime.geldigVan));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (before.regime.geldigTot === null || before.regime.geldigTot >= after.regime.geldigVan) {
      problems.push(
        `regimes[${after.index}]: validity ${period(after.regime)} of ${after.regime.id} overlaps regimes[${before.index}] ${before.regime.id} (${period(before.regime)})`,
      );
    }
  }
  return problems;
}

const period = (r: { geldigVan: string; geldigTot: string | null }) => `${r.geldigVan}..${r.geldigTot ?? 'open'}`;
