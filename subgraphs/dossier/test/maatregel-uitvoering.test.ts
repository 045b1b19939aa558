import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAATREGEL_UITVOERINGEN } from '../src/domain.js';
import { C, DEMO_IDS } from './fixtures.js';
import { startDossierSubgraph, type DossierTestSubgraph } from './helpers.js';
import { fout, klok, momentopname } from './traject-support.js';

// Maatregel.uitvoering: the heat-pump type or wall-insulation method the premie depends on (the premies
// subgraph @requires it). It must fit the measure's work category, in the service and in the database.

let s: DossierTestSubgraph;
beforeAll(async () => {
  s = await startDossierSubgraph({ now: klok });
});
afterAll(() => s?.close());

const VOEG_TOE = `mutation ($input: VoegMaatregelToeInput!) { voegMaatregelToe(input: $input) { categorie uitvoering } }`;
const WIJZIG = `mutation ($input: WijzigMaatregelInput!) { wijzigMaatregel(input: $input) { categorie uitvoering } }`;

it('the GraphQL enum holds exactly the values of src/domain.ts', () => {
  const doc = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const def = doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'MaatregelUitvoering') as EnumTypeDefinitionNode;
  expect(def.values!.map((v) => v.name.value)).toEqual([...MAATREGEL_UITVOERINGEN]);
});

it('the demo world: An’s heat pump is air-to-water, her roof and windows have none', async () => {
  const res = await s.gql('burger', `query ($id: ID!) { dossier(id: $id) { maatregelen { id uitvoering } } }`, { id: DEMO_IDS.dossierAn });
  expect(res.body).toEqual({
    data: {
      dossier: {
        maatregelen: [
          { id: C.maatregelAnDak, uitvoering: null },
          { id: C.maatregelAnRamen, uitvoering: null },
          { id: C.maatregelAnWarmtepomp, uitvoering: 'WARMTEPOMP_LUCHT_WATER' },
        ],
      },
    },
  });
});

describe('voegMaatregelToe and wijzigMaatregel', () => {
  it('store a fitting way of execution, change it, and clear it with null', async () => {
    const added = await s.gql('spoc', VOEG_TOE, {
      input: { dossierId: DEMO_IDS.dossierAn, categorie: 'BUITENMUUR', omschrijving: 'Gevelisolatie achtergevel', uitvoering: 'MUUR_BUITENZIJDE', oppervlakteM2: 45 },
    });
    expect(added.body).toEqual({ data: { voegMaatregelToe: { categorie: 'BUITENMUUR', uitvoering: 'MUUR_BUITENZIJDE' } } });
    const rows = (await s.dataSource.query(`SELECT id FROM maatregel WHERE omschrijving = 'Gevelisolatie achtergevel'`)) as Array<{ id: string }>;
    expect(rows).toHaveLength(1);
    const id = rows[0]!.id;
    expect((await s.gql('spoc', WIJZIG, { input: { maatregelId: id, uitvoering: 'MUUR_SPOUW' } })).body).toEqual({
      data: { wijzigMaatregel: { categorie: 'BUITENMUUR', uitvoering: 'MUUR_SPOUW' } },
    });
    // A new category with a way of execution that fits it, in one change.
    expect((await s.gql('spoc', WIJZIG, { input: { maatregelId: id, categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_HYBRIDE' } })).body).toEqual({
      data: { wijzigMaatregel: { categorie: 'WARMTEPOMP', uitvoering: 'WARMTEPOMP_HYBRIDE' } },
    });
    expect((await s.gql('spoc', WIJZIG, { input: { maatregelId: id, uitvoering: null } })).body).toEqual({
      data: { wijzigMaatregel: { categorie: 'WARMTEPOMP', uitvoering: null } },
    });
    expect(await s.dataSource.query(`SELECT categorie, uitvoering FROM maatregel WHERE id = $1`, [id])).toEqual([{ categorie: 'WARMTEPOMP', uitvoering: null }]);
  });

  it('refuse a way of execution that does not fit the work category, changing nothing', async () => {
    const before = await momentopname(s.dataSource);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        VOEG_TOE,
        { dossierId: DEMO_IDS.dossierAn, categorie: 'WARMTEPOMP', omschrijving: 'Warmtepomp', uitvoering: 'MUUR_SPOUW' },
        "'input.uitvoering' MUUR_SPOUW past niet bij werkcategorie WARMTEPOMP: kies uit WARMTEPOMP_BODEM_WATER, WARMTEPOMP_LUCHT_WATER, WARMTEPOMP_HYBRIDE, WARMTEPOMP_LUCHT_LUCHT.",
      ],
      [
        VOEG_TOE,
        { dossierId: DEMO_IDS.dossierAn, categorie: 'DAK', omschrijving: 'Dak', uitvoering: 'WARMTEPOMP_LUCHT_WATER' },
        "'input.uitvoering' WARMTEPOMP_LUCHT_WATER past niet bij werkcategorie DAK: een maatregel voor DAK heeft geen uitvoering.",
      ],
      [WIJZIG, { maatregelId: C.maatregelAnWarmtepomp, uitvoering: 'MUUR_BINNENZIJDE' }, "'input.uitvoering' MUUR_BINNENZIJDE past niet bij werkcategorie WARMTEPOMP: kies uit WARMTEPOMP_BODEM_WATER, WARMTEPOMP_LUCHT_WATER, WARMTEPOMP_HYBRIDE, WARMTEPOMP_LUCHT_LUCHT."],
      // The heat pump's air-to-water type does not fit a new category: the change must name a way of execution too.
      [
        WIJZIG,
        { maatregelId: C.maatregelAnWarmtepomp, categorie: 'WARMTEPOMPBOILER' },
        "De maatregel heeft uitvoering WARMTEPOMP_LUCHT_WATER, die niet past bij werkcategorie WARMTEPOMPBOILER: geef ook 'input.uitvoering' (een maatregel voor WARMTEPOMPBOILER heeft geen uitvoering, of null).",
      ],
    ];
    for (const [query, input, message] of cases) {
      const name = query === VOEG_TOE ? 'voegMaatregelToe' : 'wijzigMaatregel';
      expect((await s.gql('spoc', query, { input })).body).toEqual({
        data: null,
        errors: [fout(query, name, [name], 'BAD_USER_INPUT', message, { field: 'input.uitvoering' })],
      });
    }
    expect(await momentopname(s.dataSource)).toEqual(before);
  });

  it('the database refuses a way of execution of another work category too', async () => {
    await expect(s.dataSource.query(`UPDATE maatregel SET uitvoering = 'MUUR_SPOUW' WHERE id = $1`, [C.maatregelAnWarmtepomp])).rejects.toThrow(
      /maatregel_uitvoering_ck/,
    );
    await expect(s.dataSource.query(`UPDATE maatregel SET uitvoering = 'ZONNEPANEEL' WHERE id = $1`, [C.maatregelAnWarmtepomp])).rejects.toThrow(
      /maatregel_uitvoering_ck/,
    );
  });
});
