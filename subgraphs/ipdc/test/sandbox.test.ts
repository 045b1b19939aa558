import { closeServer, createSandboxHost, ErrorCode, listen } from '@hub/shared';
import { DEMO_PRODUCTS } from '@hub/shared/demo';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIpdcSandbox } from '../src/sandbox/index.js';
import { API_KEY, startSubgraph, type RunningSubgraph } from './helpers.js';

// The subgraph against the IPDC sandbox on a free port: the demo catalogue of Leuven end to end, replicated
// from the sandbox's feed.

const ARCHIVED = 'a1f0c3e2-6b1d-4f5e-9c2a-000000000099';
const HERENT = 'a1f0c3e2-6b1d-4f5e-9c2a-000000000098';

let host: Server;
let base: string;
let subgraph: RunningSubgraph;
const sandboxCalls = new Map<string, number>();

beforeAll(async () => {
  host = createSandboxHost([createIpdcSandbox({ apiKey: API_KEY })], { calls: sandboxCalls });
  base = `http://127.0.0.1:${await listen(host, 0)}/ipdc`;
  subgraph = await startSubgraph({ ipdcUrl: base, feedUrl: base });
  expect(await subgraph.sync.syncNow()).toMatchObject({ uitkomst: 'VOLTOOID' });
});
beforeEach(() => {
  sandboxCalls.clear();
  subgraph.calls.length = 0;
});
afterAll(async () => {
  await subgraph.close();
  await closeServer(host, 100);
});

describe('the sandbox speaks the IPDC contract', () => {
  it('refuses calls without the API key (401) and with another key', async () => {
    const missing = await fetch(`${base}/doc/instantiesnapshot?pageNumber=0`, { headers: { accept: 'application/ld+json' } });
    const wrong = await fetch(`${base}/doc/instantie/${DEMO_PRODUCTS.energieloket}`, { headers: { 'x-api-key': 'wrong' } });
    expect([missing.status, await missing.json(), wrong.status]).toEqual([401, { message: 'Unauthorized' }, 401]);
  });

  it('serves feed pages chained by their relations, and instances in the Instantie shape', async () => {
    const headers = { 'x-api-key': API_KEY, accept: 'application/ld+json' };
    const page = await fetch(`${base}/doc/instantiesnapshot?limit=25&pageNumber=1`, { headers });
    expect(page.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const body = (await page.json()) as { view: { relation: unknown[] }; member: Array<{ isVersionOf: string }> };
    expect(body.view.relation).toEqual([
      { node: 'https://ipdc.vlaanderen.be/doc/instantiesnapshot?pageNumber=0', path: 'generatedAtTime', '@type': 'LessThanOrEqualToRelation' },
      { node: 'https://ipdc.vlaanderen.be/doc/instantiesnapshot?pageNumber=2', path: 'generatedAtTime', '@type': 'GreaterThanOrEqualToRelation' },
    ]);
    expect(body.member.map((m) => m.isVersionOf.split('/').pop())).toEqual([DEMO_PRODUCTS.mijnVerbouwPremie, ARCHIVED, DEMO_PRODUCTS.mijnVerbouwLening]);

    const instance = (await (await fetch(`${base}/doc/instantie/${ARCHIVED}`, { headers })).json()) as Record<string, unknown>;
    expect([instance['@id'], instance['@type'], instance.gearchiveerd, instance.laatstOntvangen, 'isVersionOf' in instance]).toEqual([
      `http://data.lblod.info/id/public-service/${ARCHIVED}`,
      'Instantie',
      true,
      '2025-03-31T07:05:12.771Z',
      false,
    ]);
    const unknown = await fetch(`${base}/doc/instantie/0f0e0d0c-0b0a-4909-8807-060504030201`, { headers });
    const beyond = await fetch(`${base}/doc/instantiesnapshot?pageNumber=3`, { headers });
    expect([unknown.status, beyond.status]).toEqual([404, 404]);
  });
});

describe('producten from the sandbox feed', () => {
  it('follows every page, keeps the newest snapshot and drops the archived product', async () => {
    const fresh = await startSubgraph({ ipdcUrl: base, feedUrl: base });
    try {
      expect(await fresh.sync.syncNow()).toEqual({ uitkomst: 'VOLTOOID', paginas: [0, 1, 2], snapshots: 9, gewijzigd: 9 });
      const response = await fresh.query('{ producten { id naam type themas geografischToepassingsgebieden } }');
      expect(response.body).toEqual({
        data: {
          producten: [
            {
              id: DEMO_PRODUCTS.duboAdvies,
              naam: 'Duurzaam bouwadvies (DuBo-advies) via Dialoog',
              type: 'ADVIES_BEGELEIDING',
              themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
              geografischToepassingsgebieden: ['BE24224062'],
            },
            {
              id: DEMO_PRODUCTS.energieloket,
              naam: 'Energieloket Leuven',
              type: 'ADVIES_BEGELEIDING',
              themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
              geografischToepassingsgebieden: ['BE24224062'],
            },
            {
              id: DEMO_PRODUCTS.mijnVerbouwLening,
              naam: 'Mijn VerbouwLening',
              type: 'FINANCIEEL_VOORDEEL',
              themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
              geografischToepassingsgebieden: ['BE24224062', 'BE24224038', 'BE24224009', 'BE24224055'],
            },
            {
              id: DEMO_PRODUCTS.mijnVerbouwPremie,
              naam: 'Mijn VerbouwPremie',
              type: 'FINANCIEEL_VOORDEEL',
              themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
              geografischToepassingsgebieden: ['BE24224062'],
            },
            { id: HERENT, naam: 'Renovatieadvies Herent', type: 'ADVIES_BEGELEIDING', themas: ['BOUWEN_WONEN'], geografischToepassingsgebieden: ['BE24224038'] },
            {
              id: DEMO_PRODUCTS.renovatiebegeleiding,
              naam: 'Renovatiebegeleiding door het Energieloket',
              type: 'ADVIES_BEGELEIDING',
              themas: ['BOUWEN_WONEN', 'MILIEU_ENERGIE'],
              geografischToepassingsgebieden: ['BE24224062'],
            },
          ],
        },
      });
      expect(sandboxCalls.get('ipdc')).toBe(3);
      expect(fresh.calls.map((c) => [c.path, c.status])).toEqual([
        ['/doc/instantiesnapshot', 200],
        ['/doc/instantiesnapshot', 200],
        ['/doc/instantiesnapshot', 200],
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('filters on gemeente, doelgroep and zoekterm', async () => {
    const query = `query ($gemeente: String, $doelgroep: Doelgroep, $zoekterm: String) {
      producten(gemeente: $gemeente, doelgroep: $doelgroep, zoekterm: $zoekterm) { id }
    }`;
    const ids = async (variables: Record<string, unknown>) =>
      ((await subgraph.query<{ producten: Array<{ id: string }> }>(query, variables)).body.data?.producten ?? []).map((p) => p.id);
    expect(await ids({ gemeente: 'BE24224038' })).toEqual([DEMO_PRODUCTS.mijnVerbouwLening, HERENT]);
    // Mijn VerbouwPremie has the keyword 'renovatiepremie'.
    expect(await ids({ gemeente: 'BE24224062', zoekterm: 'renovatie' })).toEqual([DEMO_PRODUCTS.mijnVerbouwPremie, DEMO_PRODUCTS.renovatiebegeleiding]);
    expect(await ids({ zoekterm: 'architect' })).toEqual([DEMO_PRODUCTS.duboAdvies]);
    expect(await ids({ zoekterm: 'lening' })).toEqual([DEMO_PRODUCTS.energieloket, DEMO_PRODUCTS.mijnVerbouwLening]);
    expect(await ids({ doelgroep: 'ONDERNEMING' })).toEqual([]);
  });
});

describe('language variants', () => {
  const query = (id: string) => `{ product(id: "${id}") {
    nl: naam formeel: naam(taal: NL_FORMEEL) informeel: naam(taal: NL_INFORMEEL) en: naam(taal: EN)
    beschrijvingInformeel: beschrijving(taal: NL_INFORMEEL) beschrijvingEn: beschrijving(taal: EN)
  } }`;

  it('falls back per Taal: informal-only text, generated informal text, English with Dutch fallback', async () => {
    const p = '<p data-indentation-level="0">';
    const dubo = await subgraph.query(query(DEMO_PRODUCTS.duboAdvies));
    const duboNaam = 'Duurzaam bouwadvies (DuBo-advies) via Dialoog';
    const duboText = `${p}Ga je verbouwen? Een architect van Dialoog komt bij je thuis en geeft je onafhankelijk advies over duurzaam en energiezuinig verbouwen: isolatie, ventilatie, verwarming, materialen en de volgorde van de werken. Nadien krijg je een adviesrapport.</p>`;
    expect(dubo.body).toEqual({
      data: { product: { nl: duboNaam, formeel: duboNaam, informeel: duboNaam, en: duboNaam, beschrijvingInformeel: duboText, beschrijvingEn: duboText } },
    });

    const premie = await subgraph.query(query(DEMO_PRODUCTS.mijnVerbouwPremie));
    const tail = 'ventilatie, elektriciteit en sanitair. Het bedrag hangt af van';
    expect(premie.body).toEqual({
      data: {
        product: {
          nl: 'Mijn VerbouwPremie',
          formeel: 'Mijn VerbouwPremie',
          informeel: 'Mijn VerbouwPremie',
          en: 'Mijn VerbouwPremie (Flemish renovation grant)',
          beschrijvingInformeel: `${p}Mijn VerbouwPremie is de premie van de Vlaamse overheid voor wie een woning of appartement renoveert: onder meer voor dak- en muurisolatie, hoogrendementsbeglazing, een warmtepomp, een zonneboiler, ${tail} je inkomenscategorie en van de werken.</p>`,
          beschrijvingEn: `${p}Mijn VerbouwPremie is the Flemish government's grant for renovating a house or flat: among others roof and wall insulation, high-efficiency glazing, a heat pump, a solar water heater, ventilation, electricity and plumbing. The amount depends on your income category and on the works.</p>`,
        },
      },
    });

    const lening = await subgraph.query(`{ product(id: "${DEMO_PRODUCTS.mijnVerbouwLening}") { en: beschrijving(taal: EN) informeel: beschrijving(taal: NL_INFORMEEL) } }`);
    expect(lening.body).toEqual({
      data: {
        product: {
          en: `${p}Met Mijn VerbouwLening leent u zonder rente voor renovatiewerken die uw woning energiezuiniger maken. Voor inwoners van Leuven behandelt het Energiehuis van IGO de aanvraag.</p>`,
          informeel: `${p}Met Mijn VerbouwLening leen je zonder rente voor renovatiewerken die je woning energiezuiniger maken. Voor inwoners van Leuven behandelt het Energiehuis van IGO de aanvraag.</p>`,
        },
      },
    });
  });
});

describe('products by id from the sandbox', () => {
  it('resolves every demo product as an entity from the replica, and the archived one as null, without calling IPDC', async () => {
    const representations = [...Object.values(DEMO_PRODUCTS), ARCHIVED].map((id) => ({ __typename: 'Product', id }));
    const response = await subgraph.query<{ _entities: Array<{ id: string; naam: string } | null> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id naam } } }',
      { r: representations },
    );
    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: DEMO_PRODUCTS.renovatiebegeleiding, naam: 'Renovatiebegeleiding door het Energieloket' },
          { id: DEMO_PRODUCTS.duboAdvies, naam: 'Duurzaam bouwadvies (DuBo-advies) via Dialoog' },
          { id: DEMO_PRODUCTS.mijnVerbouwPremie, naam: 'Mijn VerbouwPremie' },
          { id: DEMO_PRODUCTS.mijnVerbouwLening, naam: 'Mijn VerbouwLening' },
          { id: DEMO_PRODUCTS.energieloket, naam: 'Energieloket Leuven' },
          null,
        ],
      },
    });
    expect(sandboxCalls.get('ipdc')).toBeUndefined();
  });

  it('gives the whole product with its parts, in Dutch and informal', async () => {
    const response = await subgraph.query(`{ product(id: "${DEMO_PRODUCTS.energieloket}") {
      id productnummer naam doelgroepen geldigVanaf geldigTot laatstGewijzigd zoektermen
      kosten { naam beschrijving }
      procedures { naam(taal: NL_INFORMEEL) beschrijving(taal: NL_INFORMEEL) websites { naam url } }
      websites { naam(taal: EN) beschrijving url }
      voorwaarden { naam } financieleVoordelen { naam } regelgeving { naam url }
      contactpunten { email telefoonnummer url openingsuren adres { straatnaam huisnummer busnummer postcode gemeentenaam land } }
    } }`);
    const p = '<p data-indentation-level="0">';
    expect(response.body).toEqual({
      data: {
        product: {
          id: DEMO_PRODUCTS.energieloket,
          productnummer: '70305',
          naam: 'Energieloket Leuven',
          doelgroepen: ['BURGER'],
          geldigVanaf: null,
          geldigTot: null,
          laatstGewijzigd: '2025-01-20T11:38:22.845Z',
          zoektermen: ['energie', 'energieconsulent', 'advies', 'premies', 'lening'],
          kosten: [{ naam: 'Gratis', beschrijving: `${p}Het advies van het Energieloket is gratis.</p>` }],
          procedures: [
            {
              naam: 'Contact opnemen',
              beschrijving: `${p}Kom langs aan de balie in het Stadskantoor, bel of vul het contactformulier in. Je vraag wordt geregistreerd en je krijgt binnen vijf werkdagen antwoord.</p>`,
              websites: [{ naam: 'Contactformulier Energieloket', url: 'https://www.leuven.be/energieloket/contact' }],
            },
          ],
          websites: [{ naam: 'Energieloket on leuven.be', beschrijving: null, url: 'https://www.leuven.be/energieloket' }],
          voorwaarden: [],
          financieleVoordelen: [],
          regelgeving: [],
          contactpunten: [
            {
              email: 'energieloket@leuven.be',
              telefoonnummer: '+32 16 27 20 00',
              url: 'https://www.leuven.be/energieloket',
              openingsuren: 'Maandag tot vrijdag van 9 tot 12.30 uur; in de namiddag op afspraak',
              adres: {
                straatnaam: 'Professor Van Overstraetenplein',
                huisnummer: '1',
                busnummer: null,
                postcode: '3000',
                gemeentenaam: 'Leuven',
                land: 'België',
              },
            },
          ],
        },
      },
    });
  });

  it('answers UPSTREAM_REJECTED from ipdc when the API key is refused, and the sync records it', async () => {
    const wrongKeyHost = createSandboxHost([createIpdcSandbox({ apiKey: 'another-key' })]);
    const url = `http://127.0.0.1:${await listen(wrongKeyHost, 0)}/ipdc`;
    const refused = await startSubgraph({ ipdcUrl: url, feedUrl: url });
    try {
      const rejected = { code: ErrorCode.UPSTREAM_REJECTED, bron: 'ipdc', bericht: 'De bron ipdc weigerde de vraag.' };
      expect(await refused.sync.syncNow()).toEqual({ uitkomst: 'MISLUKT', paginas: [], snapshots: 0, gewijzigd: 0, fout: rejected });
      const response = await refused.query(`{ product(id: "${DEMO_PRODUCTS.energieloket}") { id } }`);
      expect(response.body).toEqual({
        data: { product: null },
        errors: [
          {
            message: 'De bron ipdc weigerde de vraag.',
            locations: [{ line: 1, column: 3 }],
            path: ['product'],
            extensions: { code: ErrorCode.UPSTREAM_REJECTED, source: 'ipdc' },
          },
        ],
      });
    } finally {
      await refused.close();
      await closeServer(wrongKeyHost, 100);
    }
  });
});
