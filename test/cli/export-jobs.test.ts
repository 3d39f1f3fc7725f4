import assert from 'node:assert/strict';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exactBytes, readTree } from '../support/tree';
import { REPO_ROOT, runCli, useBuiltCli } from './run-cli';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/export');

/** Every file under `folder` with its exact bytes. */

/** The log's date is the only thing allowed to differ between two runs. */
function withoutDate(tree: Record<string, string>): Record<string, string> {
  const log = Buffer.from(tree['REDACTION-LOG.md'] ?? '', 'hex').toString('utf8');
  return { ...tree, 'REDACTION-LOG.md': log.replace(/^- Date: .*$/m, '- Date: (run date)') };
}

describe('transcript-redactor export --jobs', () => {
  useBuiltCli();
  let work: string;

  beforeEach(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-export-jobs-'));
  });
  afterEach(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('writes the same folder and saves the same key on one thread and on two (the bundle finds its worker)', async () => {
    assert.ok(existsSync(path.join(REPO_ROOT, 'dist/export-worker.js')), 'the build ships the export worker beside cli.js');
    const exports: Record<string, string>[] = [];
    const keys: string[] = [];
    for (const jobs of ['1', '2']) {
      const key = path.join(work, `key-${jobs}.json`);
      await fs.copyFile(path.join(FIXTURES, 'key.json'), key);
      const out = path.join(work, `out-${jobs}`);
      const result = runCli(['export', path.join(FIXTURES, 'corpus'), '--out', out, '--key', key, '--redact-unresolved', '--jobs', jobs]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /Exported 5 file\(s\)/);
      exports.push(withoutDate(await readTree(out, exactBytes)));
      keys.push(await fs.readFile(key, 'utf8'));
    }
    assert.deepEqual(exports[1], exports[0]);
    assert.equal(keys[1], keys[0]);
  });

  it('rejects a --jobs that is not a whole number of 1 or more, writing nothing', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const result = runCli(['export', path.join(FIXTURES, 'corpus'), '--out', path.join(work, 'out'), '--jobs', jobs]);
      assert.equal(result.status, 2, jobs);
      assert.match(result.stderr, /--jobs must be a whole number/);
    }
    assert.deepEqual(await fs.readdir(work), []);
  });
});
