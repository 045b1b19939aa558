import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { expect, it } from 'vitest';

/*
 * The schema is read in GraphiQL by frontend developers and analysts: every type, field, argument and
 * enum value of the dossier subgraph has a description.
 */

it('describes every type, field, argument and enum value', () => {
  const doc = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const zonder: string[] = [];
  for (const def of doc.definitions as readonly (DefinitionNode & Record<string, never>)[]) {
    if (def.kind === Kind.SCHEMA_EXTENSION || !('name' in def)) continue;
    const naam = (def as { name: { value: string } }).name.value;
    const node = def as unknown as {
      description?: unknown;
      fields?: ReadonlyArray<{ name: { value: string }; description?: unknown; arguments?: ReadonlyArray<{ name: { value: string }; description?: unknown }> }>;
      values?: ReadonlyArray<{ name: { value: string }; description?: unknown }>;
    };
    if (!node.description) zonder.push(naam);
    for (const veld of node.fields ?? []) {
      if (!veld.description) zonder.push(`${naam}.${veld.name.value}`);
      for (const arg of veld.arguments ?? []) if (!arg.description) zonder.push(`${naam}.${veld.name.value}(${arg.name.value})`);
    }
    for (const waarde of node.values ?? []) if (!waarde.description) zonder.push(`${naam}.${waarde.name.value}`);
  }
  expect(zonder).toEqual([]);
});
