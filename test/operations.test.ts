import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, print, validate, type DocumentNode } from 'graphql';
import { DEMO_IDS } from '@hub/shared/demo';
import { postGraphQL } from '@hub/shared/testing';
import { composeApiSchema } from '@hub/gateway';
import { readOperations } from '../gateway/scripts/operations-catalogue.js';
import {
  BurgerDossierPaginaDocument,
  DossierLijstDocument,
  DossierPaginaDocument,
  DossiersPerFaseDocument,
  LopendeZakenDocument,
  MijnDossiersDocument,
  PartnerDossiersDocument,
  RenovatieproductenDocument,
  VragenInboxDocument,
  WoningToestandDocument,
  type BurgerDossierPaginaQuery,
  type DossierLijstQuery,
  type DossierPaginaQuery,
  type DossiersPerFaseQuery,
  type LopendeZakenQuery,
  type MijnDossiersQuery,
  type PartnerDossiersQuery,
  type RenovatieproductenQuery,
  type VragenInboxQuery,
  type WoningToestandQuery,
} from '../clients/generated/graphql.js';
import { trustedDocumentIds } from '../clients/generated/trusted-documents.js';
import { startTestHub, type TestHub } from './helpers.js';

describe('the example operations of operations/', () => {
  it('cover every use case, and every one validates against the supergraph API schema', () => {
    const { operations, problems } = readOperations();
    expect(problems).toEqual([]);
    expect([...new Set(operations.map((op) => op.useCase))]).toEqual(['analist', 'backoffice', 'burger', 'burgerprofiel', 'partner', 'publiek', 'stadsdienst']);
    const schema = composeApiSchema();
    const invalid = operations.flatMap((op) => validate(schema, parse(op.document)).map((e) => `${op.file}: ${e.message}`));
    expect(invalid).toEqual([]);
  });
});

/** The generated client types are what the hub answers: each operation runs as its persona. */
describe('the example operations run through the hub as their persona', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub?.stop());

  async function run<D>(persona: string | undefined, document: DocumentNode, variables?: Record<string, unknown>) {
    const bearer = persona ? await hub.personaToken(persona) : undefined;
    return postGraphQL<D>(hub.urls.graphql, { query: print(document), ...(variables ? { variables } : {}) }, bearer ? { bearer } : {});
  }
  async function runTrusted(persona: string, documentId: string, variables?: Record<string, unknown>) {
    const response = await fetch(hub.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.personaToken(persona)}` },
      body: JSON.stringify({ documentId, ...(variables ? { variables } : {}) }),
    });
    return { status: response.status, body: (await response.json()) as { data?: LopendeZakenQuery; errors?: unknown[] } };
  }

  const WARMTEPOMP = 'Vast bedrag voor lucht-water: € 4.500; onder 35 % van de factuur van € 15.400 (€ 5.390)';

  const AN_ZAAK: LopendeZakenQuery['lopendeZaken'][number] = {
    id: DEMO_IDS.dossierAn,
    referentie: 'REN-2026-000003',
    titel: 'Renovatie rijwoning Tiensestraat 120',
    status: 'LOPEND',
    fase: 'FINANCIEREN',
    faseNaam: 'Financieren',
    geopendOp: '2026-01-06T09:00:00.000Z',
    laatsteWijziging: '2026-02-28T09:00:00.000Z',
    afgeslotenOp: null,
    actieNodig: true,
    actie: 'Bekijk het premieadvies en vraag offertes op.',
    contactrol: 'RENOVATIEBEGELEIDER',
    contactpersoon: { naam: 'Lies Wouters', email: 'lies.wouters@leuven.example', telefoon: '+32 16 27 22 11', dienst: 'Renovatiebegeleiding' },
    link: `https://www.leuven.be/energieloket/mijn-dossier/${DEMO_IDS.dossierAn}`,
  };

  it('Mijn Burgerprofiel: the running cases of a named citizen, by the trusted document id', async () => {
    expect(await runTrusted('burgerprofiel', trustedDocumentIds.LopendeZaken, { insz: '85031412302' })).toEqual({ status: 200, body: { data: { lopendeZaken: [AN_ZAAK] } } });
    // The same document as query text gives the same answer (the gateway here accepts free-form queries).
    expect((await run<LopendeZakenQuery>('burgerprofiel', LopendeZakenDocument, { insz: '85031412302' })).body).toEqual({ data: { lopendeZaken: [AN_ZAAK] } });
  });

  it('the citizen: her own running cases with her own token, her dossiers and her dossier page', async () => {
    expect(await runTrusted('burger', trustedDocumentIds.LopendeZaken)).toEqual({ status: 200, body: { data: { lopendeZaken: [AN_ZAAK] } } });
    expect((await run<MijnDossiersQuery>('burger', MijnDossiersDocument)).body).toEqual({
      data: {
        ik: {
          id: DEMO_IDS.burgerAn,
          voornaam: 'An',
          achternaam: 'Peeters',
          dossiers: [
            {
              id: DEMO_IDS.dossierAn,
              referentie: 'REN-2026-000003',
              titel: 'Renovatie rijwoning Tiensestraat 120',
              fase: 'FINANCIEREN',
              status: 'LOPEND',
              laatsteWijziging: '2026-02-28T09:00:00.000Z',
              volgendeActie: { op: '2026-03-09', omschrijving: 'Premieadvies en offertes dak bespreken' },
            },
          ],
        },
      },
    });
    const page = await run<BurgerDossierPaginaQuery>('burger', BurgerDossierPaginaDocument, { id: DEMO_IDS.dossierAn, datum: '2026-03-15' });
    expect(page.body).toEqual({
      data: {
        dossier: {
          id: DEMO_IDS.dossierAn,
          referentie: 'REN-2026-000003',
          titel: 'Renovatie rijwoning Tiensestraat 120',
          fase: 'FINANCIEREN',
          status: 'LOPEND',
          geopendOp: '2026-01-06T09:00:00.000Z',
          laatsteWijziging: '2026-02-28T09:00:00.000Z',
          renovatiebegeleider: { naam: 'Lies Wouters', email: 'lies.wouters@leuven.example', telefoon: '+32 16 27 22 11' },
          woning: { adresId: '3000120', adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' }, epc: { label: 'F', energiescore: 612, bouwjaar: 1930, geldigTot: '2034-03-18' } },
          maatregelen: [
            { id: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0001', categorie: 'DAK', omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking', status: 'OFFERTE', bedragExclBtw: 9000 },
            { id: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0002', categorie: 'RAMEN_EN_DEUREN', omschrijving: 'Hoogrendementsbeglazing (U ≤ 1,0) en nieuwe voordeur', status: 'OFFERTE', bedragExclBtw: 7800 },
            { id: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0003', categorie: 'WARMTEPOMP', omschrijving: 'Lucht-water-warmtepomp ter vervanging van de gasketel', status: 'GEPLAND', bedragExclBtw: 15400 },
          ],
          premieAdvies: {
            regime: 'MVP-2026',
            totaal: 10380,
            indicatief: true,
            premies: [
              { categorie: 'DAK', status: 'BEREKEND', bedrag: 3150, berekening: '35 % van € 9.000 = € 3.150 (onder het maximum van € 4.025)', product: { naam: 'Mijn VerbouwPremie' } },
              { categorie: 'RAMEN_EN_DEUREN', status: 'BEREKEND', bedrag: 2730, berekening: '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)', product: { naam: 'Mijn VerbouwPremie' } },
              { categorie: 'WARMTEPOMP', status: 'BEREKEND', bedrag: 4500, berekening: WARMTEPOMP, product: { naam: 'Mijn VerbouwPremie' } },
            ],
          },
          documenten: [
            { id: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0004', soort: 'OFFERTE', titel: 'Offerte dak Dakwerken Janssens', inhoudUrl: '/documenten/c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0004/inhoud' },
            { id: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0003', soort: 'AFSPRAKENNOTA', titel: 'Afsprakennota', inhoudUrl: '/documenten/c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0003/inhoud' },
            { id: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0002', soort: 'RENOVATIEPLAN', titel: 'Renovatieplan Tiensestraat 120', inhoudUrl: '/documenten/c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0002/inhoud' },
            { id: 'c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0001', soort: 'ADVIES', titel: 'DuBo-advies Tiensestraat 120', inhoudUrl: '/documenten/c4a2b3d5-2e3f-4a71-9b8c-7d6e5f4a0001/inhoud' },
          ],
        },
      },
    });
  });

  it('the back-office: the inbox, a filtered page of the dossier list, and the dossier page', async () => {
    expect((await run<VragenInboxQuery>('spoc', VragenInboxDocument)).body).toEqual({
      data: {
        vragenInbox: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
          edges: [
            {
              node: {
                id: '7e2d4b10-3c8a-4f61-9b7d-2c3d4e5f0006',
                kanaal: 'CONTACTFORMULIER',
                onderwerp: 'Is mijn woning geschikt voor een warmtepomp?',
                status: 'NIEUW',
                ontvangenOp: '2026-03-01T07:00:00.000Z',
                postcode: '3018',
                contact: null,
                burger: { id: '0b7c1c52-6a51-4d0a-9d6e-5f0f6a1c0006', voornaam: 'Fatima', achternaam: 'Bouzid' },
              },
            },
          ],
        },
      },
    });
    const first = await run<DossierLijstQuery>('spoc', DossierLijstDocument, { first: 1, filter: { status: ['LOPEND'], postcode: ['3000', '3001'] } });
    expect(first.body).toEqual({
      data: {
        dossiers: {
          totalCount: 3,
          pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
          edges: [
            {
              node: {
                id: DEMO_IDS.dossierAn,
                referentie: 'REN-2026-000003',
                titel: 'Renovatie rijwoning Tiensestraat 120',
                fase: 'FINANCIEREN',
                status: 'LOPEND',
                laatsteWijziging: '2026-02-28T09:00:00.000Z',
                achterstallig: true,
                volgendeActie: { op: '2026-03-09', omschrijving: 'Premieadvies en offertes dak bespreken' },
                burger: { voornaam: 'An', achternaam: 'Peeters' },
                renovatiebegeleider: { naam: 'Lies Wouters' },
                adres: 'Tiensestraat 120, 3000 Leuven',
                woning: { adresId: '3000120', epc: { label: 'F' } },
              },
            },
          ],
        },
      },
    });
    // Page by page with the cursor: the same dossiers, in the same order, as one page of all of them.
    const filter = { status: ['LOPEND'], postcode: ['3000', '3001'] };
    const all = await run<DossierLijstQuery>('spoc', DossierLijstDocument, { first: 20, filter });
    const paged: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 5; page++) {
      const next = await run<DossierLijstQuery>('spoc', DossierLijstDocument, { first: 1, filter, ...(after ? { after } : {}) });
      paged.push(...next.body.data!.dossiers.edges.map((e) => e.node.referentie));
      if (!next.body.data!.dossiers.pageInfo.hasNextPage) break;
      after = next.body.data!.dossiers.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.body.data!.dossiers.edges.map((e) => e.node.referentie));
    expect(paged).toHaveLength(3);

    const page = await run<DossierPaginaQuery>('spoc', DossierPaginaDocument, { id: DEMO_IDS.dossierAn, datum: '2026-03-15' });
    expect(page.body).toEqual({
      data: {
        dossier: {
          id: DEMO_IDS.dossierAn,
          referentie: 'REN-2026-000003',
          titel: 'Renovatie rijwoning Tiensestraat 120',
          fase: 'FINANCIEREN',
          status: 'LOPEND',
          versie: 1,
          laatsteWijziging: '2026-02-28T09:00:00.000Z',
          volgendeActie: { op: '2026-03-09', omschrijving: 'Premieadvies en offertes dak bespreken' },
          burger: { voornaam: 'An', achternaam: 'Peeters', inkomenscategorie: 'CATEGORIE_3' },
          woning: { adresId: '3000120', adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' }, epc: { label: 'F', energiescore: 612, bouwjaar: 1930 } },
          maatregelen: [
            { id: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0001', categorie: 'DAK', omschrijving: 'Dakisolatie hellend dak (Rd ≥ 4,5) met nieuwe dakbedekking', status: 'OFFERTE' },
            { id: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0002', categorie: 'RAMEN_EN_DEUREN', omschrijving: 'Hoogrendementsbeglazing (U ≤ 1,0) en nieuwe voordeur', status: 'OFFERTE' },
            { id: '9a6c2e30-4d9b-4a72-8c1e-3d4e5f6a0003', categorie: 'WARMTEPOMP', omschrijving: 'Lucht-water-warmtepomp ter vervanging van de gasketel', status: 'GEPLAND' },
          ],
          premieAdvies: {
            regime: 'MVP-2026',
            totaal: 10380,
            premies: [
              { categorie: 'DAK', bedrag: 3150, berekening: '35 % van € 9.000 = € 3.150 (onder het maximum van € 4.025)', product: { naam: 'Mijn VerbouwPremie' } },
              { categorie: 'RAMEN_EN_DEUREN', bedrag: 2730, berekening: '35 % van € 7.800 = € 2.730 (onder het maximum van € 3.675)', product: { naam: 'Mijn VerbouwPremie' } },
              { categorie: 'WARMTEPOMP', bedrag: 4500, berekening: WARMTEPOMP, product: { naam: 'Mijn VerbouwPremie' } },
            ],
          },
        },
      },
    });
  });

  it('the partner portal: only the dossiers assigned to the partner, with what the citizen shares', async () => {
    expect((await run<PartnerDossiersQuery>('partner', PartnerDossiersDocument)).body).toEqual({
      data: {
        dossiers: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
          edges: [
            {
              node: {
                id: DEMO_IDS.dossierMarc,
                referentie: 'REN-2026-000004',
                titel: 'Isolatie en ventilatie Naamsesteenweg 17',
                fase: 'OPTIES',
                status: 'LOPEND',
                zichtbareGegevens: ['CONTACTGEGEVENS', 'WONINGGEGEVENS', 'RENOVATIEPLAN'],
                adres: 'Naamsesteenweg 17, 3001 Leuven',
                burger: { voornaam: 'Marc', achternaam: 'Vermeulen' },
                partnerAanvragen: [
                  {
                    id: '5e6f7081-3333-4c3d-8e4f-000000000001',
                    soort: 'DUBO_ADVIES',
                    toelichting: 'Advies over muur- en vloerisolatie en ventilatie.',
                    aangevraagdOp: '2026-01-31T09:00:00.000Z',
                    resultaat: null,
                    opgeleverdOp: null,
                  },
                ],
              },
            },
          ],
        },
      },
    });
  });

  it('the analist: figures without personal data, and nothing personal', async () => {
    const stats = await run<DossiersPerFaseQuery>('analist', DossiersPerFaseDocument, { filter: { tot: '2026-02-28' } });
    expect(stats.body).toEqual({
      data: {
        statistieken: {
          van: null,
          tot: '2026-02-28',
          postcodes: null,
          drempel: 5,
          aantalDossiers: 5,
          dossiersPerFase: [
            { fase: 'CONTACTNAME', aantal: null, onderdrukt: true },
            { fase: 'OPTIES', aantal: null, onderdrukt: true },
            { fase: 'FINANCIEREN', aantal: null, onderdrukt: true },
            { fase: 'LEVERANCIERS', aantal: null, onderdrukt: true },
            { fase: 'UITVOEREN_EN_BETALEN', aantal: 0, onderdrukt: false },
          ],
          dossiersPerStatus: [
            { status: 'LOPEND', aantal: null, onderdrukt: true },
            { status: 'AFGESLOTEN', aantal: null, onderdrukt: true },
            { status: 'STOPGEZET', aantal: 0, onderdrukt: false },
          ],
          dossiersPerKanaal: [
            { kanaal: 'CONTACTFORMULIER', aantal: 0, onderdrukt: false },
            { kanaal: 'EMAIL', aantal: 0, onderdrukt: false },
            { kanaal: 'TELEFOON', aantal: 0, onderdrukt: false },
            { kanaal: 'FYSIEK_LOKET', aantal: 0, onderdrukt: false },
            { kanaal: 'DIGITAAL_LOKET', aantal: 0, onderdrukt: false },
            { kanaal: null, aantal: 5, onderdrukt: false },
          ],
          dossiersPerMaand: [
            { maand: '2025-08', aantal: null, onderdrukt: true },
            { maand: '2025-09', aantal: 0, onderdrukt: false },
            { maand: '2025-10', aantal: 0, onderdrukt: false },
            { maand: '2025-11', aantal: null, onderdrukt: true },
            { maand: '2025-12', aantal: 0, onderdrukt: false },
            { maand: '2026-01', aantal: null, onderdrukt: true },
            { maand: '2026-02', aantal: null, onderdrukt: true },
          ],
        },
      },
    });
    const personal = await run<DossierLijstQuery>('analist', DossierLijstDocument, { first: 5 });
    expect(personal.body.data).toBeNull();
    expect(personal.body.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('the city website and services: the catalogue without a token, and a home for the heritage service', async () => {
    const producten = await run<RenovatieproductenQuery>(undefined, RenovatieproductenDocument);
    expect(producten.body.errors).toBeUndefined();
    expect(producten.body.data!.producten.map((p) => [p.productnummer, p.naam, p.type])).toEqual([
      ['70312', 'Duurzaam bouwadvies (DuBo-advies) via Dialoog', 'ADVIES_BEGELEIDING'],
      ['70305', 'Energieloket Leuven', 'ADVIES_BEGELEIDING'],
      ['70321', 'Mijn VerbouwLening', 'FINANCIEEL_VOORDEEL'],
      ['70320', 'Mijn VerbouwPremie', 'FINANCIEEL_VOORDEEL'],
      ['70311', 'Renovatiebegeleiding door het Energieloket', 'ADVIES_BEGELEIDING'],
    ]);
    expect((await run<WoningToestandQuery>('stadsdienst', WoningToestandDocument, { adresId: '3000120' })).body).toEqual({
      data: {
        woning: {
          adresId: '3000120',
          adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' },
          epc: { label: 'F', bouwjaar: 1930 },
          erfgoed: { beschermd: true, beschermdMonument: false, inBeschermdStadsOfDorpsgezicht: true, vastgesteldBouwkundigErfgoed: true },
          vergunningen: { heeftVergunning: true, heeftLopendeAanvraag: false },
        },
      },
    });
  });
});
