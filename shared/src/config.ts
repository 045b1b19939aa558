import { z } from 'zod';

/** Thrown at start when the environment is wrong: one line per wrong variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates environment variables. Each key of `shape` is the variable's name; an empty
 * string counts as unset. Every problem is reported, not only the first.
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: Env = process.env): z.infer<z.ZodObject<S>> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    const value = env[key];
    input[key] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        const got = input[name];
        return `${name}: ${issue.message}${got === undefined ? ' (not set)' : ` (got '${redactIfSecret(name, got)}')`}`;
      }),
    );
  }
  return result.data;
}

function redactIfSecret(name: string, value: string): string {
  return /SECRET|PASSWORD|KEY|TOKEN/i.test(name) ? '***' : value;
}

const required = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`),
});

/** Validators for the kinds of variables the hub uses, with messages a person can act on. */
export const env = {
  port: (fallback: number) =>
    z.coerce
      .number({ error: 'must be a port number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be between 0 and 65535' })
      .max(65535, { error: 'must be between 0 and 65535' })
      .default(fallback),
  int: (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
    z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` })
      .default(fallback),
  url: (fallback?: string) => {
    const schema = z.url({ ...required('an absolute http(s) URL'), protocol: /^https?$/ });
    return fallback === undefined ? schema : schema.default(fallback);
  },
  optionalUrl: () => z.url({ error: 'must be an absolute http(s) URL', protocol: /^https?$/ }).optional(),
  postgresUrl: () =>
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// connection URL' })
      .optional(),
  secret: (minLength: number, fallback?: string) => {
    const schema = z.string(required('a string')).min(minLength, { error: `must be at least ${minLength} characters long` });
    return fallback === undefined ? schema : schema.default(fallback);
  },
  string: (fallback?: string) => (fallback === undefined ? z.string(required('a string')) : z.string().default(fallback)),
  optionalString: () => z.string().optional(),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .transform((v) => v === 'true' || v === '1' || v === 'yes')
      .default(fallback),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback as never),
  logLevel: () =>
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
};
