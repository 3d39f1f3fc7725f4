import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { useBuiltCli, parseJsonl, REPO_ROOT, runCli } from './run-cli';

/** The README's quick start (`npm run sample`) scans samples/: it must show the identifiers a reader can see there. */
describe('transcript-redactor scan samples/', () => {
  useBuiltCli();

  const sampleFiles = readdirSync(path.join(REPO_ROOT, 'samples')).sort();
  const textOf = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/^\uFEFF/, '');

  it('ships three sample transcripts in different formats', () => {
    assert.deepEqual(sampleFiles.map((file) => path.extname(file)).sort(), ['.md', '.txt', '.vtt']);
  });

  it('finds every e-mail address and 555 phone number in the samples as CONTACT, at exact offsets', () => {
    const result = runCli(['scan', '--format', 'jsonl', 'samples'], { cwd: REPO_ROOT });
    assert.equal(result.status, 1, result.stderr);
    const findings = parseJsonl(result.stdout);
    for (const file of sampleFiles.map((name) => `samples/${name}`)) {
      const text = textOf(file);
      const contacts = [...text.matchAll(/[\w.+-]+@[\w.-]+\.org|555-01\d\d/g)];
      assert.ok(contacts.length > 0, `${file} has contact details to find`);
      for (const contact of contacts) {
        const found = findings.find((f) => f.file === file && f.start <= contact.index && f.end >= contact.index + contact[0].length);
        assert.equal(found?.type, 'CONTACT', `${contact[0]} in ${file}: ${JSON.stringify(found)}`);
      }
      for (const finding of findings.filter((f) => f.file === file)) {
        assert.equal(text.slice(finding.start, finding.end), finding.text);
      }
    }
  });

  it('flags a participant named in another file (Maria Gonzalez in the field notes)', () => {
    const findings = parseJsonl(runCli(['scan', '--format', 'jsonl', 'samples'], { cwd: REPO_ROOT }).stdout);
    const notes = findings.filter((f) => f.file === 'samples/field-notes-03.md' && f.type === 'PERSON');
    assert.ok(notes.some((f) => f.text === 'Maria Gonzalez'), JSON.stringify(notes.map((f) => f.text)));
  });
});
