import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseMapping } from '../../src/core/mapping';
import { REPO_ROOT, useBuiltCli } from './run-cli';

/** The README's quick start (`npm run sample` → scripts/sample.mjs): scan the samples, export them, say where. */
describe('npm run sample (scripts/sample.mjs)', () => {
  useBuiltCli();
  let root: string;

  const runSample = (): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/sample.mjs'), '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const readFolder = (folder: string): Record<string, string> =>
    Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'tr-sample-'));
    cpSync(path.join(REPO_ROOT, 'samples'), path.join(root, 'samples'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exits 0 after the scan finds identifiers, exports a redacted copy and prints where it and its log are', () => {
    const originals = readFolder(path.join(root, 'samples'));
    const result = runSample();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /interview-01\.txt/, 'the scan report is shown first');
    assert.ok(result.stdout.includes(`Redacted copy: ${path.join(root, 'samples-redacted')}\n`), result.stdout);
    assert.ok(result.stdout.includes(`Redaction log: ${path.join(root, 'samples-redacted', 'REDACTION-LOG.md')}\n`), result.stdout);

    const output = readFolder(path.join(root, 'samples-redacted'));
    assert.deepEqual(Object.keys(output), ['REDACTION-LOG.md', ...Object.keys(originals), 'redaction-log.csv'].sort());
    const key = parseMapping(readFileSync(path.join(root, '.sample-key', 'mapping.json'), 'utf8'));
    const forms = key.entities.flatMap((entity) => entity.forms);
    assert.ok(forms.includes('Maria Gonzalez') && forms.includes('555-0163'), 'the sample key holds the names and numbers it replaced');
    for (const [file, text] of Object.entries(output)) {
      for (const form of ['Maria Gonzalez', 'Helen Marsh', 'Port Kerrow', '555-0163', 'h.marsh@example.org']) {
        assert.ok(!text.includes(form), `${file} still contains ${form}`);
      }
    }
    assert.match(output['interview-01.txt'], /\[PERSON_\d+\]: Sure\. I'm \[PERSON_\d+\], I'm \[AGE 40-49\]/);
    assert.deepEqual(readFolder(path.join(root, 'samples')), originals, 'the samples are not modified');
  });

  it('runs again from the same key with the same result (tokens are stable)', () => {
    assert.equal(runSample().status, 0);
    const first = readFolder(path.join(root, 'samples-redacted'));
    const again = runSample();
    assert.equal(again.status, 0, again.stderr);
    const second = readFolder(path.join(root, 'samples-redacted'));
    const withoutDates = (files: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replace(/Date: \S+/, 'Date: …')]));
    assert.deepEqual(withoutDates(second), withoutDates(first));
  });
});
