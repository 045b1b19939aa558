import { machine } from '../report.js';
import type { Meting } from './measure.js';

export interface Generatie {
  /** True when an existing generated schema was reused (--keep). */
  hergebruikt: boolean;
  dossiers: number;
  referentie: string;
  rows: Record<string, number>;
  /** Generation in total, inserting, building keys/indexes/foreign keys; VACUUM ANALYZE. Null when reused. */
  ms: number | null;
  ladenMs: number | null;
  indexenMs: number | null;
  vacuumMs: number | null;
}

export interface Tabelgrootte {
  tabel: string;
  rijen: number;
  tabelMb: number;
  indexenMb: number;
}

export interface DbBenchRapport {
  startedAt: string;
  finishedAt: string;
  machine: ReturnType<typeof machine> & { postgres: string };
  schema: string;
  opties: { iterations: number; statIterations: number; warmup: number; only?: string };
  generatie: Generatie;
  tabellen: Tabelgrootte[];
  metingen: Meting[];
  /** Answers that did not satisfy what their filters promise (should be empty). */
  fouten: string[];
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const sec = (n: number | null) => (n === null ? '-' : `${(n / 1000).toFixed(0)} s`);

/** The short table for stdout: one line per query with its percentiles and PASS/FAIL. */
export function tabel(r: DbBenchRapport): string {
  const rijen = r.metingen.map((m) => [
    m.soort,
    m.naam,
    m.variant,
    ms(m.ms.p50),
    ms(m.ms.p95),
    ms(m.ms.p99),
    `< ${m.doel}`,
    m.pass ? 'PASS' : 'FAIL',
    m.antwoord.length > 60 ? `${m.antwoord.slice(0, 57)}...` : m.antwoord,
  ]);
  const kop = ['', 'query', 'variant', 'p50 ms', 'p95 ms', 'p99 ms', 'target', '', 'answer'];
  const breed = kop.map((k, i) => Math.max(k.length, ...rijen.map((x) => x[i]!.length)));
  const regel = (x: string[]) => x.map((c, i) => (i >= 3 && i <= 5 ? c.padStart(breed[i]!) : c.padEnd(breed[i]!))).join('  ').trimEnd();
  const fails = r.metingen.filter((m) => !m.pass).length;
  return [
    regel(kop),
    ...rijen.map(regel),
    '',
    `${r.metingen.length - fails} of ${r.metingen.length} within target (lists p95 < 20 ms, statistics p95 < 500 ms)` +
      (r.fouten.length ? `; ${r.fouten.length} wrong answers` : ''),
  ].join('\n');
}

/** The Markdown report: the machine, the data, the figures, and the plan of every statement. */
export function markdown(r: DbBenchRapport): string {
  const g = r.generatie;
  const out: string[] = [];
  out.push(`# bench:db — ${r.startedAt.slice(0, 10)}`, '');
  out.push(
    `Machine: ${r.machine.platform}, ${r.machine.cpus} cores (${r.machine.cpuModel}), ${Math.round(r.machine.memoryMb / 1024)} GiB, Node.js ${r.machine.node}.`,
    `Database: ${r.machine.postgres}, schema \`${r.schema}\`, default server settings.`,
    '',
    `Data: ${g.dossiers.toLocaleString('en')} dossiers seen from ${g.referentie.slice(0, 10)} ` +
      (g.hergebruikt ? '(generated earlier, reused with --keep).' : `generated in ${sec(g.ms)} (rows ${sec(g.ladenMs)}, keys/indexes/foreign keys ${sec(g.indexenMs)}), VACUUM ANALYZE ${sec(g.vacuumMs)}.`),
    '',
    '| table | rows | table MB | indexes MB |',
    '|---|---:|---:|---:|',
    ...r.tabellen
      .filter((t) => t.rijen > 0 || g.rows[t.tabel] !== undefined)
      .map((t) => `| ${t.tabel} | ${(g.rows[t.tabel] ?? t.rijen).toLocaleString('en')} | ${t.tabelMb} | ${t.indexenMb} |`),
    '',
    'The generated tables (rows as inserted), and the summaries of migration 1796400000000 (`dossier_telling`, `stat_*`: rows as estimated by ANALYZE).',
    '',
    `Runs: ${r.opties.iterations} per list query, ${r.opties.statIterations} per statistics query, after ${r.opties.warmup} untimed ones; one request context per run.`,
    '',
    '## Results',
    '',
    '| | query | variant | p50 ms | p95 ms | p99 ms | target (p95) | | answer |',
    '|---|---|---|---:|---:|---:|---|---|---|',
    ...r.metingen.map(
      (m) =>
        `| ${m.soort} | ${m.naam} | ${m.variant} | ${ms(m.ms.p50)} | ${ms(m.ms.p95)} | ${ms(m.ms.p99)} | < ${m.doel} ms | ${m.pass ? 'PASS' : '**FAIL**'} | ${m.antwoord} |`,
    ),
    '',
  );
  if (r.fouten.length) out.push('## Wrong answers', '', ...r.fouten.map((f) => `- ${f}`), '');
  out.push('## Plans', '', 'Each statement as the repository sent it, with its parameters, then `EXPLAIN (ANALYZE, BUFFERS)` of it.', '');
  for (const m of r.metingen.filter((x) => x.plannen.length > 0)) {
    out.push(`### ${m.soort}: ${m.naam} — ${m.variant}`, '');
    for (const p of m.plannen) {
      out.push('```sql', p.sql, `-- parameters: ${JSON.stringify(p.params)}`, '```', '', '```', p.plan, '```', '');
    }
  }
  return out.join('\n');
}
