import { ErrorCode, HubError } from '@hub/shared';
import { describe, expect, it } from 'vitest';
import { onderdrukGroepen, totaal } from '@hub/shared';
import { filterVanSleutel, normaliseerFilter, statistiekSleutel } from '../src/services/statistiek-filter.js';

const fout = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof HubError ? { code: err.code, message: err.message, field: err.extensions.field } : String(err);
  }
  return 'geen fout';
};

describe('k-anonymity', () => {
  const groepen = (...n: number[]) => n.map((aantal, i) => ({ g: i, aantal }));
  const getoond = (rows: Array<{ aantal: number | null; onderdrukt: boolean }>) => rows.map((r) => (r.onderdrukt ? 'x' : r.aantal));

  it('suppresses groups of 1 to k - 1 and shows empty ones', () => {
    expect(getoond(onderdrukGroepen(groepen(0, 1, 4, 5, 12), 5, false))).toEqual([0, 'x', 'x', 5, 12]);
    expect([totaal(0, 5), totaal(4, 5), totaal(5, 5)]).toEqual([0, null, 5]);
  });

  it('with a shown total, a single suppressed group takes the smallest other non-empty group with it', () => {
    expect(getoond(onderdrukGroepen(groepen(0, 3, 9, 7, 0), 5, true))).toEqual([0, 'x', 9, 'x', 0]);
    // Two suppressed groups already hide each other; without a total nothing can be computed back.
    expect(getoond(onderdrukGroepen(groepen(2, 3, 9, 7), 5, true))).toEqual(['x', 'x', 9, 7]);
    expect(getoond(onderdrukGroepen(groepen(3, 9, 7), 5, false))).toEqual(['x', 9, 7]);
    // Nothing else to hide behind: the total is then the group itself, which is below k too.
    expect(getoond(onderdrukGroepen(groepen(3, 0, 0), 5, true))).toEqual(['x', 0, 0]);
  });

  it('keeps the other properties of a group', () => {
    expect(onderdrukGroepen([{ fase: 'OPTIES', aantal: 2 }], 3, false)).toEqual([{ fase: 'OPTIES', aantal: null, onderdrukt: true }]);
  });
});

describe('the filter and its key', () => {
  it('normalises postcodes (sorted, without doubles) and writes a canonical key', () => {
    const filter = normaliseerFilter({ postcodes: [' 3010', '3000', '3010'], tot: '2026-02-28' });
    expect(filter).toEqual({ van: null, tot: '2026-02-28', postcodes: ['3000', '3010'] });
    expect(statistiekSleutel(filter)).toBe('{"van":null,"tot":"2026-02-28","postcodes":["3000","3010"]}');
    expect(statistiekSleutel(normaliseerFilter(undefined))).toBe('{"van":null,"tot":null,"postcodes":null}');
    expect(filterVanSleutel('{"van":null,"tot":"2026-02-28","postcodes":["3000","3010"]}')).toEqual(filter);
  });

  it.each([
    ['{"van":null,"tot":null}', 'sleutel'],
    ['{"van":null,"tot":null,"postcodes":null,"extra":1}', 'sleutel'],
    ['{"van":null,"tot":null,"postcodes":["3010","3000"]}', 'sleutel'],
    ['{"van":"2026-1-1","tot":null,"postcodes":null}', 'sleutel.van'],
    ['{"van":"2026-03-01","tot":"2026-02-01","postcodes":null}', 'sleutel.tot'],
    ['[]', 'sleutel'],
  ])('refuses the key %s (field %s)', (sleutel, field) => {
    expect(fout(() => filterVanSleutel(sleutel))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
  });
});
