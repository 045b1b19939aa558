/**
 * A progress bar on stderr: the stage, a bar, the percentage, rows and rows per second, elapsed time and
 * the ETA of the stage. On a terminal it redraws one line (at most 10 times a second); otherwise (a log
 * file, CI) it writes a line every 10 % or 15 seconds.
 */
export class Voortgangsbalk {
  readonly #start = Date.now();
  #faseStart = Date.now();
  #fase = '';
  #getekend = 0;
  #laatsteRegel = { t: 0, pct: -1 };
  readonly #tty: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly breedte = 30,
  ) {
    this.#tty = Boolean(out.isTTY);
  }

  /** `fractie` of the stage done (0..1), rows so far (all stages), an optional detail (what is being built). */
  update(fase: string, fractie: number, rows: number, detail = ''): void {
    const nu = Date.now();
    if (fase !== this.#fase) {
      if (this.#fase !== '' && this.#tty) this.out.write('\n');
      this.#fase = fase;
      this.#faseStart = nu;
      this.#laatsteRegel = { t: 0, pct: -1 };
    }
    const f = Math.min(1, Math.max(0, fractie));
    const klaar = f >= 1;
    if (this.#tty && !klaar && nu - this.#getekend < 100) return;
    const pct = Math.floor(f * 100);
    if (!this.#tty && !klaar && pct < this.#laatsteRegel.pct + 10 && nu - this.#laatsteRegel.t < 15_000) return;
    this.#getekend = nu;
    this.#laatsteRegel = { t: nu, pct };
    const vol = Math.round(f * this.breedte);
    const bar = `${'#'.repeat(vol)}${'.'.repeat(this.breedte - vol)}`;
    const sFase = (nu - this.#faseStart) / 1000;
    const perS = rows / Math.max(0.001, (nu - this.#start) / 1000);
    const eta = f > 0.005 && !klaar ? duur((sFase / f) * (1 - f)) : klaar ? '0s' : '?';
    const regel =
      `${fase.padEnd(8)} [${bar}] ${(f * 100).toFixed(1).padStart(5)}%  ${aantal(rows)} rows  ${aantal(perS)} rows/s  ` +
      `${duur((nu - this.#start) / 1000)} elapsed  ETA ${eta}${detail ? `  ${detail}` : ''}`;
    if (this.#tty) this.out.write(`\r${regel.slice(0, (this.out.columns ?? 160) - 1).padEnd(Math.min(160, (this.out.columns ?? 160) - 1))}`);
    else this.out.write(`${regel}\n`);
  }

  einde(): void {
    if (this.#tty && this.#fase !== '') this.out.write('\n');
    this.#fase = '';
  }
}

export function duur(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function aantal(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return `${Math.round(n)}`;
}
