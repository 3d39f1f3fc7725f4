import assert from 'node:assert/strict';
import { parseJsonl, runCli, useBuiltCli } from './run-cli';

/** scan applies the project key like the editor does: its forms are flagged, its "not an identifier" list respected. */
describe('transcript-redactor scan with the project key', () => {
  useBuiltCli();

  const texts = (args: string[]): string[] => parseJsonl(runCli(['scan', '--format', 'jsonl', ...args]).stdout).map((f) => `${f.type} ${f.text}`);

  it('flags the key’s forms in any case, and drops its ignored forms (before/after)', () => {
    const withoutKey = texts(['--no-key', 'keyed']);
    assert.ok(withoutKey.includes('PERSON Keisha Grant'), withoutKey.join(' | '));
    assert.ok(!withoutKey.some((text) => /quillon/i.test(text)), withoutKey.join(' | '));

    const withKey = texts(['keyed']);
    assert.ok(withKey.includes('PERSON quillon'), withKey.join(' | '));
    assert.ok(!withKey.includes('PERSON Keisha Grant'), withKey.join(' | '));
  });

  it('finds the key from inside the corpus folder, or takes it from --key', () => {
    assert.ok(texts(['keyed/session.txt']).includes('PERSON quillon'));
    assert.ok(texts(['--key', 'keyed/.redaction/mapping.json', 'corpus/interview.txt', 'keyed/session.txt']).includes('PERSON quillon'));
  });

  it('never prints a token from the key, in either format', () => {
    for (const format of ['text', 'jsonl']) {
      const result = runCli(['scan', '--format', format, 'keyed']);
      assert.equal(result.status, 1);
      assert.doesNotMatch(result.stdout + result.stderr, /\[PERSON_1\]/);
    }
  });

  it('stops with exit 2 on a key that cannot be parsed or a --key that does not exist, without scanning', () => {
    const broken = runCli(['scan', 'broken-key']);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /mapping\.json.*line 1/);
    assert.equal(broken.stdout, '');
    const missing = runCli(['scan', '--key', 'nowhere/mapping.json', 'corpus']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere\/mapping\.json: no such key file/);
  });
});
