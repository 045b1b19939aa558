import { HubError } from '@hub/shared';
import { describe, expect, it } from 'vitest';
import { gebiedEnOmvattende, productFilter, type ProductenArgs } from '../src/services/zoeken.js';

// The arguments of Query.producten, checked and normalised before the replica is read (the filters
// themselves run in SQL: see replica.test.ts).

describe('productFilter', () => {
  const refusal = (args: ProductenArgs) => {
    try {
      productFilter(args);
    } catch (err) {
      return err instanceof HubError ? { code: err.code, message: err.message, extensions: err.extensions } : err;
    }
    return undefined;
  };

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', () => {
    expect(refusal({ gemeente: 'Leuven' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'gemeente moet een Belgische NUTS- of LAU-code zijn, bv. BE24224062 voor Leuven.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'gemeente' },
    });
    expect(refusal({ zoekterm: ' a ' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'zoekterm moet 2 tot 100 tekens lang zijn.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'zoekterm' },
    });
    expect(refusal({ limiet: 0 })).toEqual({ code: 'BAD_USER_INPUT', message: 'limiet moet tussen 1 en 500 liggen.', extensions: { code: 'BAD_USER_INPUT', argument: 'limiet' } });
    expect(refusal({ limiet: 501 })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'limiet' } });
    expect(refusal({ vanaf: -1 })).toEqual({ code: 'BAD_USER_INPUT', message: 'vanaf mag niet negatief zijn.', extensions: { code: 'BAD_USER_INPUT', argument: 'vanaf' } });
    for (const geldigOp of ['15/03/2026', '2026-3-15', '2026-02-29', '2026-13-01']) {
      expect(refusal({ geldigOp }), geldigOp).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'geldigOp moet een datum zijn als JJJJ-MM-DD, bv. 2026-03-15.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'geldigOp' },
      });
    }
  });

  it('accepts null for every optional argument (as GraphQL passes them)', () => {
    expect(
      productFilter({ thema: null, type: null, doelgroep: null, gemeente: null, geldigOp: null, zoekterm: null, zoektaal: null, limiet: null, vanaf: null }),
    ).toEqual({ woorden: [], zoektaal: 'ALLE', limiet: 100, vanaf: 0 });
  });

  it('normalises what it accepts: areas, a leap day, search words without case, accents or repeats', () => {
    expect(
      productFilter({ thema: 'BOUWEN_WONEN', gemeente: ' be24224062 ', geldigOp: '2028-02-29', zoekterm: '  Prémie  premie ISOLATIE ', zoektaal: 'EN', limiet: 5, vanaf: 10 }),
    ).toEqual({
      thema: 'BOUWEN_WONEN',
      gebieden: ['BE', 'BE2', 'BE24', 'BE242', 'BE2422', 'BE24224', 'BE242240', 'BE2422406', 'BE24224062'],
      geldigOp: '2028-02-29',
      woorden: ['premie', 'isolatie'],
      zoektaal: 'EN',
      limiet: 5,
      vanaf: 10,
    });
  });
});

describe('gebiedEnOmvattende', () => {
  it('gives a gemeente with every larger area of the NUTS/LAU nesting that contains it', () => {
    expect(gebiedEnOmvattende('BE24224062')).toEqual(['BE', 'BE2', 'BE24', 'BE242', 'BE2422', 'BE24224', 'BE242240', 'BE2422406', 'BE24224062']);
    expect(gebiedEnOmvattende('be2')).toEqual(['BE', 'BE2']);
    expect(gebiedEnOmvattende('BE')).toEqual(['BE']);
  });
});
