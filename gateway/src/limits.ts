import { readFileSync } from 'node:fs';
import { z } from 'zod';

const LimitsSchema = z
  .object({
    $comment: z.string().optional(),
    maxBodyBytes: z.number().int().positive(),
    maxUploadBytes: z.number().int().positive(),
    maxTokens: z.number().int().positive(),
    maxDepth: z.number().int().positive(),
    maxAliases: z.number().int().nonnegative(),
    maxDirectives: z.number().int().nonnegative(),
    maxCost: z.number().int().positive(),
    cost: z
      .object({
        objectField: z.number().nonnegative(),
        scalarField: z.number().nonnegative(),
        defaultListSize: z.number().int().positive(),
        listSizeArguments: z.array(z.string()).min(1),
      })
      .strict(),
  })
  .strict();

export type Limits = z.infer<typeof LimitsSchema>;

export const DEFAULT_LIMITS_FILE = new URL('../limits.json', import.meta.url);

/** Reads and validates the limits file; a wrong file stops the gateway with a message per problem. */
export function loadLimits(file: string | URL = DEFAULT_LIMITS_FILE): Limits {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read the limits file ${String(file)}: ${(err as Error).message}`);
  }
  const parsed = LimitsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid limits file ${String(file)}:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
    );
  }
  return parsed.data;
}
