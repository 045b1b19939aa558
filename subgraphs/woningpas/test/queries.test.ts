import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity } from '@hub/shared';
import { identityOf } from '@hub/shared/testing';
import { nockConfig, startWoningpas, UPSTREAM, type TestWoningpas } from './helpers.js';
import { adresBody, BRUSSELSESTRAAT } from './upstream.js';

const WONING = 'query ($adresId: ID!) { woning(adresId: $adresId) { adresId } }';
const ZOEKEN = `query ($straatnaam: String!, $huisnummer: String!, $busnummer: String, $postcode: String, $gemeentenaam: String) {
  adresZoeken(straatnaam: $straatnaam, huisnummer: $huisnummer, busnummer: $busnummer, postcode: $postcode, gemeentenaam: $gemeentenaam) {
    score adresId volledigAdres woning { adresId }
  }
}`;

const match = (body: ReturnType<typeof adresBody>, score: number) => {
  const { '@context': _c, ...rest } = body;
  return { ...rest, detail: `https://api.basisregisters.vlaanderen.be/v2/adressen/${body.identificator.objectId}`, score };
};

describe('Query.woning and Query.adresZoeken (nock upstreams)', () => {
  let wp: TestWoningpas;

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  beforeEach(async () => {
    wp = await startWoningpas(nockConfig({ ADRESSENREGISTER_API_KEY: 'register-key' }));
  });
  afterEach(async () => {
    await wp.close();
    nock.cleanAll();
  });

  it.each(['burger', 'spoc', 'energieconsulent', 'renovatiebegeleider', 'partner', 'stadsdienst', 'burgerprofiel'])(
    'returns the home by key for %s, without calling upstream',
    async (persona) => {
      const response = await wp.query(persona, WONING, { adresId: '3000120' });
      expect(response.body).toEqual({ data: { woning: { adresId: '3000120' } } });
      expect(wp.calls).toEqual([]);
    },
  );

  it.each([
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED', 'Aanmelden is vereist.'],
    ['an analist', identityOf('analist'), 'FORBIDDEN', 'Geen toegang.'],
  ])('refuses Query.woning and Query.adresZoeken to %s', async (_who, identity, code, message) => {
    const woning = await wp.query(identity, WONING, { adresId: '3000120' });
    expect(woning.body).toEqual({ data: { woning: null }, errors: [{ message, locations: [{ line: 1, column: 25 }], path: ['woning'], extensions: { code } }] });
    const zoeken = await wp.query(identity, ZOEKEN, { straatnaam: 'Tiensestraat', huisnummer: '120', postcode: '3000' });
    expect(zoeken.body).toEqual({ data: null, errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['adresZoeken'], extensions: { code } }] });
    expect(wp.calls).toEqual([]);
  });

  it('refuses an adresId that is not a number', async () => {
    const response = await wp.query('spoc', WONING, { adresId: '3000120/../1' });
    expect(response.body).toEqual({
      data: { woning: null },
      errors: [
        {
          message: 'Het adresId moet het objectId van een adres in het adressenregister zijn (een getal).',
          locations: [{ line: 1, column: 25 }],
          path: ['woning'],
          extensions: { code: 'BAD_USER_INPUT', field: 'adresId' },
        },
      ],
    });
  });

  it('does not let a direct query bypass the CRM: without heeftToegang, adres is refused', async () => {
    const response = await wp.query('spoc', '{ woning(adresId: "3000120") { adresId adres { volledigAdres } } }');
    expect(response.body).toEqual({
      data: { woning: { adresId: '3000120', adres: null } },
      errors: [
        { message: 'Geen toegang tot de gegevens van deze woning.', locations: [{ line: 1, column: 40 }], path: ['woning', 'adres'], extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(wp.calls).toEqual([]);
  });

  it('finds candidate addresses through the adresmatch: best first, only real addresses, with the API key', async () => {
    const bus1 = adresBody({ ...BRUSSELSESTRAAT, adresId: '3000043', busnummer: '1' });
    const bus2 = adresBody(BRUSSELSESTRAAT);
    const scope = nock(UPSTREAM.adressenregister)
      .matchHeader('x-api-key', 'register-key')
      .get('/v2/adresmatch')
      .query({ straatnaam: 'Brusselsestraat', huisnummer: '44', postcode: '3000' })
      .reply(200, {
        adresMatches: [
          match(bus1, 90),
          // A street-level match has no address id: not a candidate.
          { gemeente: bus1.gemeente, straatnaam: bus1.straatnaam, score: 50 },
          match(bus2, 95.5),
        ],
        warnings: [],
      });

    const response = await wp.query('burger', ZOEKEN, { straatnaam: ' Brusselsestraat ', huisnummer: '44', postcode: '3000', gemeentenaam: '' });

    expect(response.body).toEqual({
      data: {
        adresZoeken: [
          { score: 95.5, adresId: '3000044', volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven', woning: { adresId: '3000044' } },
          { score: 90, adresId: '3000043', volledigAdres: 'Brusselsestraat 44 bus 1, 3000 Leuven', woning: { adresId: '3000043' } },
        ],
      },
    });
    expect(scope.isDone()).toBe(true);
    expect(wp.calls.map((c) => [c.source, c.path, c.status])).toEqual([['adressenregister', '/v2/adresmatch', 200]]);
  });

  it('spells a candidate without volledigAdres from its parts, and answers an empty list when nothing matches', async () => {
    nock(UPSTREAM.adressenregister)
      .get('/v2/adresmatch')
      .query({ straatnaam: 'Brusselsestraat', huisnummer: '44', busnummer: '2', gemeentenaam: 'Leuven' })
      .reply(200, { adresMatches: [{ ...match(adresBody(BRUSSELSESTRAAT), 100), volledigAdres: undefined }] })
      .get('/v2/adresmatch')
      .query({ straatnaam: 'Nergensstraat', huisnummer: '1', gemeentenaam: 'Leuven' })
      .reply(200, { adresMatches: [] });

    const found = await wp.query('spoc', ZOEKEN, { straatnaam: 'Brusselsestraat', huisnummer: '44', busnummer: '2', gemeentenaam: 'Leuven' });
    expect(found.body).toEqual({
      data: { adresZoeken: [{ score: 100, adresId: '3000044', volledigAdres: 'Brusselsestraat 44 bus 2, 3000 Leuven', woning: { adresId: '3000044' } }] },
    });
    const none = await wp.query('spoc', ZOEKEN, { straatnaam: 'Nergensstraat', huisnummer: '1', gemeentenaam: 'Leuven' });
    expect(none.body).toEqual({ data: { adresZoeken: [] } });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it.each([
    ['an empty straatnaam', { straatnaam: '  ', huisnummer: '1', postcode: '3000' }, 'straatnaam', 'Geef een straatnaam van hoogstens 80 tekens.'],
    ['a too long straatnaam', { straatnaam: 'x'.repeat(81), huisnummer: '1', postcode: '3000' }, 'straatnaam', 'Geef een straatnaam van hoogstens 80 tekens.'],
    ['a huisnummer with a space', { straatnaam: 'Tiensestraat', huisnummer: '12 A', postcode: '3000' }, 'huisnummer', 'Geef een huisnummer zoals 12, 12A of 12-14.'],
    ['a busnummer with odd characters', { straatnaam: 'Tiensestraat', huisnummer: '12', busnummer: '<2>', postcode: '3000' }, 'busnummer', 'Een busnummer bestaat uit letters en cijfers, bv. 2 of 0.1.'],
    ['a postcode of 3 digits', { straatnaam: 'Tiensestraat', huisnummer: '12', postcode: '300' }, 'postcode', 'Een Belgische postcode bestaat uit 4 cijfers, bv. 3000.'],
    ['a too long gemeentenaam', { straatnaam: 'Tiensestraat', huisnummer: '12', gemeentenaam: 'L'.repeat(81) }, 'gemeentenaam', 'Een gemeentenaam heeft hoogstens 80 tekens.'],
    ['neither postcode nor gemeentenaam', { straatnaam: 'Tiensestraat', huisnummer: '12' }, 'postcode', 'Geef de postcode of de gemeentenaam (of beide).'],
  ])('refuses %s with BAD_USER_INPUT and calls nothing', async (_case, variables, field, message) => {
    const response = await wp.query('spoc', ZOEKEN, variables);
    expect(response.body).toEqual({
      data: null,
      errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['adresZoeken'], extensions: { code: 'BAD_USER_INPUT', field } }],
    });
    expect(wp.calls).toEqual([]);
  });

  it('refuses with 401 a call that did not come through the gateway', async () => {
    const call = (headers: Record<string, string>) =>
      fetch(wp.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: WONING, variables: { adresId: '3000120' } }) });
    const refused = { errors: [{ message: 'Deze dienst aanvaardt enkel oproepen via de gateway.', extensions: { code: 'UNAUTHENTICATED' } }] };

    const without = await call({});
    expect(without.status).toBe(401);
    expect(await without.json()).toEqual(refused);

    const forged = await call({ [IDENTITY_HEADER]: signIdentity(identityOf('spoc'), 'another-secret-of-at-least-32-characters!') });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual(refused);
    expect(wp.calls).toEqual([]);
  });
});
