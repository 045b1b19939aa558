import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'subgraphs/dossier/schema.graphql',
  generates: {
    'subgraphs/dossier/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: { input: 'Date', output: 'Date | string' } },
        mappers: {
          Burger: '../mappers.js#BurgerModel',
          Dossier: '../mappers.js#DossierModel',
          Maatregel: '../mappers.js#MaatregelModel',
          Vraag: '../mappers.js#VraagModel',
          Woning: '../mappers.js#WoningModel',
        },
      },
    },
  },
};
export default config;
