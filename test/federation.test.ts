import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, SignJWT } from 'jose';
import { DEMO_IDS } from '@hub/shared/demo';
import { postGraphQL } from '@hub/shared/testing';
import { asPersona, callsSince, startTestHub, type TestHub } from './helpers.js';

const DOSSIER_PAGINA = /* GraphQL */ `
  query DossierPagina($id: ID!) {
    dossier(id: $id) {
      referentie
      fase
      burger { voornaam achternaam inkomenscategorie }
      woning {
        adresId
        adres { volledigAdres }
        epc { label energiescore bouwjaar }
      }
      premieAdvies(datum: "2026-03-15") {
        regime
        totaal
        premies { categorie bedrag product { id naam } }
      }
    }
  }
`;

const AN_PAGINA = {
  dossier: {
    referentie: 'REN-2026-000003',
    fase: 'FINANCIEREN',
    burger: { voornaam: 'An', achternaam: 'Peeters', inkomenscategorie: 'CATEGORIE_3' },
    woning: {
      adresId: '3000120',
      adres: { volledigAdres: 'Tiensestraat 120, 3000 Leuven' },
      epc: { label: 'F', energiescore: 612, bouwjaar: 1930 },
    },
    premieAdvies: {
      regime: 'MVP-2026',
      totaal: 10380,
      premies: [
        { categorie: 'DAK', bedrag: 3150, product: { id: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000003', naam: 'Mijn VerbouwPremie' } },
        { categorie: 'RAMEN_EN_DEUREN', bedrag: 2730, product: { id: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000003', naam: 'Mijn VerbouwPremie' } },
        { categorie: 'WARMTEPOMP', bedrag: 4500, product: { id: 'a1f0c3e2-6b1d-4f5e-9c2a-000000000003', naam: 'Mijn VerbouwPremie' } },
      ],
    },
  },
};

describe('the hub end to end: one query across the four subgraphs', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub?.stop());

  it('joins dossier, home (address register + EPC), premie advice and IPDC product for the SPOC', async () => {
    const before = new Map(hub.sandboxCalls);
    const response = await asPersona(hub, 'spoc', DOSSIER_PAGINA, { id: DEMO_IDS.dossierAn });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: AN_PAGINA });
    // The address and its building unit, one EPC search (by building unit) and the certificate detail;
    // the IPDC product from the local replica of the catalogue; at the identity provider the gateway's
    // first JWKS fetch and woningpas' client-credentials token for VEKA.
    expect(callsSince(hub, before)).toEqual({ basisregisters: 2, veka: 2, idp: 2 });
    // The answers of the authentic sources are cached: the same page again costs them nothing.
    const again = new Map(hub.sandboxCalls);
    const second = await asPersona(hub, 'spoc', DOSSIER_PAGINA, { id: DEMO_IDS.dossierAn });
    expect(second.body).toEqual({ data: AN_PAGINA });
    expect(callsSince(hub, again)).toEqual({});
  });

  it('gives the citizen the same page of her own dossier', async () => {
    const response = await asPersona(hub, 'burger', DOSSIER_PAGINA, { id: DEMO_IDS.dossierAn });
    expect(response.body).toEqual({ data: AN_PAGINA });
  });

  it('refuses another citizen, without leaking the dossier and without touching the authentic sources', async () => {
    const before = new Map(hub.sandboxCalls);
    const response = await asPersona(hub, 'burger2', DOSSIER_PAGINA, { id: DEMO_IDS.dossierAn });
    expect(response.body).toEqual({
      data: { dossier: null },
      errors: [{ message: 'Geen toegang.', path: ['dossier'], extensions: { code: 'FORBIDDEN', serviceName: 'dossier' } }],
    });
    expect(callsSince(hub, before)).toEqual({});
  });

  it('asks an anonymous caller to log in', async () => {
    const response = await asPersona(hub, undefined, DOSSIER_PAGINA, { id: DEMO_IDS.dossierAn });
    expect(response.body).toEqual({
      data: { dossier: null },
      errors: [{ message: 'Aanmelden is vereist.', path: ['dossier'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'dossier' } }],
    });
  });

  it('refuses tokens with a bad signature or expired, and no token gets only public data', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ roles: ['spoc'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'stad-forged' })
      .setIssuer(hub.issuer.issuerUrl('stad'))
      .setAudience('renovatiehub')
      .setSubject('stad-mallory')
      .setExpirationTime('10m')
      .sign(privateKey);
    const bad = await postGraphQL(hub.urls.graphql, { query: DOSSIER_PAGINA, variables: { id: DEMO_IDS.dossierAn } }, { bearer: forged });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ errors: [{ message: 'Het toegangstoken is ongeldig.', extensions: { code: 'UNAUTHENTICATED' } }] });

    const expired = await hub.issuer.personaToken('spoc', { expiresInSeconds: -120 });
    const late = await postGraphQL(hub.urls.graphql, { query: DOSSIER_PAGINA, variables: { id: DEMO_IDS.dossierAn } }, { bearer: expired });
    expect(late.status).toBe(401);
    expect(late.body).toEqual({ errors: [{ message: 'Het toegangstoken is verlopen.', extensions: { code: 'UNAUTHENTICATED' } }] });

    const catalogue = await asPersona<{ product: { naam: string; type: string } }>(hub, undefined, '{ product(id: "a1f0c3e2-6b1d-4f5e-9c2a-000000000003") { naam type } }');
    expect(catalogue.body).toEqual({ data: { product: { naam: 'Mijn VerbouwPremie', type: 'FINANCIEEL_VOORDEEL' } } });
  });

  it('has subgraphs that refuse a direct call that did not come through the gateway', async () => {
    for (const [name, url] of Object.entries(hub.urls.subgraphs)) {
      const direct = await postGraphQL(url, { query: '{ _service { sdl } }' });
      expect(direct.status, name).toBe(401);
      expect(direct.body, name).toEqual({ errors: [{ message: 'Deze dienst aanvaardt enkel oproepen via de gateway.', extensions: { code: 'UNAUTHENTICATED' } }] });
      // A spoofed identity header signed with another secret is refused just the same.
      const spoofed = await postGraphQL(url, { query: '{ _service { sdl } }' }, { identity: { sub: 'x', rollen: ['spoc'] }, secret: 'another-secret-of-at-least-32-characters' });
      expect(spoofed.status, name).toBe(401);
    }
  });

  it('rejects an over-deep and an over-aliased document before any subgraph or source is called', async () => {
    const before = new Map(hub.sandboxCalls);
    const deep = await asPersona(
      hub,
      'spoc',
      '{ dossier(id: "x") { burger { dossiers { burger { dossiers { burger { dossiers { burger { dossiers { burger { dossiers { burger { id } } } } } } } } } } } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY']);
    const aliased = await asPersona(hub, 'spoc', `{ ${Array.from({ length: 16 }, (_, i) => `d${i}: dossier(id: "${DEMO_IDS.dossierAn}") { id }`).join(' ')} }`);
    expect(aliased.status).toBe(400);
    expect(aliased.body).toEqual({
      errors: [{ message: 'Te veel aliassen: 16, het maximum is 15.', locations: [{ line: 1, column: 1 }], extensions: { code: 'TOO_MANY_ALIASES', maxAliases: 15 } }],
    });
    expect(callsSince(hub, before)).toEqual({});
  });

  it('is ready when every subgraph is', async () => {
    const ready = await fetch(`${hub.urls.gateway}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, subgraphs: { dossier: true, woningpas: true, ipdc: true, premies: true } });
  });
});
