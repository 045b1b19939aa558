import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../src/loaders.js';
import { epcLabelCijfers, mediaan, type EpcUitkomsten } from '../src/services/epc-statistiek.js';

/** A count of outcomes: labels by VEKA's order (A+ first), then the other groups. */
function telling(perLabel: Partial<EpcUitkomsten['perLabel']>, zonderGeldigEpc: number, onbekend: number, energiescores: number[] = []): EpcUitkomsten {
  return { perLabel: { A_PLUS: 0, A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, ...perLabel }, zonderGeldigEpc, onbekend, energiescores };
}
const rij = (...aantallen: Array<number | null>) => aantallen.map((aantal) => ({ aantal, onderdrukt: aantal === null }));
const labelsVan = (cijfers: ReturnType<typeof epcLabelCijfers>) => cijfers.perLabel.map(({ aantal, onderdrukt }) => ({ aantal, onderdrukt }));

describe('the EPC label figures as shown (k-anonymity of the dossier subgraph)', () => {
  it('shows everything with threshold 1', () => {
    const cijfers = epcLabelCijfers(telling({ A_PLUS: 1, F: 2 }, 1, 1, [-5, 510, 530]), 1);
    expect(cijfers).toEqual({
      aantalWoningen: 5,
      perLabel: ['A_PLUS', 'A', 'B', 'C', 'D', 'E', 'F'].map((label, i) => ({ label, ...rij(1, 0, 0, 0, 0, 0, 2)[i]! })),
      zonderGeldigEpc: { aantal: 1, onderdrukt: false },
      onbekend: { aantal: 1, onderdrukt: false },
      mediaanEnergiescore: 510,
    });
  });

  it('suppresses no second group when two groups are already suppressed', () => {
    const cijfers = epcLabelCijfers(telling({ B: 1, C: 5, D: 2 }, 6, 0, [150, 210, 220, 230, 240, 250, 320, 330]), 3);
    expect(labelsVan(cijfers)).toEqual(rij(0, 0, null, 5, null, 0, 0));
    expect([cijfers.aantalWoningen, cijfers.zonderGeldigEpc, cijfers.onbekend]).toEqual([14, { aantal: 6, onderdrukt: false }, { aantal: 0, onderdrukt: false }]);
  });

  it('suppresses the smallest other group, also a group without label, when exactly one is suppressed and the total is shown', () => {
    const cijfers = epcLabelCijfers(telling({ C: 9, E: 4 }, 3, 1, [200, 210, 220, 230, 240, 250, 260, 270, 280, 400, 410, 420, 430]), 3);
    expect(labelsVan(cijfers)).toEqual(rij(0, 0, 0, 9, 0, 4, 0));
    expect(cijfers.zonderGeldigEpc).toEqual({ aantal: null, onderdrukt: true });
    expect(cijfers.onbekend).toEqual({ aantal: null, onderdrukt: true });
    expect(cijfers.aantalWoningen).toBe(17);
  });

  it('gives the median only over at least `drempel` homes with a valid EPC, rounded to 0.1', () => {
    expect(epcLabelCijfers(telling({ B: 2 }, 10, 0, [101.26, 180.31]), 3).mediaanEnergiescore).toBeNull();
    expect(epcLabelCijfers(telling({ B: 3 }, 10, 0, [101.26, 180.31, 120.04]), 3).mediaanEnergiescore).toBe(120);
    expect(epcLabelCijfers(telling({ B: 4 }, 10, 0, [101.26, 180.31, 120.04, 130.13]), 3).mediaanEnergiescore).toBe(125.1);
    expect(mediaan([3, 1, 2])).toBe(2);
    expect(mediaan([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('concurrencyLimit', () => {
  it('runs at most `max` tasks at a time, the others in order, and passes results and failures through', async () => {
    const limit = concurrencyLimit(2);
    let actief = 0;
    let hoogste = 0;
    const gestart: number[] = [];
    const taak = (i: number) => async () => {
      gestart.push(i);
      actief += 1;
      hoogste = Math.max(hoogste, actief);
      await new Promise((r) => setTimeout(r, 5));
      actief -= 1;
      if (i === 3) throw new Error('taak 3 faalt');
      return i * 10;
    };

    const uitkomsten = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => limit(taak(i))));

    expect(uitkomsten.map((u) => (u.status === 'fulfilled' ? u.value : (u.reason as Error).message))).toEqual([0, 10, 20, 'taak 3 faalt', 40, 50]);
    expect(hoogste).toBe(2);
    expect(gestart).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => concurrencyLimit(0)).toThrow('concurrency limit must be a positive integer, got 0');
  });
});
