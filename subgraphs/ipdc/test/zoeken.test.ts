import { HubError } from '@hub/shared';
import { describe, expect, it } from 'vitest';
import type { Product } from '../src/domain/product.js';
import { geldtIn, productFilter, zoekProducten, type ProductenArgs } from '../src/services/zoeken.js';

// The filters of Query.producten.

function product(id: string, fields: Partial<Product> = {}): Product {
  return {
    id,
    uri: `http://data.lblod.info/id/public-service/${id}`,
    naam: { nl: id },
    beschrijving: {},
    verdereBeschrijving: {},
    uitzonderingen: {},
    themas: [],
    doelgroepen: [],
    geografischToepassingsgebieden: [],
    zoektermen: {},
    websites: [],
    voorwaarden: [],
    procedures: [],
    kosten: [],
    financieleVoordelen: [],
    regelgeving: [],
    contactpunten: [],
    ...fields,
  };
}

const catalogus = [
  product('premie', {
    naam: { nl: 'Mijn VerbouwPremie', en: 'Renovation grant' },
    type: 'FINANCIEEL_VOORDEEL',
    themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
    doelgroepen: ['BURGER'],
    geografischToepassingsgebieden: ['BE2'],
    zoektermen: { nl: ['isolatie', 'warmtepomp'] },
  }),
  product('begeleiding', {
    naam: { 'nl-be-x-informal': 'Renovatiebegeleiding' },
    type: 'ADVIES_BEGELEIDING',
    themas: ['BOUWEN_WONEN'],
    doelgroepen: ['BURGER'],
    geografischToepassingsgebieden: ['BE24224062'],
  }),
  product('ondernemers', {
    naam: { nl: 'Ecologiepremie voor ondernemingen' },
    type: 'FINANCIEEL_VOORDEEL',
    themas: ['ECONOMIE_WERK'],
    doelgroepen: ['ONDERNEMING'],
    geografischToepassingsgebieden: ['BE24224062'],
  }),
  product('herent', {
    naam: { nl: 'Énergiescan Herent' },
    type: 'ADVIES_BEGELEIDING',
    themas: ['MILIEU_ENERGIE'],
    doelgroepen: ['BURGER'],
    geografischToepassingsgebieden: ['BE24224038'],
  }),
];

const ids = (args: ProductenArgs) => zoekProducten(catalogus, productFilter(args)).map((p) => p.id);

describe('zoekProducten', () => {
  it('lists everything alphabetically on the Dutch name when there is no filter', () => {
    expect(ids({})).toEqual(['ondernemers', 'herent', 'premie', 'begeleiding']);
  });

  it('filters on thema, type and doelgroep, combined', () => {
    expect(ids({ thema: 'BOUWEN_WONEN' })).toEqual(['premie', 'begeleiding']);
    expect(ids({ type: 'FINANCIEEL_VOORDEEL' })).toEqual(['ondernemers', 'premie']);
    expect(ids({ doelgroep: 'ONDERNEMING' })).toEqual(['ondernemers']);
    expect(ids({ type: 'FINANCIEEL_VOORDEEL', doelgroep: 'BURGER', thema: 'MILIEU_ENERGIE' })).toEqual(['premie']);
    expect(ids({ thema: 'WELZIJN_GEZONDHEID' })).toEqual([]);
  });

  it('finds products of a gemeente, including those of a larger area that contains it', () => {
    expect(ids({ gemeente: 'BE24224062' })).toEqual(['ondernemers', 'premie', 'begeleiding']);
    expect(ids({ gemeente: ' be24224038 ' })).toEqual(['herent', 'premie']);
    expect(ids({ gemeente: 'BE23444021' })).toEqual(['premie']);
  });

  it('searches name and keywords in every language, ignoring case and accents, all words', () => {
    expect(ids({ zoekterm: 'premie' })).toEqual(['ondernemers', 'premie']);
    expect(ids({ zoekterm: 'WARMTEPOMP' })).toEqual(['premie']);
    expect(ids({ zoekterm: 'grant' })).toEqual(['premie']);
    expect(ids({ zoekterm: 'energiescan' })).toEqual(['herent']);
    expect(ids({ zoekterm: 'renovatie begeleiding' })).toEqual(['begeleiding']);
    expect(ids({ zoekterm: 'renovatie lening' })).toEqual([]);
  });

  it('pages with limiet and vanaf', () => {
    expect(ids({ limiet: 2 })).toEqual(['ondernemers', 'herent']);
    expect(ids({ limiet: 2, vanaf: 2 })).toEqual(['premie', 'begeleiding']);
    expect(ids({ vanaf: 10 })).toEqual([]);
  });
});

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
  });

  it('accepts null for every optional argument (as GraphQL passes them)', () => {
    expect(productFilter({ thema: null, type: null, doelgroep: null, gemeente: null, zoekterm: null, limiet: null, vanaf: null })).toEqual({
      woorden: [],
      limiet: 100,
      vanaf: 0,
    });
  });
});

describe('geldtIn', () => {
  it('follows the NUTS/LAU nesting of Leuven', () => {
    const leuven = 'BE24224062';
    for (const gebied of ['BE', 'BE2', 'BE24', 'BE242', 'BE24224062']) {
      expect(geldtIn(product('x', { geografischToepassingsgebieden: [gebied] }), leuven)).toBe(true);
    }
    for (const gebied of ['BE1', 'BE23', 'BE241', 'BE24224038', 'BE242240621']) {
      expect(geldtIn(product('x', { geografischToepassingsgebieden: [gebied] }), leuven)).toBe(false);
    }
  });
});
