import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'subgraphs/woningpas/schema.graphql',
  generates: {
    'subgraphs/woningpas/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string' },
        mappers: {
          Woning: '../models.js#WoningRef',
          Adres: '../models.js#AdresModel',
          Epc: '../models.js#EpcModel',
          AdresKandidaat: '../models.js#AdresKandidaatModel',
          EpcAanbeveling: '../models.js#EpcAanbevelingModel',
          EpcStatus: '../models.js#EpcStatusModel',
          Gebouweenheid: '../models.js#GebouweenheidModel',
          EerderPremiewerk: '../models.js#EerderPremiewerkModel',
          Erfgoedstatus: '../models.js#ErfgoedstatusModel',
          ErfgoedAanduiding: '../models.js#ErfgoedAanduidingModel',
          Vergunningstoestand: '../models.js#VergunningstoestandModel',
          Vergunningsaanvraag: '../models.js#VergunningModel',
          Statistieken: '../models.js#StatistiekenRef',
          EpcLabelCijfers: '../models.js#EpcLabelCijfersModel',
          EpcLabelTelling: '../models.js#EpcLabelTellingModel',
          EpcGroepTelling: '../models.js#Getoond',
        },
      },
    },
  },
};
export default config;
