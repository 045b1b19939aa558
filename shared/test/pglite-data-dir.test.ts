import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '@hub/shared';

describe('an embedded database in a data folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'hub-pglite-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is created on first open (in a child process) and keeps its data for the next open', async () => {
    const dir = join(root, 'db');
    const first = await openPglite(dir);
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    await first.db.exec(`CREATE TABLE woning (adres_id text PRIMARY KEY); INSERT INTO woning VALUES ('3000120')`);
    expect((await first.db.query(`SELECT current_setting('shared_buffers') AS sb`)).rows).toEqual([{ sb: '32MB' }]);
    await first.close();

    const second = await openPglite(dir);
    expect((await second.db.query('SELECT adres_id FROM woning')).rows).toEqual([{ adres_id: '3000120' }]);
    await second.close();
  });

  it('says which folder it could not create', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    await expect(openPglite(join(file, 'db'))).rejects.toThrow(`creating the embedded database in ${join(file, 'db')} failed: ENOTDIR: not a directory, mkdir`);
  });
});
