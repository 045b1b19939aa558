import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@hub/shared';
import { DEMO_IDS } from '@hub/shared/demo';
import { identityOf } from '@hub/shared/testing';
import { PremieAanvraagEntity, type PremieAanvraagRow } from '../src/entities/premie-aanvraag.js';
import { seedPremiesDemoData } from '../src/server.js';
import { WERKCATEGORIEEN } from '../src/regels/schema.js';
import { teKlein } from '@hub/shared';
import { premieCijfers, toonTelling } from '../src/services/statistiek/premie-statistiek.js';
import { startPremies, type TestPremies } from './helpers.js';

// Statistieken.premies (issue 6): the premie figures per work category of the dossiers the dossier subgraph
// hands over, from the advice recorded by Dossier.premieAdvies and the applications at the desk, with the
// k-anonymity of the dossier subgraph. Through _entities, as the gateway calls it.

const STATISTIEK = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Statistieken {
      sleutel
      premies { categorie geadviseerd { ...T } aangevraagd { ...T } toegekend { ...T } uitbetaald { ...T } }
    }
  }
}
fragment T on PremieTelling { aantalDossiers aantalMaatregelen bedrag aantalZonderBedrag onderdrukt }`;

const ADVIES = `query ($representations: [_Any!]!, $datum: Date, $doelgroep: PremieDoelgroep) {
  _entities(representations: $representations) { ... on Dossier { premieAdvies(datum: $datum, doelgroep: $doelgroep) { totaal premies { maatregelId status bedrag } } } }
}`;

const SLEUTEL = '{"van":"2026-01-01","tot":null,"postcodes":null}';
/** Where `premies` stands in STATISTIEK, for the errors. */
const PREMIES_VELD = [{ line: 5, column: 7 }];

/** Seven dossiers: six in the statistics' selection, the seventh outside it (it must never count). */
const D = Object.fromEntries(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'].map((k) => [k, randomUUID()])) as Record<'d1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6' | 'd7', string>;
const SELECTIE = [D.d1, D.d2, D.d3, D.d4, D.d5, D.d6];
const MAATREGELEN = ['d1dak', 'd1ramen', 'd2dak', 'd2vloer', 'd3dak', 'd3dak2', 'd4warmtepomp', 'd5dak', 'd6dak', 'd6ramen', 'd7dak'] as const;
const M = Object.fromEntries(MAATREGELEN.map((k) => [k, randomUUID()])) as Record<(typeof MAATREGELEN)[number], string>;

const dossier = (id: string, burgerId: string, maatregelen: Array<Record<string, unknown>>) => ({
  __typename: 'Dossier',
  id,
  burger: { id: burgerId },
  woning: { adresId: '3000120', epc: { certificaatnummer: '20240318-0001234-00000001', label: 'F', bouwjaar: 1930 } },
  maatregelen: maatregelen.map((m) => ({ uitvoering: null, oppervlakteM2: null, facturen: [], ...m })),
});

/** The dossiers as the gateway passes them to premieAdvies: An (categorie 3) in d1-d4 and d7, Youssef (4) in d5, Marc (none) in d6. */
const DOSSIERS = [
  dossier(D.d1, DEMO_IDS.burgerAn, [
    { id: M.d1dak, categorie: 'DAK', bedragExclBtw: 9000 },
    { id: M.d1ramen, categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800 },
  ]),
  dossier(D.d2, DEMO_IDS.burgerAn, [
    { id: M.d2dak, categorie: 'DAK', bedragExclBtw: 9000 },
    { id: M.d2vloer, categorie: 'VLOER', bedragExclBtw: 2000 },
  ]),
  dossier(D.d3, DEMO_IDS.burgerAn, [
    { id: M.d3dak, categorie: 'DAK', bedragExclBtw: 9000 },
    { id: M.d3dak2, categorie: 'DAK', bedragExclBtw: 2000 },
  ]),
  dossier(D.d4, DEMO_IDS.burgerAn, [{ id: M.d4warmtepomp, categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_LUCHT_WATER', bedragExclBtw: 15400 }]),
  dossier(D.d5, DEMO_IDS.burgerYoussef, [{ id: M.d5dak, categorie: 'DAK', bedragExclBtw: 9000 }]),
  dossier(D.d6, DEMO_IDS.burgerMarc, [
    { id: M.d6dak, categorie: 'DAK', bedragExclBtw: 9000 },
    { id: M.d6ramen, categorie: 'RAMEN_EN_DEUREN', bedragExclBtw: 7800 },
  ]),
  dossier(D.d7, DEMO_IDS.burgerAn, [{ id: M.d7dak, categorie: 'DAK', bedragExclBtw: 9000 }]),
];

/** A Mijn VerbouwPremie application as the application part of this subgraph stores it. */
function aanvraag(
  dossierId: string,
  maatregelId: string,
  werkcategorie: string,
  status: PremieAanvraagRow['status'],
  aangevraagdOp: string,
  bedragen: { verwacht?: number | null; toegekend?: number | null; uitbetaald?: number | null } = {},
): PremieAanvraagRow {
  const opLoket = status !== 'TE_VERZENDEN' && status !== 'NIET_AANVAARD';
  return {
    id: randomUUID(),
    idempotencyKey: `test-${randomUUID()}`,
    inhoudHash: 'a'.repeat(64),
    dossierId,
    maatregelId,
    burgerId: DEMO_IDS.burgerAn,
    insz: '85031412302',
    begeleiderSub: null,
    aangevraagdDoor: 'acm-85031412302',
    werkcategorie,
    inhoud: {} as PremieAanvraagRow['inhoud'],
    ean: '541448820000000001',
    iban: 'BE68539007547034',
    problemen: [],
    status,
    dossiernummer: opLoket ? `26-MVP-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}` : null,
    verwachtBedrag: bedragen.verwacht ?? null,
    toegekendBedrag: bedragen.toegekend ?? null,
    uitbetaaldBedrag: bedragen.uitbetaald ?? null,
    reden: null,
    aangevraagdOp: new Date(aangevraagdOp),
    ingediendOp: opLoket ? new Date(aangevraagdOp) : null,
    gewijzigdOp: new Date(aangevraagdOp),
    volgendeControleOp: null,
  };
}

const AANVRAGEN = [
  // d1: the roof paid out; the windows refused at receipt by the desk (NIET_AANVAARD: not an application at the desk).
  aanvraag(D.d1, M.d1dak, 'DAK', 'UITBETAALD', '2026-03-10T09:00:00.000Z', { verwacht: 3150, toegekend: 3150, uitbetaald: 3150 }),
  aanvraag(D.d1, M.d1ramen, 'RAMEN_EN_DEUREN', 'NIET_AANVAARD', '2026-03-11T09:00:00.000Z', { verwacht: 2730 }),
  // d2: the roof granted for less than expected.
  aanvraag(D.d2, M.d2dak, 'DAK', 'GOEDGEKEURD', '2026-03-12T09:00:00.000Z', { verwacht: 3150, toegekend: 3000 }),
  // d3: the roof refused first, then applied for again and granted: the measure counts once, with its latest application.
  aanvraag(D.d3, M.d3dak, 'DAK', 'AFGEWEZEN', '2026-02-01T09:00:00.000Z', { verwacht: 3150 }),
  aanvraag(D.d3, M.d3dak, 'DAK', 'GOEDGEKEURD', '2026-04-01T09:00:00.000Z', { verwacht: 3150, toegekend: 2900 }),
  // d4: the heat pump paid out (a group of one dossier).
  aanvraag(D.d4, M.d4warmtepomp, 'WARMTEPOMP', 'UITBETAALD', '2026-03-15T09:00:00.000Z', { verwacht: 4500, toegekend: 4500, uitbetaald: 4500 }),
  // d5: at the desk, not decided yet.
  aanvraag(D.d5, M.d5dak, 'DAK', 'IN_BEHANDELING', '2026-04-20T09:00:00.000Z', { verwacht: 4500 }),
  // d6: stored in the hub, not sent yet: not at the desk.
  aanvraag(D.d6, M.d6dak, 'DAK', 'TE_VERZENDEN', '2026-05-03T09:00:00.000Z'),
  // d7: outside the selection.
  aanvraag(D.d7, M.d7dak, 'DAK', 'UITBETAALD', '2026-03-01T09:00:00.000Z', { verwacht: 3150, toegekend: 3150, uitbetaald: 3150 }),
];

type Telling = { aantalDossiers: number | null; aantalMaatregelen: number | null; bedrag: number | null; aantalZonderBedrag: number | null; onderdrukt: boolean };
const LEEG: Telling = { aantalDossiers: 0, aantalMaatregelen: 0, bedrag: 0, aantalZonderBedrag: 0, onderdrukt: false };
const ONDERDRUKT: Telling = { aantalDossiers: null, aantalMaatregelen: null, bedrag: null, aantalZonderBedrag: null, onderdrukt: true };
const telling = (aantalDossiers: number, aantalMaatregelen: number, bedrag: number | null, aantalZonderBedrag: number): Telling => ({
  aantalDossiers,
  aantalMaatregelen,
  bedrag,
  aantalZonderBedrag,
  onderdrukt: false,
});
/** All eleven work categories in the order of the rule set, empty unless given. */
const perCategorie = (gegeven: Record<string, Partial<Record<'geadviseerd' | 'aangevraagd' | 'toegekend' | 'uitbetaald', Telling>>>) =>
  WERKCATEGORIEEN.map((categorie) => ({ categorie, geadviseerd: LEEG, aangevraagd: LEEG, toegekend: LEEG, uitbetaald: LEEG, ...gegeven[categorie] }));

const representatie = (drempel: unknown, dossierIds: unknown = SELECTIE) => ({ __typename: 'Statistieken', sleutel: SLEUTEL, drempel, dossierIds });

describe(`Statistieken.premies in the subgraph (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let premies: TestPremies;
  let nu = new Date('2026-05-04T08:00:00.000Z');

  beforeAll(async () => {
    premies = await startPremies({ now: () => nu });
    await seedPremiesDemoData(premies.db.dataSource);
    await premies.db.dataSource.getRepository(PremieAanvraagEntity).insert(AANVRAGEN);
  });
  afterAll(async () => premies?.close());
  beforeEach(() => premies.queries.reset());

  const vastgelegd = async () =>
    (
      (await premies.db.dataSource.query(
        `SELECT dossier_id, maatregel_id, status, bedrag::float8 AS bedrag, to_char(vastgelegd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS op
         FROM premie_advies ORDER BY dossier_id, maatregel_id`,
      )) as Array<{ dossier_id: string; maatregel_id: string; status: string; bedrag: number | null; op: string }>
    ).map((r) => ({ ...r, bedrag: r.bedrag === null ? null : Number(r.bedrag) }));
  const rij = (dossierId: string, maatregelId: string, status: string, bedrag: number | null, op = '2026-05-04T08:00') => ({
    dossier_id: dossierId,
    maatregel_id: maatregelId,
    status,
    bedrag,
    op,
  });
  const opVolgorde = <T extends { dossier_id: string; maatregel_id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.dossier_id + a.maatregel_id < b.dossier_id + b.maatregel_id ? -1 : 1));

  it('records the advice of today of seven dossiers in one statement, next to the two reads of the advice', async () => {
    const response = await premies.call(ADVIES, { representations: DOSSIERS }, identityOf('spoc'));
    expect(response.body).toEqual({
      data: {
        _entities: [
          { premieAdvies: { totaal: 5880, premies: [{ maatregelId: M.d1dak, status: 'BEREKEND', bedrag: 3150 }, { maatregelId: M.d1ramen, status: 'BEREKEND', bedrag: 2730 }] } },
          { premieAdvies: { totaal: 3150, premies: [{ maatregelId: M.d2dak, status: 'BEREKEND', bedrag: 3150 }, { maatregelId: M.d2vloer, status: 'REGEL_ONBEKEND', bedrag: null }] } },
          { premieAdvies: { totaal: 3850, premies: [{ maatregelId: M.d3dak, status: 'BEREKEND', bedrag: 3150 }, { maatregelId: M.d3dak2, status: 'BEREKEND', bedrag: 700 }] } },
          { premieAdvies: { totaal: 4500, premies: [{ maatregelId: M.d4warmtepomp, status: 'BEREKEND', bedrag: 4500 }] } },
          { premieAdvies: { totaal: 4500, premies: [{ maatregelId: M.d5dak, status: 'BEREKEND', bedrag: 4500 }] } },
          { premieAdvies: { totaal: 0, premies: [{ maatregelId: M.d6dak, status: 'GEGEVENS_ONTBREKEN', bedrag: null }, { maatregelId: M.d6ramen, status: 'GEGEVENS_ONTBREKEN', bedrag: null }] } },
          { premieAdvies: { totaal: 3150, premies: [{ maatregelId: M.d7dak, status: 'BEREKEND', bedrag: 3150 }] } },
        ],
      },
    });
    // The income categories, the applications of every measure, and one write for all seven dossiers.
    expect(premies.queries.count).toBe(3);
    expect(premies.queries.statements.filter((sql) => /premie_advies/.test(sql))).toHaveLength(1);
    expect(await vastgelegd()).toEqual(
      opVolgorde([
        rij(D.d1, M.d1dak, 'BEREKEND', 3150),
        rij(D.d1, M.d1ramen, 'BEREKEND', 2730),
        rij(D.d2, M.d2dak, 'BEREKEND', 3150),
        rij(D.d2, M.d2vloer, 'REGEL_ONBEKEND', null),
        rij(D.d3, M.d3dak, 'BEREKEND', 3150),
        rij(D.d3, M.d3dak2, 'BEREKEND', 700),
        rij(D.d4, M.d4warmtepomp, 'BEREKEND', 4500),
        rij(D.d5, M.d5dak, 'BEREKEND', 4500),
        rij(D.d6, M.d6dak, 'GEGEVENS_ONTBREKEN', null),
        rij(D.d6, M.d6ramen, 'GEGEVENS_ONTBREKEN', null),
        rij(D.d7, M.d7dak, 'BEREKEND', 3150),
      ]),
    );
  });

  it('an analyst gets the figures per work category: groups under the threshold suppressed, the dossier outside the selection left out', async () => {
    const response = await premies.call(STATISTIEK, { representations: [representatie(3)] }, identityOf('analist'));
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            sleutel: SLEUTEL,
            premies: perCategorie({
              // Advised: d1, d2, d3 (two roofs), d5, and d6 without an amount (Marc gave no income category).
              // Applied for: the latest application the desk received per measure (d3's refusal does not count
              // twice, d6's is not sent yet). Granted: d1, d2, d3 with the desk's amounts. Paid: d1 only.
              DAK: { geadviseerd: telling(5, 6, 14650, 1), aangevraagd: telling(4, 4, 13950, 0), toegekend: telling(3, 3, 9050, 0), uitbetaald: ONDERDRUKT },
              // Two dossiers advised; the only application was not accepted by the desk.
              RAMEN_EN_DEUREN: { geadviseerd: ONDERDRUKT },
              VLOER: { geadviseerd: ONDERDRUKT },
              WARMTEPOMP: { geadviseerd: ONDERDRUKT, aangevraagd: ONDERDRUKT, toegekend: ONDERDRUKT, uitbetaald: ONDERDRUKT },
            }),
          },
        ],
      },
    });
    // One SQL aggregate for the whole selection.
    expect(premies.queries.count).toBe(1);
  });

  it('with threshold 1 nothing is suppressed: the small groups, an amount nobody could compute, the sums to the cent', async () => {
    const response = await premies.call(STATISTIEK, { representations: [representatie(1)] }, identityOf('spoc'));
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            sleutel: SLEUTEL,
            premies: perCategorie({
              DAK: { geadviseerd: telling(5, 6, 14650, 1), aangevraagd: telling(4, 4, 13950, 0), toegekend: telling(3, 3, 9050, 0), uitbetaald: telling(1, 1, 3150, 0) },
              RAMEN_EN_DEUREN: { geadviseerd: telling(2, 2, 2730, 1) },
              // The rule set knows no unambiguous amount: one measure, no amount (null, not 0).
              VLOER: { geadviseerd: telling(1, 1, null, 1) },
              WARMTEPOMP: { geadviseerd: telling(1, 1, 4500, 0), aangevraagd: telling(1, 1, 4500, 0), toegekend: telling(1, 1, 4500, 0), uitbetaald: telling(1, 1, 4500, 0) },
            }),
          },
        ],
      },
    });
    expect(premies.queries.count).toBe(1);
  });

  it('the back office (spoc, energieconsulent) sees the same; the same selection asked twice costs one statement', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Statistieken {
      premies { categorie geadviseerd { aantalDossiers bedrag } } ook: premies { categorie toegekend { aantalDossiers bedrag } } } } }`;
    const responses = [];
    for (const persona of ['analist', 'spoc', 'energieconsulent']) {
      premies.queries.reset();
      responses.push((await premies.call(query, { representations: [representatie(3)] }, identityOf(persona))).body);
      expect(premies.queries.count).toBe(1);
    }
    const verwacht = {
      data: {
        _entities: [
          {
            premies: WERKCATEGORIEEN.map((categorie) => ({
              categorie,
              geadviseerd:
                categorie === 'DAK'
                  ? { aantalDossiers: 5, bedrag: 14650 }
                  : ['RAMEN_EN_DEUREN', 'VLOER', 'WARMTEPOMP'].includes(categorie)
                    ? { aantalDossiers: null, bedrag: null }
                    : { aantalDossiers: 0, bedrag: 0 },
            })),
            ook: WERKCATEGORIEEN.map((categorie) => ({
              categorie,
              toegekend: categorie === 'DAK' ? { aantalDossiers: 3, bedrag: 9050 } : categorie === 'WARMTEPOMP' ? { aantalDossiers: null, bedrag: null } : { aantalDossiers: 0, bedrag: 0 },
            })),
          },
        ],
      },
    };
    expect(responses).toEqual([verwacht, verwacht, verwacht]);
  });

  it('a selection without premies shows every category empty, and an empty selection reads nothing', async () => {
    const response = await premies.call(STATISTIEK, { representations: [representatie(3, [randomUUID(), 'geen-uuid'])] }, identityOf('analist'));
    expect(response.body).toEqual({ data: { _entities: [{ sleutel: SLEUTEL, premies: perCategorie({}) }] } });
    expect(premies.queries.count).toBe(1);
    premies.queries.reset();
    const leeg = await premies.call(STATISTIEK, { representations: [representatie(3, [])] }, identityOf('analist'));
    expect(leeg.body).toEqual({ data: { _entities: [{ sleutel: SLEUTEL, premies: perCategorie({}) }] } });
    expect(premies.queries.count).toBe(0);
  });

  it('citizens, coaches, partners, city services and Mijn Burgerprofiel get FORBIDDEN, anonymous callers UNAUTHENTICATED, reading nothing', async () => {
    for (const persona of ['burger', 'renovatiebegeleider', 'partner', 'stadsdienst', 'burgerprofiel']) {
      const response = await premies.call(STATISTIEK, { representations: [representatie(3)] }, identityOf(persona));
      expect(response.body).toEqual({
        errors: [{ message: 'Geen toegang.', locations: PREMIES_VELD, path: ['_entities', 0, 'premies'], extensions: { code: 'FORBIDDEN' } }],
        data: { _entities: [{ sleutel: SLEUTEL, premies: null }] },
      });
    }
    const anoniem = await premies.call(STATISTIEK, { representations: [representatie(3)] }, ANONYMOUS);
    expect(anoniem.body).toEqual({
      errors: [{ message: 'Aanmelden is vereist.', locations: PREMIES_VELD, path: ['_entities', 0, 'premies'], extensions: { code: 'UNAUTHENTICATED' } }],
      data: { _entities: [{ sleutel: SLEUTEL, premies: null }] },
    });
    expect(premies.queries.count).toBe(0);
  });

  it('a representation without a valid threshold or list of dossiers gives BAD_USER_INPUT, reading nothing', async () => {
    const response = await premies.call(
      STATISTIEK,
      { representations: [representatie(0), representatie(2.5), { __typename: 'Statistieken', sleutel: SLEUTEL, drempel: 3 }, representatie(3, [1, 2])] },
      identityOf('analist'),
    );
    const fout = (field: string, message: string, i: number) => ({
      message,
      locations: PREMIES_VELD,
      path: ['_entities', i, 'premies'],
      extensions: { code: 'BAD_USER_INPUT', field },
    });
    const drempel = 'Statistieken zonder geldige drempel: de k-anonimiteitsdrempel moet een geheel getal van minstens 1 zijn.';
    expect(response.body).toEqual({
      errors: [fout('drempel', drempel, 0), fout('drempel', drempel, 1), fout('dossierIds', 'Statistieken zonder de lijst van dossiers.', 2), fout('dossierIds', 'Statistieken zonder de lijst van dossiers.', 3)],
      data: { _entities: [0, 1, 2, 3].map(() => ({ sleutel: SLEUTEL, premies: null })) },
    });
    expect(premies.queries.count).toBe(0);
  });

  it('a later advice replaces the recorded one: a removed measure disappears, an unchanged one keeps its date', async () => {
    nu = new Date('2026-05-06T10:00:00.000Z');
    const zonderVloer = dossier(D.d2, DEMO_IDS.burgerAn, [{ id: M.d2dak, categorie: 'DAK', bedragExclBtw: 9000 }]);
    const anders = dossier(D.d5, DEMO_IDS.burgerYoussef, [{ id: M.d5dak, categorie: 'DAK', bedragExclBtw: 4000 }]);
    const response = await premies.call(ADVIES, { representations: [zonderVloer, anders] }, identityOf('burger'));
    expect(response.body).toEqual({
      data: {
        _entities: [
          { premieAdvies: { totaal: 3150, premies: [{ maatregelId: M.d2dak, status: 'BEREKEND', bedrag: 3150 }] } },
          { premieAdvies: { totaal: 2000, premies: [{ maatregelId: M.d5dak, status: 'BEREKEND', bedrag: 2000 }] } },
        ],
      },
    });
    expect(premies.queries.count).toBe(3);
    const rows = await vastgelegd();
    expect(rows.filter((r) => r.dossier_id === D.d2 || r.dossier_id === D.d5)).toEqual(
      opVolgorde([rij(D.d2, M.d2dak, 'BEREKEND', 3150, '2026-05-04T08:00'), rij(D.d5, M.d5dak, 'BEREKEND', 2000, '2026-05-06T10:00')]),
    );
    expect(rows).toHaveLength(10);
  });

  it('an advice for another date or another target group is a what-if: nothing is recorded', async () => {
    const voor = await vastgelegd();
    const anders = dossier(D.d1, DEMO_IDS.burgerAn, [{ id: M.d1dak, categorie: 'DAK', bedragExclBtw: 1000 }]);
    for (const variables of [{ datum: '2026-06-01' }, { doelgroep: 'VERHUURDER_WOONMAATSCHAPPIJ' }, { datum: '2026-05-06', doelgroep: 'CATEGORIE_4' }]) {
      premies.queries.reset();
      const response = await premies.call(ADVIES, { representations: [anders], ...variables }, identityOf('spoc'));
      expect(response.body.errors).toBeUndefined();
      expect(premies.queries.count).toBe(2);
    }
    // The date of today given explicitly is the advice the citizen sees: recorded.
    premies.queries.reset();
    await premies.call(ADVIES, { representations: [anders], datum: '2026-05-06' }, identityOf('spoc'));
    expect(premies.queries.count).toBe(3);
    expect(await vastgelegd()).toEqual(
      opVolgorde([...voor.filter((r) => r.dossier_id !== D.d1), rij(D.d1, M.d1dak, 'BEREKEND', 350, '2026-05-06T10:00')]),
    );
  });

  it('when recording fails, the advice still comes (the statistics are not worth a failed dossier page)', async () => {
    await premies.db.dataSource.query('DROP TABLE premie_advies');
    const response = await premies.call(ADVIES, { representations: [DOSSIERS[3]] }, identityOf('burger'));
    expect(response.body).toEqual({ data: { _entities: [{ premieAdvies: { totaal: 4500, premies: [{ maatregelId: M.d4warmtepomp, status: 'BEREKEND', bedrag: 4500 }] } }] } });
  });
});

describe('the k-anonymity of the premie figures (pure)', () => {
  it('suppresses a group of 1 to k - 1 dossiers, shows an empty group and a group of k', () => {
    expect([0, 1, 4, 5, 6].map((n) => teKlein(n, 5))).toEqual([false, true, true, false, false]);
    expect([1, 2].map((n) => teKlein(n, 1))).toEqual([false, false]);
  });

  it('shows a group: all figures or none; the sum rounded to the cent, 0 when empty, null when no measure has an amount', () => {
    expect(toonTelling({ dossiers: 4, maatregelen: 9, bedrag: '10380.00', zonderBedrag: 0 }, 5)).toEqual(ONDERDRUKT);
    expect(toonTelling({ dossiers: 5, maatregelen: 9, bedrag: '10380.10', zonderBedrag: 2 }, 5)).toEqual(telling(5, 9, 10380.1, 2));
    expect(toonTelling({ dossiers: 5, maatregelen: 5, bedrag: null, zonderBedrag: 5 }, 5)).toEqual(telling(5, 5, null, 5));
    expect(toonTelling({ dossiers: 0, maatregelen: 0, bedrag: null, zonderBedrag: 0 }, 5)).toEqual(LEEG);
  });

  it('lists every work category in the order of the rule set, each figure with its own suppression', () => {
    const cijfers = premieCijfers(
      [
        { figuur: 'AANGEVRAAGD', werkcategorie: 'ZONNEBOILER', dossiers: 7, maatregelen: 7, bedrag: '3500.00', zonderBedrag: 0 },
        { figuur: 'TOEGEKEND', werkcategorie: 'ZONNEBOILER', dossiers: 2, maatregelen: 2, bedrag: '1000.00', zonderBedrag: 0 },
      ],
      5,
    );
    expect(cijfers).toEqual(perCategorie({ ZONNEBOILER: { aangevraagd: telling(7, 7, 3500, 0), toegekend: ONDERDRUKT } }));
  });
});
