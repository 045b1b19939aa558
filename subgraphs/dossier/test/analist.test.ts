import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { DEMO_WONINGEN } from '@hub/shared/demo';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDossierDemoData } from '../src/server.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { KLANTREIS_TABELLEN, kolom } from './klantreis-helpers.js';
import { C, DEMO_IDS } from './fixtures.js';
import { DEMO_TRAJECT_IDS } from '../src/seed/demo-traject.js';

/*
 * DESIGN §6: an analyst sees aggregate statistics only: no names, no INSZ, no addresses below street
 * level. This walks everything a client can ask of the dossier subgraph (its part of the gateway's API
 * schema, composed as the gateway composes it), as an analyst, on the demo world with the statistics
 * demo: every query but the statistics is refused, every entity reference too, no mutation gets through,
 * and the statistics hold nothing personal.
 */

let s: DossierTestSubgraph;
let api: GraphQLSchema;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: () => new Date('2026-03-02T10:00:00.000Z') });
  await seedDossierDemoData(s.dataSource, { statistieken: true });
  const composed = composeServices([{ name: 'dossier', url: 'http://dossier/graphql', typeDefs: parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')) }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  api = composed.schema.toAPISchema().toGraphQLJSSchema();
});
afterAll(() => s?.close());

const geweigerd = (veld: string, column: number, data: unknown = null) => ({
  data,
  errors: [{ message: 'Geen toegang.', locations: [{ line: 1, column }], path: [veld], extensions: { code: 'FORBIDDEN' } }],
});

/** One representative query per Query field of the API schema, and what an analyst gets. */
const QUERIES: Record<string, { query: string; verwacht: unknown }> = {
  dossier: { query: `{ dossier(id: "${DEMO_IDS.dossierAn}") { id titel } }`, verwacht: geweigerd('dossier', 3, { dossier: null }) },
  dossiers: { query: `{ dossiers { totalCount edges { node { id } } } }`, verwacht: geweigerd('dossiers', 3) },
  burger: { query: `{ burger(id: "${DEMO_IDS.burgerAn}") { voornaam } }`, verwacht: geweigerd('burger', 3, { burger: null }) },
  ik: { query: `{ ik { id voornaam } }`, verwacht: { data: { ik: null } } },
  vraag: { query: `{ vraag(id: "${C.vraagFatima}") { onderwerp } }`, verwacht: geweigerd('vraag', 3, { vraag: null }) },
  vragenInbox: { query: `{ vragenInbox { totalCount } }`, verwacht: geweigerd('vragenInbox', 3) },
  auditTrail: { query: `{ auditTrail(dossierId: "${DEMO_IDS.dossierAn}") { totalCount } }`, verwacht: geweigerd('auditTrail', 3) },
  lopendeZaken: { query: `{ lopendeZaken(insz: "85031412302") { id } }`, verwacht: geweigerd('lopendeZaken', 3) },
  medewerkers: { query: `{ medewerkers { id naam } }`, verwacht: geweigerd('medewerkers', 3) },
  statistieken: { query: `{ statistieken { aantalDossiers } }`, verwacht: { data: { statistieken: { aantalDossiers: 155 } } } },
};

describe('an analyst', () => {
  it('the walk covers every query of the API schema', () => {
    expect(Object.keys(api.getQueryType()!.getFields()).sort()).toEqual(Object.keys(QUERIES).sort());
  });

  it.each(Object.entries(QUERIES))('query %s', async (_, { query, verwacht }) => {
    expect((await s.gql('analist', query)).body).toEqual(verwacht);
  });

  it('resolves no entity but the statistics: a reference does not bypass the rules', async () => {
    const refs = [
      ['Burger', { id: DEMO_IDS.burgerAn }, 'voornaam'],
      ['Vraag', { id: C.vraagAn }, 'onderwerp'],
      ['Dossier', { id: DEMO_IDS.dossierAn }, 'titel'],
      ['Maatregel', { id: C.maatregelAnDak }, 'omschrijving'],
      ['Document', { id: DEMO_TRAJECT_IDS.documentAnDubo }, 'titel'],
      ['Offerte', { id: DEMO_TRAJECT_IDS.offerteAnDakJanssens }, 'bedragExclBtw'],
      ['Factuur', { id: DEMO_TRAJECT_IDS.factuurKoenWarmtepomp }, 'nummer'],
    ] as const;
    for (const [type, ref, veld] of refs) {
      const res = await s.gql('analist', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${veld} } } }`, { r: [{ __typename: type, ...ref }] });
      expect(res.body, type).toEqual({
        data: { _entities: [null] },
        errors: [{ message: 'Geen toegang.', locations: [{ line: 1, column: 24 }], path: ['_entities', 0], extensions: { code: 'FORBIDDEN' } }],
      });
    }
    // A home: no access to its data from the authentic sources, and no dossiers.
    const WONING = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { heeftToegang dossiers { id } } } }`;
    const woning = await s.gql('analist', WONING, { r: [{ __typename: 'Woning', adresId: DEMO_WONINGEN[0]!.adresId }] });
    expect(woning.body).toEqual({
      data: { _entities: [null] },
      errors: [{ message: 'Geen toegang.', locations: [{ line: 1, column: kolom(WONING, 'dossiers') }], path: ['_entities', 0, 'dossiers'], extensions: { code: 'FORBIDDEN' } }],
    });
    const toegang = await s.gql('analist', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Woning { heeftToegang } } }`, {
      r: [{ __typename: 'Woning', adresId: DEMO_WONINGEN[0]!.adresId }],
    });
    expect(toegang.body).toEqual({ data: { _entities: [{ heeftToegang: false }] } });
  });

  it('gets through no mutation, and none changes anything', async () => {
    const voor = await tellingen();
    const mutaties = Object.values(api.getMutationType()!.getFields());
    expect(mutaties.length).toBeGreaterThan(25);
    for (const veld of mutaties) {
      const declaraties = veld.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = veld.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const variables = Object.fromEntries(veld.args.map((a) => [a.name, voorbeeld(a.type, a.name)]));
      const res = await s.gql('analist', `mutation (${declaraties}) { ${veld.name}(${args}) { __typename } }`, variables);
      expect(res.body, veld.name).toEqual({ data: null, errors: [expect.objectContaining({ message: 'Geen toegang.', path: [veld.name], extensions: { code: 'FORBIDDEN' } })] });
    }
    expect(await tellingen()).toEqual(voor);
  });

  it('sees in the statistics only aggregates: no name, INSZ, e-mail, phone, address, home or id of the CRM', async () => {
    const velden = (type: string): string => {
      const t = api.getType(type);
      if (!isObjectType(t)) throw new Error(`${type} is no object type`);
      return Object.entries(t.getFields())
        .map(([naam, f]) => {
          const sub = getNamedType(f.type);
          return isObjectType(sub) ? `${naam} { ${velden(sub.name)} }` : naam;
        })
        .join(' ');
    };
    const res = await s.gql('analist', `{ statistieken { ${velden('Statistieken')} } }`);
    expect(res.body.errors).toBeUndefined();
    const tekst = JSON.stringify(res.body.data);
    const persoonlijk = await s.dataSource.query<Array<{ waarde: string }>>(
      `SELECT voornaam AS waarde FROM burger UNION SELECT achternaam FROM burger UNION SELECT insz FROM burger WHERE insz IS NOT NULL
       UNION SELECT email FROM burger WHERE email IS NOT NULL UNION SELECT telefoon FROM burger WHERE telefoon IS NOT NULL
       UNION SELECT id::text FROM burger UNION SELECT id::text FROM dossier UNION SELECT adres_id FROM dossier UNION SELECT adres_tekst FROM dossier WHERE adres_tekst IS NOT NULL
       UNION SELECT titel FROM dossier UNION SELECT referentie FROM dossier UNION SELECT contact_naam FROM vraag WHERE contact_naam IS NOT NULL
       UNION SELECT contact_email FROM vraag WHERE contact_email IS NOT NULL UNION SELECT onderwerp FROM vraag UNION SELECT naam FROM medewerker`,
    );
    expect(persoonlijk.length).toBeGreaterThan(500);
    const gevonden = persoonlijk.map((p) => p.waarde).filter((w) => tekst.includes(w));
    expect(gevonden).toEqual([]);
    // The street, postcode-level figures are there: the statistics are not empty.
    expect(tekst).toMatch(/"aantalDossiers":155/);
  });

  it('cannot even ask for the internal lists of homes and dossiers: they are not in the API schema', () => {
    const statistieken = api.getType('Statistieken') as { getFields(): Record<string, unknown> };
    expect(Object.keys(statistieken.getFields())).not.toContain('begeleideWoningen');
    expect(Object.keys(statistieken.getFields())).not.toContain('dossierIds');
    expect(Object.keys((api.getType('Woning') as { getFields(): Record<string, unknown> }).getFields())).toEqual(['adresId', 'dossiers']);
  });
});

/** Every table the CRM writes, to show that nothing changed. */
async function tellingen(): Promise<Record<string, number>> {
  const tabellen = [...KLANTREIS_TABELLEN.filter((t) => t !== 'audit_log'), 'maatregel', 'offerte', 'factuur', 'document', 'document_upload', 'mijlpaal', 'medewerker'];
  const [row] = await s.dataSource.query<Array<Record<string, number>>>(`SELECT ${tabellen.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`);
  const [wijzigingen] = await s.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'WIJZIGEN'`);
  return { ...row!, wijzigingen: wijzigingen!.n };
}

/** What some inputs need besides their required fields to be valid. */
const AANVULLING: Record<string, object> = {
  MijlpaalInput: { soort: 'HUISBEZOEK' },
  WijzigMaatregelInput: { omschrijving: 'Tekst' },
};

/** A valid value of an input type: its required fields filled in (ids of existing demo records, valid-looking values). */
function voorbeeld(type: GraphQLInputType, naam: string): unknown {
  if (isNonNullType(type)) return voorbeeld(type.ofType, naam);
  if (isListType(type)) return [voorbeeld(type.ofType, naam)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    // The required fields only (an optional one may only fit some kinds), and a kind that needs no more.
    const velden = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return { ...Object.fromEntries(velden.map((f) => [f.name, voorbeeld(f.type, f.name)])), ...AANVULLING[type.name] };
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return naam === 'adresId' ? '3000120' : /^(renovatiebegeleider|spoc|medewerker|id)$/.test(naam) ? 'stad-lies.wouters' : DEMO_IDS.dossierAn;
      case 'Int':
        return 1;
      case 'Float':
        return naam === 'btwTarief' || naam === 'btwBedrag' ? 21 : 100;
      case 'Boolean':
        return true;
      case 'Datum':
        return naam === 'op' ? '2026-03-10' : '2026-03-01';
      case 'DateTime':
        return '2026-03-01T10:00:00.000Z';
      default:
        return naam === 'insz' ? '85031412302' : naam === 'postcode' ? '3000' : naam === 'kbo' ? '0123456749' : naam === 'email' ? 'x@example.be' : 'Tekst';
    }
  }
  throw new Error(`No example for ${String(type)}`);
}
