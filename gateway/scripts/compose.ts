import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/compose.js';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`Wrote ${SUPERGRAPH_PATH}`);
