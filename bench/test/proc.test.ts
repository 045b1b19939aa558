import { describe, expect, it } from 'vitest';
import { parseStat, parseStatus, PeakMemory, readCpuMs, readMemory } from '../src/proc.js';

describe('process figures from /proc', () => {
  it('reads resident memory and its peak from a status text', () => {
    const status = 'Name:\tnode\nVmHWM:\t  512000 kB\nVmRSS:\t  400000 kB\nThreads:\t7\n';
    expect(parseStatus(status)).toEqual({ rssKb: 400000, peakKb: 512000 });
    expect(parseStatus('Name:\tkthreadd\n')).toBeUndefined();
  });

  it('reads user and system CPU time from a stat line, also when the command has spaces', () => {
    const stat = '1234 (node my hub) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 100 1000 200';
    expect(parseStat(stat)).toBe(3000);
  });

  it('measures this process', () => {
    const memory = readMemory(process.pid)!;
    expect(memory.rssKb).toBeGreaterThan(10_000);
    expect(memory.peakKb).toBeGreaterThanOrEqual(memory.rssKb);
    expect(readCpuMs(process.pid)).toBeGreaterThan(0);
    expect(readMemory(2 ** 30)).toBeUndefined();
  });

  it('sees the peak of a stretch of work', async () => {
    const meter = new PeakMemory({ self: process.pid }, 10);
    meter.start();
    const ballast = Buffer.alloc(64 * 1024 * 1024, 1);
    await new Promise((r) => setTimeout(r, 50));
    const peaks = meter.stop();
    expect(ballast.length).toBe(64 * 1024 * 1024);
    expect(peaks.self).toBeGreaterThan(64);
  });
});
