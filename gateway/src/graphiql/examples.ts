import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The example operations of operations/, as `npm run codegen` writes them for GraphiQL. */
export const EXAMPLE_OPERATIONS_PATH = fileURLToPath(new URL('../../example-operations.json', import.meta.url));

/** One example operation: a GraphiQL tab for the roles it is meant for. */
export interface ExampleOperation {
  /** The operation name, e.g. DossiersPerFase. */
  name: string;
  /** The tab's title (the first comment line of the file). */
  title: string;
  /** The folder of operations/ it comes from: burger, backoffice, partner, analist, burgerprofiel. */
  useCase: string;
  /** GraphiQL opens it as a tab for these roles. */
  roles: string[];
  /** The document with its explaining comments. */
  query: string;
  variables?: Record<string, unknown>;
  /** Set for trusted documents: the id the gateway runs it by. */
  documentId?: string;
}

export function loadExampleOperations(file: string = EXAMPLE_OPERATIONS_PATH): ExampleOperation[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ExampleOperation[];
}

/** The operation GraphiQL opens with when no role picks the tabs: the back-office dossier page, joined across the four subgraphs. */
const START_OPERATION = { useCase: 'backoffice', name: 'DossierPagina' } as const;

/** The tab GraphiQL opens with (START_OPERATION from the examples, with its variables). */
export function startTab(examples: readonly ExampleOperation[]): Pick<ExampleOperation, 'query' | 'variables'> {
  const start = examples.find((e) => e.useCase === START_OPERATION.useCase && e.name === START_OPERATION.name);
  if (!start) throw new Error(`The example operations lack ${START_OPERATION.useCase}/${START_OPERATION.name}: run npm run codegen`);
  return { query: start.query, ...(start.variables ? { variables: start.variables } : {}) };
}
