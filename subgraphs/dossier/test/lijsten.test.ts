import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C, DEMO_IDS } from './fixtures.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { fout, klok, momentopname } from './traject-support.js';

let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: klok });
});
afterAll(() => s?.close());

/*
 * The back-office list on the demo world, as stated by hand (list order: last changed first):
 *   REN-2026-000003 An Peeters      FINANCIEREN          LOPEND     Lies  3000 Tiensestraat 120        next action 2026-03-09
 *   REN-2026-000004 Marc Vermeulen  OPTIES               LOPEND     Lies  3001 Naamsesteenweg 17       next action 2026-02-27 (overdue)
 *   REN-2025-000002 Els Jacobs      LEVERANCIERS         LOPEND     Wim   3000 Brusselsestraat 44 bus 2 next action 2026-03-05
 *   REN-2026-000005 Youssef El Amrani CONTACTNAME        LOPEND     -     3010 Diestsesteenweg 250
 *   REN-2025-000001 Koen Willems    UITVOEREN_EN_BETALEN AFGESLOTEN Wim   3012 Aarschotsesteenweg 8
 * The SPOC of all of them is Sofie. The clock is the reference moment, 2 March 2026.
 */
const AN = 'REN-2026-000003';
const MARC = 'REN-2026-000004';
const ELS = 'REN-2025-000002';
const YOUSSEF = 'REN-2026-000005';
const KOEN = 'REN-2025-000001';

const LIJST = `query ($filter: DossierFilter, $zoek: String, $first: Int, $after: String) { dossiers(filter: $filter, zoek: $zoek, first: $first, after: $after) { totalCount pageInfo { hasNextPage } edges { node { referentie } } } }`;

async function lijst(who: string, variables: Record<string, unknown>) {
  const res = await s.gql<{ dossiers: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { referentie: string } }> } }>(
    who,
    LIJST,
    variables,
  );
  return res.body;
}

const pagina = (referenties: string[], totalCount = referenties.length, hasNextPage = false) => ({
  data: { dossiers: { totalCount, pageInfo: { hasNextPage }, edges: referenties.map((referentie) => ({ node: { referentie } })) } },
});

describe('filters', () => {
  it.each([
    ['no filter', {}, [AN, MARC, ELS, YOUSSEF, KOEN]],
    ['fase', { filter: { fase: ['OPTIES', 'FINANCIEREN'] } }, [AN, MARC]],
    ['status', { filter: { status: ['AFGESLOTEN', 'STOPGEZET'] } }, [KOEN]],
    ['assignee (SPOC or coach)', { filter: { toegewezenAan: 'stad-lies.wouters' } }, [AN, MARC]],
    ['assignee, who is the SPOC of all', { filter: { toegewezenAan: 'stad-sofie.claes' } }, [AN, MARC, ELS, YOUSSEF, KOEN]],
    ['coach', { filter: { renovatiebegeleider: 'stad-wim.verbeke' } }, [ELS, KOEN]],
    ['SPOC nobody is', { filter: { spoc: 'stad-niemand' } }, []],
    ['postcode', { filter: { postcode: ['3000'] } }, [AN, ELS]],
    ['postcodes', { filter: { postcode: ['3000', '3012'] } }, [AN, ELS, KOEN]],
    ['overdue', { filter: { achterstallig: true } }, [MARC]],
    ['not overdue', { filter: { achterstallig: false } }, [AN, ELS, YOUSSEF, KOEN]],
    ['filters together', { filter: { fase: ['LEVERANCIERS', 'FINANCIEREN'], postcode: ['3000'], renovatiebegeleider: 'stad-wim.verbeke' } }, [ELS]],
  ])('the SPOC filters by %s', async (_, variables, expected) => {
    expect(await lijst('spoc', variables)).toEqual(pagina(expected));
  });

  it('pages through a filtered list, with its total', async () => {
    const first = await s.gql<{ dossiers: { pageInfo: { endCursor: string } } }>(
      'spoc',
      `query ($filter: DossierFilter) { dossiers(filter: $filter, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { referentie } } } }`,
      { filter: { postcode: ['3000'] } },
    );
    const after = first.body.data!.dossiers.pageInfo.endCursor;
    expect(first.body).toEqual({
      data: { dossiers: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: after }, edges: [{ node: { referentie: AN } }] } },
    });
    expect(await lijst('spoc', { filter: { postcode: ['3000'] }, first: 1, after })).toEqual(pagina([ELS], 2, false));
  });

  it('filters within what the caller may see', async () => {
    expect(await lijst('renovatiebegeleider', { filter: { renovatiebegeleider: 'stad-wim.verbeke' } })).toEqual(pagina([]));
    expect(await lijst('renovatiebegeleider', { filter: { achterstallig: true } })).toEqual(pagina([MARC]));
    expect(await lijst('burger', { zoek: 'peeters' })).toEqual(pagina([AN]));
    expect(await lijst('burger', { zoek: 'willems' })).toEqual(pagina([]));
  });
});

describe('search by name, address or reference', () => {
  it.each([
    ['a last name prefix', 'peet', [AN]],
    ['first and last name, any case', 'AN PEETERS', [AN]],
    ['a last name with a space', 'el amrani', [YOUSSEF]],
    ['a street', 'tiensestraat', [AN]],
    ['street and number', 'naamsesteenweg 17', [MARC]],
    ['a street in two dossiers? no: by prefix only', 'steenweg', []],
    ['extra spaces', '  brusselsestraat   44 ', [ELS]],
    ['a reference', 'ren-2025-000001', [KOEN]],
    ['LIKE wildcards, taken literally', '%%', []],
    ['an underscore, taken literally', 'p_eters', []],
  ])('finds %s', async (_, zoek, expected) => {
    expect(await lijst('spoc', { zoek })).toEqual(pagina(expected));
  });

  it('combines search and filters', async () => {
    expect(await lijst('spoc', { zoek: 'peeters', filter: { fase: ['OPTIES'] } })).toEqual(pagina([]));
    expect(await lijst('energieconsulent', { zoek: 'brussel', filter: { fase: ['LEVERANCIERS'] } })).toEqual(pagina([ELS]));
  });
});

describe('bad filters and search are refused before any SQL', () => {
  it.each([
    [{ zoek: 'p' }, "'zoek' moet 2 tot 100 tekens lang zijn.", 'zoek'],
    [{ zoek: 'x'.repeat(101) }, "'zoek' moet 2 tot 100 tekens lang zijn.", 'zoek'],
    [{ filter: { fase: [] } }, "'filter.fase' is leeg: laat de filter weg of geef minstens één waarde.", 'filter.fase'],
    [{ filter: { postcode: ['300'] } }, "'filter.postcode' is geen Belgische postcode (4 cijfers).", 'filter.postcode'],
    [{ filter: { toegewezenAan: 'lies wouters' } }, "'filter.toegewezenAan' is geen gebruikers-id van de identiteitsdienst van de stad (bv. stad-sofie.claes).", 'filter.toegewezenAan'],
  ])('%j', async (variables, message, field) => {
    s.queries.reset();
    expect(await lijst('spoc', variables)).toEqual({ data: null, errors: [fout(LIJST, 'dossiers(', ['dossiers'], 'BAD_USER_INPUT', message, { field })] });
    expect(s.queries.count).toBe(0);
  });

  it('an unknown phase is refused by the schema', async () => {
    const res = await s.gql('spoc', LIJST, { filter: { fase: ['DROMEN'] } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('partners and city services, who see dossiers only in part, may not search names and addresses', async () => {
    const zoeken = 'Zoeken op naam of adres is enkel voor wie hele dossiers ziet (SPOC, energieconsulent, renovatiebegeleider, burger).';
    const refused = (message: string) => ({ data: null, errors: [fout(LIJST, 'dossiers(', ['dossiers'], 'FORBIDDEN', message)] });
    expect(await lijst('partner', { zoek: 'vermeulen' })).toEqual(refused(zoeken));
    expect(await lijst('stadsdienst', { zoek: 'naamsesteenweg' })).toEqual(refused(zoeken));
    expect(await lijst('partner', { filter: { postcode: ['3001'] } })).toEqual(refused('Filteren op postcode is niet beschikbaar voor partners.'));
    expect(await lijst('partner', { filter: { fase: ['OPTIES'] } })).toEqual(pagina([MARC]));
    // A city service sees every dossier's home and plan: it filters on postcode.
    expect(await lijst('stadsdienst', { filter: { postcode: ['3000'] } })).toEqual(pagina([AN, ELS]));
  });
});

describe('the next action and "overdue"', () => {
  const PLAN = `mutation ($input: PlanVolgendeActieInput!) { planVolgendeActie(input: $input) { referentie versie volgendeActie { op omschrijving } achterstallig } }`;
  const DOSSIER = `query ($id: ID!) { dossier(id: $id) { versie volgendeActie { op omschrijving } achterstallig } }`;

  it('shows the next action and whether it is overdue', async () => {
    const an = await s.gql('spoc', DOSSIER, { id: DEMO_IDS.dossierAn });
    const marc = await s.gql('spoc', DOSSIER, { id: DEMO_IDS.dossierMarc });
    const youssef = await s.gql('spoc', DOSSIER, { id: DEMO_IDS.dossierYoussef });
    expect([an.body, marc.body, youssef.body]).toEqual([
      { data: { dossier: { versie: 1, volgendeActie: { op: '2026-03-09', omschrijving: 'Premieadvies en offertes dak bespreken' }, achterstallig: false } } },
      { data: { dossier: { versie: 1, volgendeActie: { op: '2026-02-27', omschrijving: 'Renovatieplan opmaken na het huisbezoek' }, achterstallig: true } } },
      { data: { dossier: { versie: 1, volgendeActie: null, achterstallig: false } } },
    ]);
  });

  it('refuses bad plans and callers who may not plan, changing nothing', async () => {
    const voor = await momentopname(s.dataSource);
    const input = { dossierId: DEMO_IDS.dossierMarc, versie: 1, op: '2026-03-04', omschrijving: 'Huisbezoek' };
    const cases: Array<[string, Record<string, unknown>, string, string, Record<string, unknown>]> = [
      ['renovatiebegeleider', { ...input, op: '2026-03-01' }, 'BAD_USER_INPUT', "'op' ligt in het verleden: plan de volgende actie vandaag of later.", { field: 'op' }],
      ['renovatiebegeleider', { ...input, op: null }, 'BAD_USER_INPUT', "'omschrijving' hoort bij een volgende actie: geef ook 'op'.", { field: 'omschrijving' }],
      ['renovatiebegeleider', { ...input, versie: 7 }, 'CONFLICT', 'Het dossier werd intussen gewijzigd (versie 1, niet 7): laad het opnieuw.', { versie: 1 }],
      ['burger', { ...input, dossierId: DEMO_IDS.dossierAn }, 'FORBIDDEN', 'Enkel de SPOC, de energieconsulent en de renovatiebegeleider van het dossier plannen de volgende actie.', {}],
      ['burger', input, 'FORBIDDEN', 'Geen toegang.', {}],
      ['spoc', { ...input, dossierId: C.dossierKoen }, 'CONFLICT', 'Dit dossier is afgesloten: er kan niets meer aan gewijzigd worden.', { status: 'AFGESLOTEN' }],
    ];
    for (const [who, variables, code, message, extra] of cases) {
      const res = await s.gql(who, PLAN, { input: variables });
      expect(res.body, `${who} ${JSON.stringify(variables)}`).toEqual({
        data: null,
        errors: [fout(PLAN, 'planVolgendeActie', ['planVolgendeActie'], code, message, extra)],
      });
    }
    expect(await momentopname(s.dataSource)).toEqual(voor);
  });

  it('the coach plans it, the version rises, and the dossier is no longer overdue', async () => {
    const res = await s.gql('renovatiebegeleider', PLAN, {
      input: { dossierId: DEMO_IDS.dossierMarc, versie: 1, op: '2026-03-04', omschrijving: '  Huisbezoek met Dialoog  ' },
    });
    expect(res.body).toEqual({
      data: { planVolgendeActie: { referentie: MARC, versie: 2, volgendeActie: { op: '2026-03-04', omschrijving: 'Huisbezoek met Dialoog' }, achterstallig: false } },
    });
    expect(await lijst('spoc', { filter: { achterstallig: true } })).toEqual(pagina([]));
    // Planned changes are changes: the dossier moves to the top of the list.
    expect((await lijst('spoc', {})).data!.dossiers.edges[0]).toEqual({ node: { referentie: MARC } });
    const cleared = await s.gql('spoc', PLAN, { input: { dossierId: DEMO_IDS.dossierMarc, versie: 2, op: null } });
    expect(cleared.body).toEqual({ data: { planVolgendeActie: { referentie: MARC, versie: 3, volgendeActie: null, achterstallig: false } } });
  });
});
