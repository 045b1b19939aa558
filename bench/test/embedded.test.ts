import { describe, expect, it } from 'vitest';
import { npmStartNodeOptions } from '../src/topology/embedded.js';

describe('the embedded hub of the bench', () => {
  it('runs with the Node options of npm start', () => {
    expect(npmStartNodeOptions('node scripts/build.mjs && node --max-old-space-size=256 embedded/dist/start.js')).toEqual(['--max-old-space-size=256']);
    expect(npmStartNodeOptions('node scripts/build.mjs && node embedded/dist/start.js')).toEqual([]);
    expect(npmStartNodeOptions()).toEqual(['--max-old-space-size=256']);
    expect(() => npmStartNodeOptions('node other.js')).toThrow('the start script does not run embedded/dist/start.js: node other.js');
  });
});
