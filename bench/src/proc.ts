import { readFileSync, writeFileSync } from 'node:fs';

/** Resident memory of a process from /proc/<pid>/status, in kB: now (VmRSS) and its peak (VmHWM). */
export interface Memory {
  rssKb: number;
  peakKb: number;
}

/** Reads the memory lines of a /proc/<pid>/status text. */
export function parseStatus(status: string): Memory | undefined {
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  };
  const rssKb = kb('VmRSS');
  const peakKb = kb('VmHWM');
  return rssKb === undefined || peakKb === undefined ? undefined : { rssKb, peakKb };
}

export function readMemory(pid: number): Memory | undefined {
  try {
    return parseStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * CPU time a process has used so far (user + system), in milliseconds, from /proc/<pid>/stat (in
 * clock ticks of 10 ms, Linux' USER_HZ); undefined when the process is gone.
 */
export function readCpuMs(pid: number): number | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc/<pid>/stat line, in milliseconds (the command name may contain spaces). */
export function parseStat(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) * 10 : undefined;
}

/** CPU milliseconds each process used between `start()` and `stop()`. */
export class CpuMeter {
  private before: Record<string, number> = {};

  constructor(private readonly pids: Record<string, number>) {}

  start(): void {
    this.before = Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, readCpuMs(pid) ?? 0]));
  }

  stop(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, (readCpuMs(pid) ?? 0) - (this.before[name] ?? 0)]));
  }
}

/** Resets the peak (VmHWM) to the current RSS (Linux: `echo 5 > /proc/<pid>/clear_refs`); false when not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The peak resident memory of some processes during a stretch of load: the kernel's peak (VmHWM,
 * reset at the start so that start-up does not count) and, as a cross-check where the reset is not
 * allowed, the highest VmRSS seen by sampling every `intervalMs`.
 */
export class PeakMemory {
  private readonly sampled = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private resetOk = true;

  constructor(
    private readonly pids: Record<string, number>,
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    for (const [name, pid] of Object.entries(this.pids)) {
      this.resetOk = resetPeak(pid) && this.resetOk;
      this.sampled.set(name, readMemory(pid)?.rssKb ?? 0);
    }
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  private sample() {
    for (const [name, pid] of Object.entries(this.pids)) {
      const rss = readMemory(pid)?.rssKb ?? 0;
      if (rss > (this.sampled.get(name) ?? 0)) this.sampled.set(name, rss);
    }
  }

  /** Peak MB per process name since `start`. */
  stop(): Record<string, number> {
    clearInterval(this.timer);
    this.sample();
    const peaks: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids)) {
      const kernel = this.resetOk ? (readMemory(pid)?.peakKb ?? 0) : 0;
      peaks[name] = Math.round(Math.max(kernel, this.sampled.get(name) ?? 0) / 102.4) / 10;
    }
    return peaks;
  }
}
