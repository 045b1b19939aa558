import { describe, expect, it } from 'vitest';
import { InstantieLd, SnapshotPageLd } from '../src/clients/ipdc-schemas.js';
import { instantieToVersie, snapshotToProductSnapshot, type UnknownCode } from '../src/clients/mapping.js';
import { nieuwstePerProduct } from '../src/domain/snapshots.js';
import { referenceFile } from './helpers.js';

// The mapping from IPDC's JSON-LD to the hub's products, on the real contract samples.

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const lower = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
const PS = 'http://data.lblod.info/id/public-service/';

const empty = {
  verdereBeschrijving: {},
  uitzonderingen: {},
  zoektermen: {},
  websites: [],
  voorwaarden: [],
  procedures: [],
  kosten: [],
  financieleVoordelen: [],
  regelgeving: [],
  contactpunten: [],
};

function collect() {
  const unknown: UnknownCode[] = [];
  return { unknown, report: (u: UnknownCode) => unknown.push(u) };
}

describe('GET /doc/instantie/{uuid} (ipdc-doc-instantie-e8843fda.jsonld)', () => {
  it('maps the instance document to a product', () => {
    const raw = referenceFile<Raw>('ipdc-doc-instantie-e8843fda.jsonld');
    const { unknown, report } = collect();
    expect(instantieToVersie(InstantieLd.parse(raw), report)).toEqual({
      gearchiveerd: false,
      product: {
        ...empty,
        id: 'e8843fda-b3a8-4334-905c-8e49eb12203b',
        uri: `${PS}e8843fda-b3a8-4334-905c-8e49eb12203b`,
        productnummer: '44679',
        naam: {
          nl: 'Volledig ingevulde test om contract tussen ipdc en lpdc te testen',
          'nl-be-x-formal': 'Volledig ingevulde test om contract tussen ipdc en lpdc te testen',
          'nl-be-x-generated-informal': 'Volledig ingevulde test om contract tussen ipdc en lpdc te testen - informal',
          en: 'titel en',
        },
        beschrijving: lower(raw.beschrijving),
        type: 'ADVIES_BEGELEIDING',
        themas: ['BURGER_OVERHEID'],
        doelgroepen: ['BURGER', 'VERENIGING', 'VLAAMSE_OVERHEID'],
        geografischToepassingsgebieden: ['BE24224020'],
        geldigVanaf: '2024-03-12T12:00:00Z',
        geldigTot: '2024-09-21T12:00:00Z',
        laatstGewijzigd: '2024-04-24T14:09:32.778Z',
      },
    });
    expect(unknown).toEqual([]);
  });
});

describe('instance snapshot feed (instancesnapshot-ldes-page-{0,1,2}.json)', () => {
  const pages = [0, 1, 2].map((n) => SnapshotPageLd.parse(referenceFile(`instancesnapshot-ldes-page-${n}.json`)));

  it('reads the paging relations of every page', () => {
    expect(pages.map((p) => p.view.relation.map((r) => [r['@type'], r.node]))).toEqual([
      [['GreaterThanOrEqualToRelation', 'http://hostname/doc/instancesnapshot?pageNumber=1']],
      [
        ['LessThanOrEqualToRelation', 'http://hostname/doc/instancesnapshot?pageNumber=0'],
        ['GreaterThanOrEqualToRelation', 'http://hostname/doc/instancesnapshot?pageNumber=2'],
      ],
      [['LessThanOrEqualToRelation', 'http://hostname/doc/instancesnapshot?pageNumber=1']],
    ]);
  });

  it('maps the fully filled instance of page 1, with every part in the provider order', () => {
    const raw = referenceFile<Raw>('instancesnapshot-ldes-page-1.json').member[0];
    const { unknown, report } = collect();
    const tekstblok = (b: Raw) => ({ naam: lower(b.naam), beschrijving: lower(b.beschrijving) });
    const website = (w: Raw) => ({ ...tekstblok(w), url: w.url });
    expect(snapshotToProductSnapshot(pages[1]!.member[0]!, report)).toEqual({
      snapshotUri: 'http://data.lblod.info/id/public-service-snapshot/6e9334cb-272c-443d-8b0a-1b02149a5127',
      generatedAtTime: '2024-02-28T02:16:39.134Z',
      gearchiveerd: false,
      product: {
        id: 'c31c343e-836c-4674-8efa-991cc2078493',
        uri: `${PS}c31c343e-836c-4674-8efa-991cc2078493`,
        naam: { en: 'Certificate of Belgian nationality', 'nl-be-x-informal': 'Akte van Belgische nationaliteit' },
        beschrijving: lower(raw.beschrijving),
        verdereBeschrijving: lower(raw.verdereBeschrijving),
        uitzonderingen: { en: '<p data-indentation-level="0">Exceptions</p>', 'nl-be-x-informal': '<p data-indentation-level="0">uitzonderingen</p>' },
        type: 'FINANCIEEL_VOORDEEL',
        themas: ['BURGER_OVERHEID', 'CULTUUR_SPORT_VRIJE_TIJD'],
        doelgroepen: ['BURGER', 'ONDERNEMING'],
        geografischToepassingsgebieden: ['BE234', 'BE23444021'],
        geldigVanaf: '2020-08-26T11:40:20.026205Z',
        geldigTot: '2025-07-12T11:40:20.026205Z',
        laatstGewijzigd: '2024-02-14T13:59:25.237Z',
        zoektermen: { nl: ['Akte', 'Nationaliteit'] },
        websites: raw.websites.map(website),
        voorwaarden: raw.voorwaarden.map((v: Raw) => ({ ...tekstblok(v), bewijs: tekstblok(v.bewijs) })),
        procedures: raw.procedures.map((p: Raw) => ({ ...tekstblok(p), websites: p.websites.map(website) })),
        kosten: raw.kosten.map(tekstblok),
        financieleVoordelen: raw.financieleVoordelen.map(tekstblok),
        regelgeving: raw.regelgeving.map((r: Raw) => ({ ...tekstblok(r), url: r.url })),
        contactpunten: [
          {
            email: 'info@gent.be1',
            telefoonnummer: '04123456781',
            url: 'https://www.gent.be1',
            openingsuren: '24/24 - 1',
            adres: { straatnaam: 'Burggravenlaan', huisnummer: '1', busnummer: 'a', postcode: '9000', gemeentenaam: 'Gent', land: 'België' },
          },
          {
            email: 'info@gent.be2',
            telefoonnummer: '04123456782',
            url: 'https://www.gent.be2',
            openingsuren: '24/24 - 2',
            adres: { straatnaam: 'Burggravenlaantje', huisnummer: '15', busnummer: 'b', postcode: '8000', gemeentenaam: 'Gent-Sint-Pieter', land: 'België' },
          },
        ],
      },
    });
    expect(unknown).toEqual([]);
  });

  it('keeps the newest snapshot per product, archived or not, with its position', () => {
    const snapshots = pages.flatMap((p) => p.member.map((m) => snapshotToProductSnapshot(m, () => undefined)));
    expect(snapshots.map((s) => [s.product.id, s.generatedAtTime, s.gearchiveerd])).toEqual([
      ['c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3', '2024-02-18T06:32:10.377Z', false],
      ['c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3', '2024-02-20T07:32:10.377Z', false],
      ['c17b67ac-c518-4f98-b73c-53b3c068ad21', '2024-02-27T06:32:10.377Z', false],
      ['c31c343e-836c-4674-8efa-991cc2078493', '2024-02-28T02:16:39.134Z', false],
      ['2e018424-7af6-4798-8026-0e627a8694d8', '2024-03-01T06:32:10.377Z', false],
      ['2e018424-7af6-4798-8026-0e627a8694d8', '2024-03-02T06:32:10.377Z', true],
      ['ad3abd4f-d4aa-4e92-99e4-ef2dc2376bf6', '2024-02-29T14:32:10.377Z', false],
      ['645dcaec-7f27-44b7-85ba-b3ffe58c6328', '2024-03-19T10:50:10.377Z', false],
    ]);
    expect(nieuwstePerProduct(snapshots).map(({ snapshot: s, positie }) => [s.product.id, positie, s.gearchiveerd, s.product.naam])).toEqual([
      ['c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3', 1, false, { 'nl-be-x-informal': 'Minimalistische instantie updatet' }],
      ['c17b67ac-c518-4f98-b73c-53b3c068ad21', 2, false, { 'nl-be-x-informal': 'Essentiële instantie' }],
      ['c31c343e-836c-4674-8efa-991cc2078493', 3, false, { en: 'Certificate of Belgian nationality', 'nl-be-x-informal': 'Akte van Belgische nationaliteit' }],
      ['2e018424-7af6-4798-8026-0e627a8694d8', 5, true, { 'nl-be-x-informal': 'Instantie die gearchiveerd is' }],
      ['ad3abd4f-d4aa-4e92-99e4-ef2dc2376bf6', 6, false, { 'nl-be-x-informal': 'Toelating voor losse standplaats op een openbare markt' }],
      ['645dcaec-7f27-44b7-85ba-b3ffe58c6328', 7, false, { 'nl-be-x-informal': 'Registerplicht' }],
    ]);
  });

  it('decides on generatedAtTime, not on the order in the feed (a tie goes to the later one)', () => {
    const [older, newer] = pages[0]!.member.map((m) => snapshotToProductSnapshot(m, () => undefined));
    const naam = (list: Parameters<typeof nieuwstePerProduct>[0]) => nieuwstePerProduct(list).map(({ snapshot: s, positie }) => [positie, s.product.naam]);
    expect(naam([newer!, older!])).toEqual([[0, { 'nl-be-x-informal': 'Minimalistische instantie updatet' }]]);
    const tie = { ...older!, generatedAtTime: newer!.generatedAtTime };
    expect(naam([newer!, tie])).toEqual([[1, { 'nl-be-x-informal': 'Minimalistische instantie' }]]);
  });
});

describe('codes and variants in the wild', () => {
  const base = referenceFile<Raw>('ipdc-doc-instantie-e8843fda.jsonld');

  it('understands codes written as concept IRIs and NUTS codes written as IRIs', () => {
    const raw = {
      ...base,
      type: 'https://productencatalogus.data.vlaanderen.be/id/concept/Type/FinancieelVoordeel',
      themas: ['https://productencatalogus.data.vlaanderen.be/id/concept/Thema/BouwenWonen', 'MilieuEnergie'],
      doelgroepen: ['https://productencatalogus.data.vlaanderen.be/id/concept/Doelgroep/LokaalBestuur'],
      geografischToepassingsgebieden: ['http://data.europa.eu/nuts/code/BE24224062', 'BE2'],
    };
    const { product } = instantieToVersie(InstantieLd.parse(raw), () => undefined);
    expect([product.type, product.themas, product.doelgroepen, product.geografischToepassingsgebieden]).toEqual([
      'FINANCIEEL_VOORDEEL',
      ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
      ['LOKAAL_BESTUUR'],
      ['BE24224062', 'BE2'],
    ]);
  });

  it('skips unknown codes and reports each of them', () => {
    const raw = { ...base, type: 'Subsidie', themas: ['BouwenWonen', 'Klimaat'], doelgroepen: ['Burger', 'Huurder'] };
    const { unknown, report } = collect();
    const { product } = instantieToVersie(InstantieLd.parse(raw), report);
    expect([product.type, product.themas, product.doelgroepen]).toEqual([undefined, ['BOUWEN_WONEN'], ['BURGER']]);
    const productId = 'e8843fda-b3a8-4334-905c-8e49eb12203b';
    expect(unknown).toEqual([
      { list: 'type', code: 'Subsidie', productId },
      { list: 'thema', code: 'Klimaat', productId },
      { list: 'doelgroep', code: 'Huurder', productId },
    ]);
  });

  it('puts parts in the provider order (sh:order); parts without an order come last, in document order', () => {
    const site = (url: string, order?: number) => ({ '@type': 'Website', naam: { nl: url }, url, ...(order === undefined ? {} : { order }) });
    const raw = { ...base, websites: [site('https://c'), site('https://b', 1), site('https://d'), site('https://a', 0)] };
    const { product } = instantieToVersie(InstantieLd.parse(raw), () => undefined);
    expect(product.websites).toEqual([
      { naam: { nl: 'https://a' }, beschrijving: {}, url: 'https://a' },
      { naam: { nl: 'https://b' }, beschrijving: {}, url: 'https://b' },
      { naam: { nl: 'https://c' }, beschrijving: {}, url: 'https://c' },
      { naam: { nl: 'https://d' }, beschrijving: {}, url: 'https://d' },
    ]);
  });

  it('reads gearchiveerd as a JSON boolean or as the string the feed uses', () => {
    expect(InstantieLd.parse({ ...base, gearchiveerd: true }).gearchiveerd).toBe(true);
    expect(InstantieLd.parse({ ...base, gearchiveerd: 'true' }).gearchiveerd).toBe(true);
    expect(InstantieLd.parse({ ...base, gearchiveerd: 'false' }).gearchiveerd).toBe(false);
    const { gearchiveerd: _omitted, ...withoutFlag } = base;
    expect(InstantieLd.parse(withoutFlag).gearchiveerd).toBe(false);
  });

  it('refuses documents that break the contract', () => {
    const issues = (value: unknown) => InstantieLd.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ ...base, '@id': 'http://data.lblod.info/id/public-service/not-a-uuid' })).toEqual(['@id: must be an IRI ending in a uuid']);
    expect(issues({ ...base, naam: {} })).toEqual(['naam: a product that is not archived needs a name']);
    expect(issues({ ...base, naam: {}, gearchiveerd: true })).toBeUndefined();
    expect(issues({ ...base, gearchiveerd: 'misschien' })).toHaveLength(1);
    expect(issues({ ...base, themas: 'BouwenWonen' })).toEqual(['themas: Invalid input: expected array, received string']);
  });
});
