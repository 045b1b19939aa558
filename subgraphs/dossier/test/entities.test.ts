import { DEMO_WONINGEN } from '@hub/shared/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { C, DEMO_IDS, FATIMA, NOT_EXISTING_ID, refused, unauthenticated } from './fixtures.js';

let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph();
});
afterAll(() => s?.close());

// `_entities` starts at line 1, column 24 of every query here.
const entities = (selection: string) => `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
const ref = (__typename: string, id: string) => ({ __typename, id });

describe('_entities: Dossier (what the premies subgraph @requires)', () => {
  const QUERY = entities('... on Dossier { id burger { id } maatregelen { id categorie oppervlakteM2 bedragExclBtw } }');
  const AN = {
    id: DEMO_IDS.dossierAn,
    burger: { id: DEMO_IDS.burgerAn },
    maatregelen: [
      { id: C.maatregelAnDak, categorie: 'DAK', oppervlakteM2: 80, bedragExclBtw: 9000 },
      { id: C.maatregelAnRamen, categorie: 'RAMEN_EN_DEUREN', oppervlakteM2: null, bedragExclBtw: 7800 },
      { id: C.maatregelAnWarmtepomp, categorie: 'WARMTEPOMP', oppervlakteM2: null, bedragExclBtw: 15400 },
    ],
  };
  const YOUSSEF = { id: DEMO_IDS.dossierYoussef, burger: { id: DEMO_IDS.burgerYoussef }, maatregelen: [] };
  const representations = [ref('Dossier', DEMO_IDS.dossierAn), ref('Dossier', DEMO_IDS.dossierYoussef)];

  it('the SPOC resolves every reference', async () => {
    const res = await s.gql('spoc', QUERY, { r: representations });
    expect(res.body).toEqual({ data: { _entities: [AN, YOUSSEF] } });
  });

  it('a citizen resolves only their own dossier: references do not bypass the rules', async () => {
    const res = await s.gql('burger', QUERY, { r: [...representations, ref('Dossier', NOT_EXISTING_ID)] });
    expect(res.body).toEqual({
      data: { _entities: [AN, null, null] },
      errors: [refused(['_entities', 1], 1, 24), refused(['_entities', 2], 1, 24)],
    });
  });

  it('an anonymous caller must log in', async () => {
    const res = await s.gql('anoniem', QUERY, { r: representations.slice(0, 1) });
    expect(res.body).toEqual({ data: { _entities: [null] }, errors: [unauthenticated(['_entities', 0], 1, 24)] });
  });
});

describe('_entities: Burger, Maatregel and Vraag', () => {
  it('Burger: the coach resolves the citizens of her dossiers only', async () => {
    const res = await s.gql('renovatiebegeleider', entities('... on Burger { id voornaam achternaam }'), {
      r: [ref('Burger', DEMO_IDS.burgerAn), ref('Burger', DEMO_IDS.burgerYoussef), ref('Burger', DEMO_IDS.burgerMarc)],
    });
    expect(res.body).toEqual({
      data: {
        _entities: [
          { id: DEMO_IDS.burgerAn, voornaam: 'An', achternaam: 'Peeters' },
          null,
          { id: DEMO_IDS.burgerMarc, voornaam: 'Marc', achternaam: 'Vermeulen' },
        ],
      },
      errors: [refused(['_entities', 1], 1, 24)],
    });
  });

  it('Maatregel: visible to whoever may see its dossier', async () => {
    const query = entities('... on Maatregel { id categorie status oppervlakteM2 bedragExclBtw }');
    const r = [ref('Maatregel', C.maatregelAnDak), ref('Maatregel', C.maatregelElsRamen)];
    const dak = { id: C.maatregelAnDak, categorie: 'DAK', status: 'OFFERTE', oppervlakteM2: 80, bedragExclBtw: 9000 };
    const ramen = { id: C.maatregelElsRamen, categorie: 'RAMEN_EN_DEUREN', status: 'OFFERTE', oppervlakteM2: 14.5, bedragExclBtw: 6200 };
    expect((await s.gql('energieconsulent', query, { r })).body).toEqual({ data: { _entities: [dak, ramen] } });
    expect((await s.gql('burger', query, { r })).body).toEqual({ data: { _entities: [dak, null] }, errors: [refused(['_entities', 1], 1, 24)] });
    expect((await s.gql('burger2', query, { r })).body).toEqual({
      data: { _entities: [null, null] },
      errors: [refused(['_entities', 0], 1, 24), refused(['_entities', 1], 1, 24)],
    });
  });

  it('Vraag: the citizen who asked, the back office, and the coach of its dossier', async () => {
    const query = entities('... on Vraag { id kanaal }');
    const r = [ref('Vraag', C.vraagAn), ref('Vraag', C.vraagFatima)];
    expect((await s.gql('spoc', query, { r })).body).toEqual({
      data: { _entities: [{ id: C.vraagAn, kanaal: 'EMAIL' }, { id: C.vraagFatima, kanaal: 'CONTACTFORMULIER' }] },
    });
    expect((await s.gql(FATIMA, query, { r })).body).toEqual({
      data: { _entities: [null, { id: C.vraagFatima, kanaal: 'CONTACTFORMULIER' }] },
      errors: [refused(['_entities', 0], 1, 24)],
    });
    expect((await s.gql('renovatiebegeleider', query, { r })).body).toEqual({
      data: { _entities: [{ id: C.vraagAn, kanaal: 'EMAIL' }, null] },
      errors: [refused(['_entities', 1], 1, 24)],
    });
  });
});

describe('_entities: Woning', () => {
  const HOMES = [...DEMO_WONINGEN.map((w) => w.adresId), '9999999'];
  const woningen = HOMES.map((adresId) => ({ __typename: 'Woning', adresId }));
  const toegang = (allowed: string[]) => HOMES.map((adresId) => ({ adresId, heeftToegang: allowed.includes(adresId) }));
  const QUERY = entities('... on Woning { adresId heeftToegang }');

  it.each([
    ['spoc', HOMES],
    ['energieconsulent', HOMES],
    ['stadsdienst', HOMES],
    ['burger', ['3000120']],
    ['burger2', ['3010250']],
    ['renovatiebegeleider', ['3000120', '3001017']],
    // Dialoog: Marc's home, for which he shares WONINGGEGEVENS with Dialoog (demo-klantreis.ts).
    ['partner', ['3001017']],
    ['analist', []],
    ['burgerprofiel', []],
    ['anoniem', []],
  ])('heeftToegang for %s', async (who, allowed) => {
    const res = await s.gql(who, QUERY, { r: woningen });
    expect(res.body).toEqual({ data: { _entities: toegang(allowed) } });
  });

  it('a citizen with only a question (no dossier) may see that home', async () => {
    const res = await s.gql(FATIMA, QUERY, { r: woningen });
    expect(res.body).toEqual({ data: { _entities: toegang(['3018031']) } });
  });

  it('decides all homes of a request with one SQL query, and none for the back office', async () => {
    s.queries.reset();
    await s.gql('burger', QUERY, { r: woningen });
    expect(s.queries.count).toBe(1);
    s.queries.reset();
    await s.gql('renovatiebegeleider', QUERY, { r: woningen });
    expect(s.queries.count).toBe(1);
    s.queries.reset();
    await s.gql('spoc', QUERY, { r: woningen });
    expect(s.queries.count).toBe(0);
  });

  it('Woning.dossiers lists the visible dossiers of each home, in one query for all homes', async () => {
    const query = entities('... on Woning { adresId dossiers { referentie } }');
    const r = woningen.slice(0, 3);
    s.queries.reset();
    expect((await s.gql('spoc', query, { r })).body).toEqual({
      data: {
        _entities: [
          { adresId: '3000120', dossiers: [{ referentie: 'REN-2026-000003' }] },
          { adresId: '3010250', dossiers: [{ referentie: 'REN-2026-000005' }] },
          { adresId: '3001017', dossiers: [{ referentie: 'REN-2026-000004' }] },
        ],
      },
    });
    // One query for the dossiers of all homes, and the audit log's one INSERT of the dossiers read.
    expect(s.queries.count).toBe(2);
    expect((await s.gql('burger', query, { r })).body).toEqual({
      data: {
        _entities: [
          { adresId: '3000120', dossiers: [{ referentie: 'REN-2026-000003' }] },
          { adresId: '3010250', dossiers: [] },
          { adresId: '3001017', dossiers: [] },
        ],
      },
    });
  });

  it('Woning.dossiers is refused to roles without dossier access', async () => {
    const res = await s.gql('analist', entities('... on Woning { adresId dossiers { id } }'), { r: woningen.slice(0, 1) });
    expect(res.body).toEqual({ data: { _entities: [null] }, errors: [refused(['_entities', 0, 'dossiers'], 1, 81)] });
  });
});
