import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from '@hub/gateway';
import { buildArtifacts, readOperations, REPO_ROOT } from '../scripts/operations-catalogue.js';

describe('what npm run codegen makes from operations/ and the supergraph', () => {
  it('is committed and up to date (clients/schema.graphql, the trusted-document manifest, the GraphiQL examples)', () => {
    const stale = buildArtifacts()
      .filter(({ path, content }) => {
        try {
          return readFileSync(join(REPO_ROOT, path), 'utf8') !== content;
        } catch {
          return true;
        }
      })
      .map((a) => a.path);
    expect(stale, 'stale: run `npm run codegen` and commit the result').toEqual([]);
  });

  it('trusts exactly the Mijn Burgerprofiel operations, each under the hash of its text', () => {
    const { operations } = readOperations();
    const manifest = loadTrustedDocuments();
    expect([...manifest.values()]).toEqual(operations.filter((op) => op.useCase === 'burgerprofiel').map((op) => op.document));
    expect([...manifest.values()].map((d) => /^query (\w+)/.exec(d)?.[1])).toEqual(['LopendeZaken']);
  });
});

describe('reading operations/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'operations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  it('takes the title, roles and example variables from the header, and keeps the comments for GraphiQL', () => {
    write('analist/a.graphql', '# Titel\n#\n# Uitleg.\n#\n# @graphiql analist spoc\n# @variables {"filter": {"van": "2026-01-01"}}\nquery A($filter: StatistiekFilter) { statistieken(filter: $filter) { drempel } }\n');
    const { operations, problems } = readOperations(dir);
    expect(problems).toEqual([]);
    expect(operations).toEqual([
      {
        file: expect.stringMatching(/analist\/a\.graphql$/),
        useCase: 'analist',
        name: 'A',
        type: 'query',
        title: 'Titel',
        roles: ['analist', 'spoc'],
        variables: { filter: { van: '2026-01-01' } },
        text: '# Titel\n#\n# Uitleg.\nquery A($filter: StatistiekFilter) { statistieken(filter: $filter) { drempel } }\n',
        document: 'query A($filter: StatistiekFilter) {\n  statistieken(filter: $filter) {\n    drempel\n  }\n}',
      },
    ]);
  });

  it('reports every malformed file', () => {
    rmSync(dir, { recursive: true, force: true });
    write('los.graphql', '# Los\nquery Los { ik { id } }\n');
    write('burger/twee.graphql', '# Twee\nquery Een { ik { id } }\nquery Twee { ik { id } }\n');
    write('burger/anoniem.graphql', '# Anoniem\n{ ik { id } }\n');
    write('burger/kapot.graphql', '# Kapot\nquery Kapot { ik { id }\n');
    write('burger/tags.graphql', '# Tags\n# @graphiql burger directeur\n# @variables [1]\n# @volgorde 1\nquery Tags { ik { id } }\n');
    write('partner/dubbel.graphql', '# Dubbel\nquery Tags { ik { id } }\n');
    write('partner/zonder-titel.graphql', 'query ZonderTitel { ik { id } }\n');
    const { problems } = readOperations(dir);
    expect(problems.map((p) => p.replace(/^[^:]*operations-[^/]+\//, ''))).toEqual([
      'burger/anoniem.graphql: must hold exactly one named operation (and the fragments it uses)',
      'burger/kapot.graphql: Syntax Error: Expected Name, found <EOF>.',
      'burger/tags.graphql: @graphiql names unknown role(s) directeur',
      'burger/tags.graphql: @variables is not a JSON object (not an object)',
      'burger/tags.graphql: unknown tag @volgorde (use @graphiql or @variables)',
      'burger/twee.graphql: must hold exactly one named operation (and the fragments it uses)',
      'los.graphql: must be in the folder of its use case, e.g. operations/analist/',
      'partner/zonder-titel.graphql: must start with a comment line giving its title',
      expect.stringMatching(/^partner\/dubbel\.graphql: operation name Tags is also used by .*burger\/tags\.graphql$/),
    ]);
  });
});
