import { DEMO_IDS } from '@hub/shared/demo';

/**
 * The operations of DESIGN §8, as a frontend sends them. A third workload plugs in with one entry
 * here: a name, the persona whose token it uses, the document and its variables, and what a correct
 * answer looks like (checked once before the load and counted under load).
 */
export interface Workload {
  name: WorkloadName;
  /** What it is, for the table and the README. */
  omschrijving: string;
  /** The demo persona whose token the requests carry (see @hub/shared/demo). */
  persona: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Throws when the answer (the parsed JSON body) is not what this page shows. */
  check(body: unknown): void;
}

export type WorkloadName = 'dossierpagina' | 'backofficelijst' | 'statistieken';

/** The citizen's dossier page: dossier, citizen, home with EPC, measures, premie advice with the IPDC product names. */
export const DOSSIER_PAGINA = /* GraphQL */ `
  query DossierPagina($id: ID!) {
    dossier(id: $id) {
      referentie
      titel
      fase
      status
      burger { voornaam achternaam inkomenscategorie }
      woning {
        adresId
        adres { volledigAdres }
        epc { label energiescore bouwjaar }
      }
      maatregelen { categorie omschrijving status }
      premieAdvies {
        regime
        totaal
        premies { categorie bedrag berekening product { naam } }
      }
    }
  }
`;

/** The back-office list: the 50 most recently changed dossiers with their homes' energy labels. */
export const BACKOFFICE_LIJST = /* GraphQL */ `
  query BackofficeLijst {
    dossiers(first: 50) {
      totalCount
      edges {
        node {
          referentie
          titel
          fase
          status
          laatsteWijziging
          burger { voornaam achternaam }
          woning { adresId epc { label } }
        }
      }
    }
  }
`;

/**
 * The analysts' statistics for one year: counts per phase, status and month, lead times, open questions,
 * executed measures (dossier subgraph), the EPC labels of the guided homes (woningpas, one lookup per home
 * through the cache) and the premie figures per work category (premies).
 */
export const STATISTIEKEN = /* GraphQL */ `
  query Statistieken($filter: StatistiekFilter) {
    statistieken(filter: $filter) {
      drempel
      aantalDossiers
      aantalBegeleideWoningen
      dossiersPerFase { fase aantal onderdrukt }
      dossiersPerStatus { status aantal onderdrukt }
      dossiersPerMaand { maand aantal onderdrukt }
      doorlooptijden { fase mediaanDagen p90Dagen aantal onderdrukt }
      openVragen { aantal }
      uitgevoerdeMaatregelen { categorie aantal onderdrukt }
      epcLabels { aantalWoningen perLabel { label aantal onderdrukt } zonderGeldigEpc { aantal } onbekend { aantal } mediaanEnergiescore }
      premies { categorie geadviseerd { aantalDossiers bedrag } aangevraagd { aantalDossiers bedrag } toegekend { aantalDossiers bedrag } }
    }
  }
`;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown; extensions?: { code?: string } }>;
}

function withoutErrors(body: unknown): Record<string, unknown> {
  const { data, errors } = body as GraphQLBody;
  if (errors?.length) throw new Error(`answer with errors: ${errors.map((e) => `${e.extensions?.code ?? '?'} at ${JSON.stringify(e.path)}: ${e.message}`).join('; ')}`);
  if (!data) throw new Error('answer without data');
  return data;
}

export const WORKLOADS: readonly Workload[] = [
  {
    name: 'dossierpagina',
    omschrijving: 'dossierpagina van burger An: dossier, woning met EPC, premieadvies met IPDC-productnamen',
    persona: 'burger',
    query: DOSSIER_PAGINA,
    variables: { id: DEMO_IDS.dossierAn },
    check(body) {
      const dossier = withoutErrors(body).dossier as { referentie?: string; woning?: { epc?: { label?: string } }; premieAdvies?: { premies?: Array<{ product?: { naam?: string } }> } } | null;
      if (!dossier?.referentie) throw new Error('no dossier in the answer');
      if (!dossier.woning?.epc?.label) throw new Error('no EPC label on the dossier page');
      if (!dossier.premieAdvies?.premies?.length || !dossier.premieAdvies.premies.every((p) => p.product?.naam)) throw new Error('no premie advice with product names');
    },
  },
  {
    name: 'backofficelijst',
    omschrijving: 'back-office: de 50 laatst gewijzigde dossiers met het EPC-label van hun woning (SPOC)',
    persona: 'spoc',
    query: BACKOFFICE_LIJST,
    check(body) {
      const lijst = withoutErrors(body).dossiers as { edges?: Array<{ node: { woning?: { adresId?: string } } }> } | undefined;
      if (lijst?.edges?.length !== 50) throw new Error(`expected 50 dossiers, got ${lijst?.edges?.length ?? 'none'}`);
      if (!lijst.edges.every((e) => e.node.woning?.adresId)) throw new Error('a dossier without its home');
    },
  },
  {
    name: 'statistieken',
    omschrijving: 'analist: de cijfers van een jaar, met de EPC-labels van de begeleide woningen en de premies per werkcategorie',
    persona: 'analist',
    query: STATISTIEKEN,
    variables: { filter: { van: '2025-12-01', tot: '2026-11-30' } },
    check(body) {
      const s = withoutErrors(body).statistieken as { aantalDossiers?: number | null; epcLabels?: { aantalWoningen?: number | null; onbekend?: { aantal?: number | null } } | null; premies?: unknown[] | null } | null;
      if (!s?.aantalDossiers) throw new Error('no dossiers counted in the statistics');
      if (!s.epcLabels?.aantalWoningen) throw new Error('no EPC labels of the guided homes');
      if (s.epcLabels.onbekend?.aantal) throw new Error(`${s.epcLabels.onbekend.aantal} homes without an answer of the EPC source`);
      if (!s.premies?.length) throw new Error('no premie figures');
    },
  },
];

/** The distinct homes of a back-office list answer. */
export function homesOf(body: unknown): string[] {
  const lijst = (body as { data?: { dossiers?: { edges?: Array<{ node: { woning?: { adresId?: string } } }> } } }).data?.dossiers;
  return [...new Set((lijst?.edges ?? []).map((e) => e.node.woning?.adresId).filter((id): id is string => Boolean(id)))];
}

export const requestBody = (w: Workload) => JSON.stringify({ query: w.query, ...(w.variables ? { variables: w.variables } : {}) });
