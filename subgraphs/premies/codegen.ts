import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'subgraphs/premies/schema.graphql',
  generates: {
    'subgraphs/premies/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', Date: 'string', Datum: 'string', DateTime: 'Date | string' },
        mappers: {
          Burger: '../resolver-models.js#BurgerModel',
          Dossier: '../resolver-models.js#DossierModel',
          PremieAdvies: '../resolver-models.js#PremieAdviesModel',
          Premie: '../resolver-models.js#PremieModel',
          PremieBron: '../resolver-models.js#PremieBronModel',
          PremiePlafond: '../resolver-models.js#PremiePlafondModel',
          VerbouwLeningOptie: '../resolver-models.js#VerbouwLeningOptieModel',
          Maatregel: '../resolver-models.js#MaatregelModel',
          PremieAanvraag: '../resolver-models.js#PremieAanvraagModel',
          PremieAanvraagStatusWijziging: '../resolver-models.js#PremieAanvraagStatusWijzigingModel',
          PremieAanvraagVoorstel: '../resolver-models.js#PremieAanvraagVoorstelModel',
          Statistieken: '../resolver-models.js#StatistiekenModel',
        },
      },
    },
  },
};
export default config;
