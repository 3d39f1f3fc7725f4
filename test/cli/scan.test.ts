import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { useBuiltCli, FIXTURES, parseJsonl, REPO_ROOT, runCli, type JsonFinding } from './run-cli';

/** The file's text as the CLI analyses it: UTF-8 with a leading BOM removed. */
function fileText(displayPath: string): string {
  return readFileSync(path.join(FIXTURES, displayPath), 'utf8').replace(/^\uFEFF/, '');
}

function textsIn(findings: readonly JsonFinding[], file: string): string[] {
  return findings.filter((finding) => finding.file === file).map((finding) => finding.text);
}

describe('transcript-redactor scan', () => {
  useBuiltCli();

  describe('--format jsonl', () => {
    it('reports speaker-label names in every transcript format, walking folders recursively', () => {
      const result = runCli(['scan', '--format', 'jsonl', 'corpus']);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, '');
      const findings = parseJsonl(result.stdout);
      assert.ok(textsIn(findings, 'corpus/interview.txt').includes('Maria Gonzalez'));
      assert.ok(textsIn(findings, 'corpus/group.vtt').includes('Odell Pritchett'));
      assert.ok(textsIn(findings, 'corpus/session.srt').includes('Priya Raman'));
      assert.ok(textsIn(findings, 'corpus/notes.md').includes('Helen Marsh'));
      assert.ok(textsIn(findings, 'corpus/visit.transcript').includes('Jonah Whitfield'));
      assert.ok(textsIn(findings, 'corpus/nested/deeper/follow-up.txt').includes('Agnieszka Nowak'));
    });

    it('writes one object per line with the agreed keys, and offsets that slice the file text exactly', () => {
      const findings = parseJsonl(runCli(['scan', '--format', 'jsonl', 'corpus']).stdout);
      assert.ok(findings.length >= 6);
      for (const finding of findings) {
        assert.deepEqual(Object.keys(finding).slice(0, 6), ['file', 'start', 'end', 'type', 'text', 'confidence']);
        assert.ok(finding.confidence >= 0 && finding.confidence <= 1, `confidence ${finding.confidence}`);
        assert.equal(finding.text, fileText(finding.file).slice(finding.start, finding.end));
      }
    });

    it('lists files in sorted order, each file once, and skips other extensions, node_modules and .redaction', () => {
      const files = [...new Set(parseJsonl(runCli(['scan', '--format', 'jsonl', 'corpus']).stdout).map((f) => f.file))];
      assert.deepEqual(files, [
        'corpus/group.vtt',
        'corpus/interview.txt',
        'corpus/nested/deeper/follow-up.txt',
        'corpus/notes.md',
        'corpus/session.srt',
        'corpus/visit.transcript',
      ]);
    });

    it('keeps offsets right after removing a UTF-8 BOM (CRLF file)', () => {
      const result = runCli(['scan', '--format', 'jsonl', 'encodings/bom.txt']);
      const [maria] = parseJsonl(result.stdout).filter((finding) => finding.text === 'Maria Gonzalez');
      assert.ok(maria, result.stdout);
      const raw = readFileSync(path.join(FIXTURES, 'encodings/bom.txt'), 'utf8');
      assert.equal(raw.charCodeAt(0), 0xfeff);
      assert.equal(maria.start, raw.indexOf('Maria Gonzalez') - 1);
      assert.equal(fileText('encodings/bom.txt').slice(maria.start, maria.end), 'Maria Gonzalez');
    });

    it('reports a file named directly under the path as given, whatever its extension', () => {
      const findings = parseJsonl(runCli(['scan', '--format', 'jsonl', './corpus/notes.docx.txt.bak']).stdout);
      assert.deepEqual(textsIn(findings, './corpus/notes.docx.txt.bak'), ['Ray Castellano']);
    });

    it('at balanced sensitivity keeps only findings of confidence 0.5 or more, a subset of high-recall', () => {
      const key = (f: JsonFinding): string => `${f.file}:${f.start}:${f.end}`;
      const highRecall = new Set(parseJsonl(runCli(['scan', '--format', 'jsonl', '../../../samples']).stdout).map(key));
      const balanced = parseJsonl(runCli(['scan', '--format', 'jsonl', '--sensitivity', 'balanced', '../../../samples']).stdout);
      assert.ok(balanced.length > 0);
      for (const finding of balanced) {
        assert.ok(finding.confidence >= 0.5, JSON.stringify(finding));
        assert.ok(highRecall.has(key(finding)), JSON.stringify(finding));
      }
    });
  });

  describe('--format text', () => {
    it('prints file:line:col, the type, the text and why, then a summary line', () => {
      const result = runCli(['scan', 'corpus/interview.txt', 'corpus/group.vtt']);
      assert.equal(result.status, 1);
      const lines = result.stdout.split('\n');
      assert.ok(
        lines.some((line) => /^corpus\/interview\.txt:2:1 +PERSON +Maria Gonzalez +\(speaker label.*, 0\.\d\d\)$/.test(line)),
        result.stdout,
      );
      assert.ok(lines.some((line) => /^corpus\/interview\.txt:4:1 +PERSON +Maria Gonzalez /.test(line)), result.stdout);
      assert.ok(lines.some((line) => /^corpus\/group\.vtt:9:4 +PERSON +Odell Pritchett /.test(line)), result.stdout);
      assert.match(result.stdout, /\n\d+ findings in 2 files; 2 files scanned\n$/);
    });

    it('uses no colour codes when the output is not a terminal', () => {
      const result = runCli(['scan', 'corpus']);
      assert.ok(!result.stdout.includes('\u001b['), result.stdout);
    });
  });

  describe('exit codes', () => {
    it('exits 0 with a zero summary when nothing is found', () => {
      const result = runCli(['scan', 'clean']);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.equal(result.stdout, '0 findings in 0 files; 1 file scanned\n');
      assert.equal(runCli(['scan', '--format', 'jsonl', 'clean']).stdout, '');
    });

    it('exits 1 when something is found', () => {
      assert.equal(runCli(['scan', 'corpus/interview.txt']).status, 1);
    });

    it('exits 2 for a missing path, says which, and still scans the other paths', () => {
      const result = runCli(['scan', '--format', 'jsonl', 'no-such-folder', 'corpus/interview.txt']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /no-such-folder: no such file or folder/);
      assert.ok(textsIn(parseJsonl(result.stdout), 'corpus/interview.txt').includes('Maria Gonzalez'));
    });

    it('skips binary, Latin-1 and UTF-16 files with a message naming each, scans the rest, and exits 2', () => {
      const result = runCli(['scan', '--format', 'jsonl', 'encodings']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /encodings\/binary\.txt: skipped: not UTF-8 text.*NUL/);
      assert.match(result.stderr, /encodings\/latin1\.txt: skipped: not UTF-8 text.*line 1/);
      assert.match(result.stderr, /encodings\/utf16\.txt: skipped: not UTF-8 text.*UTF-16/);
      const files = new Set(parseJsonl(result.stdout).map((finding) => finding.file));
      assert.deepEqual([...files].sort(), ['encodings/bom.txt', 'encodings/good.txt']);
      assert.doesNotMatch(result.stdout, /hidden in binary/);
    });

    it('exits 2 for usage errors, with the reason on stderr', () => {
      for (const args of [['scan'], ['scan', '--format', 'xml', 'corpus'], ['scan', '--bogus', 'corpus'], ['frobnicate'], []]) {
        const result = runCli(args);
        assert.equal(result.status, 2, args.join(' '));
        assert.notEqual(result.stderr, '', args.join(' '));
        assert.equal(result.stdout, '', args.join(' '));
      }
      assert.match(runCli(['scan', '--format', 'xml', 'corpus']).stderr, /--format must be one of text, jsonl/);
      assert.match(runCli(['scan', '--sensitivity', 'max', 'corpus']).stderr, /--sensitivity must be one of high-recall, balanced/);
      assert.match(runCli(['scan', '--max-size', 'lots', 'corpus']).stderr, /--max-size must be a size/);
    });
  });

  describe('--help and --version', () => {
    it('prints the package version', () => {
      const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      const result = runCli(['--version']);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, `${version}\n`);
    });

    it('prints help for the program and for scan', () => {
      const main = runCli(['--help']);
      assert.equal(main.status, 0);
      assert.match(main.stdout, /Usage: transcript-redactor <command>/);
      assert.match(main.stdout, /\n {2}scan +report likely identifiers/);
      const scan = runCli(['scan', '--help']);
      assert.equal(scan.status, 0);
      assert.match(scan.stdout, /Usage: transcript-redactor scan \[options\] PATH\.\.\./);
      assert.match(scan.stdout, /--format text\|jsonl/);
      assert.equal(runCli(['help', 'scan']).stdout, scan.stdout);
    });
  });
});

describe('transcript-redactor scan corpus-level consistency', () => {
  useBuiltCli();

  it('flags in every file a name found confidently in one of them', () => {
    const alone = parseJsonl(runCli(['scan', '--format', 'jsonl', 'consistency/b-notes.txt']).stdout);
    assert.ok(!alone.some((finding) => finding.text === 'quorra vantablack'), 'the notes alone give no cue');
    const together = parseJsonl(runCli(['scan', '--format', 'jsonl', 'consistency']).stdout);
    const inNotes = together.filter((finding) => finding.file === 'consistency/b-notes.txt' && finding.text === 'quorra vantablack');
    assert.equal(inNotes.length, 1, JSON.stringify(together));
    assert.equal(inNotes[0].type, 'PERSON');
    assert.equal(fileText('consistency/b-notes.txt').slice(inNotes[0].start, inNotes[0].end), 'quorra vantablack');
  });

  it('keeps a file’s own findings explained by their own cue', () => {
    const together = parseJsonl(runCli(['scan', '--format', 'jsonl', 'consistency']).stdout);
    const label = together.find((finding) => finding.file === 'consistency/a-interview.txt' && finding.text === 'Quorra Vantablack');
    assert.match(label?.reason ?? '', /speaker label/);
  });
});
