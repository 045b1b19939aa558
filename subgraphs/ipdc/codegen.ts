import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'subgraphs/ipdc/schema.graphql',
  generates: {
    'subgraphs/ipdc/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string' },
        mappers: {
          Product: '../domain/product.js#Product as ProductModel',
          Website: '../domain/product.js#Website as WebsiteModel',
          Voorwaarde: '../domain/product.js#Voorwaarde as VoorwaardeModel',
          Bewijs: '../domain/product.js#Tekstblok as TekstblokModel',
          Procedure: '../domain/product.js#Procedure as ProcedureModel',
          Kost: '../domain/product.js#Tekstblok as TekstblokModel',
          FinancieelVoordeel: '../domain/product.js#Tekstblok as TekstblokModel',
          Regelgeving: '../domain/product.js#Regelgeving as RegelgevingModel',
          Contactpunt: '../domain/product.js#Contactpunt as ContactpuntModel',
          Contactadres: '../domain/product.js#Contactadres as ContactadresModel',
        },
      },
    },
  },
};
export default config;
