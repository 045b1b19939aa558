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
        scalars: { ID: 'string', DateTime: { input: 'Date', output: 'Date | string' }, Datum: 'string' },
        mappers: {
          Burger: '../mappers.js#BurgerModel',
          Dossier: '../mappers.js#DossierModel',
          Maatregel: '../mappers.js#MaatregelModel',
          Vraag: '../mappers.js#VraagModel',
          Woning: '../mappers.js#WoningModel',
          Toestemming: '../lifecycle-mappers.js#ToestemmingModel',
          PartnerToewijzing: '../lifecycle-mappers.js#PartnerToewijzingModel',
          PartnerAanvraag: '../lifecycle-mappers.js#PartnerAanvraagModel',
          DossierOvergang: '../lifecycle-mappers.js#DossierOvergangModel',
          Opmerking: '../lifecycle-mappers.js#OpmerkingModel',
          AuditRegel: '../lifecycle-mappers.js#AuditRegelModel',
          PartnerOrganisatie: '../lifecycle-mappers.js#PartnerOrganisatieModel',
          Mijlpaal: '../journey-mappers.js#MijlpaalModel',
          Contactmoment: '../journey-mappers.js#ContactmomentModel',
          Afsprakennota: '../journey-mappers.js#AfsprakennotaModel',
          Beslissing: '../journey-mappers.js#BeslissingModel',
          Trajectstap: '../journey-mappers.js#TrajectstapModel',
          Document: '../journey-mappers.js#DocumentModel',
          Offerte: '../journey-mappers.js#OfferteModel',
          Factuur: '../journey-mappers.js#FactuurModel',
          Actor: '../journey-mappers.js#ActorModel',
          Medewerker: '../overzicht-mappers.js#MedewerkerModel',
          LopendeZaak: '../overzicht-mappers.js#LopendeZaakModel',
          Statistieken: '../overzicht-mappers.js#StatistiekenModel',
        },
        // The GraphQL enum values of partners map onto the organisation names of the identity service.
        enumValues: { PartnerOrganisatie: { DIALOOG: 'dialoog', ENERGIEHUIS: 'energiehuis', MINDER_MEER: 'minder-meer' } },
      },
    },
  },
};
export default config;
