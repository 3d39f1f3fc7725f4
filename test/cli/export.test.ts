import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/cli';
import type { CliIO } from '../../src/cli/command';
import { HOLD_AFTER_FILES_ENV } from '../../src/cli/export';
import { readTree } from '../support/tree';
import { REPO_ROOT, useBuiltCli } from './run-cli';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/export');
const CORPUS = path.join(FIXTURES, 'corpus');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as if from `cwd`, with stderr a terminal or not. */
async function run(args: string[], cwd: string, stderrIsTTY = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: Object.assign({ write: (chunk: string) => (stderr += chunk) }, stderrIsTTY ? { isTTY: true } : {}),
    env: {},
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Every file under a folder with a hash of its bytes, to prove originals are untouched. */

describe('transcript-redactor export and check', () => {
  let work: string;
  let key: string;
  let originals: Record<string, string>;

  before(async () => {
    originals = await readTree(FIXTURES, sha256);
  });
  beforeEach(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-export-'));
    key = path.join(work, 'mapping.json');
    await fs.copyFile(path.join(FIXTURES, 'key.json'), key);
  });
  afterEach(async () => {
    await fs.rm(work, { recursive: true, force: true });
    assert.deepEqual(await readTree(FIXTURES, sha256), originals, 'fixtures (originals and key) unchanged byte for byte');
  });

  it('stops with exit 1 and a count per file when the key leaves findings unresolved', async () => {
    const result = await run(['export', CORPUS, '--out', 'out', '--key', key], work);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /not exported: \d+ finding\(s\) in \d+ file\(s\) are not covered by the key/);
    assert.match(result.stderr, /interview-01\.txt: \d+ — /);
    assert.match(result.stderr, /--redact-unresolved.*--allow-unresolved|--allow-unresolved/s);
    assert.deepEqual(await fs.readdir(work), ['mapping.json'], 'nothing written');
  });

  it('exports every format with --allow-unresolved: cue timings, voice tags, CRLF and BOM kept; names redacted', async () => {
    const result = await run(['export', CORPUS, '--out', 'out', '--key', key, '--allow-unresolved'], work);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Exported 5 file\(s\) to out: \d+ replacement\(s\), leak check passed/);
    const out = path.join(work, 'out');
    const files = Object.keys(await readTree(out, sha256)).sort();
    assert.deepEqual(files, [
      'PERSON_1-followup.transcript',
      'REDACTION-LOG.md',
      'interview-01.txt',
      'notes/field-notes-03.md',
      'redaction-log.csv',
      'session-04.srt',
      'site-LOCATION_1/focus-group-02.vtt',
    ].map((file) => path.join(...file.split('/'))).sort());
    const vtt = await fs.readFile(path.join(out, 'site-LOCATION_1', 'focus-group-02.vtt'), 'utf8');
    assert.equal(
      vtt,
      '\uFEFFWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:04.000 align:start position:10%\r\n<v [PERSON_1]>I moved to <i>[LOCATION_1]</i> two years ago.</v>\r\n\r\n' +
        '2\r\n00:00:04.500 --> 00:00:07.250\r\n<v.loud [PERSON_2]>[PERSON_1], tell them about the clinic.\r\n\r\n' +
        '3\r\n00:00:07.500 --> 00:00:09.000\r\n<v [PERSON_1]>[ORGANIZATION_1], yes. [laughs]\r\n',
    );
    const srt = await fs.readFile(path.join(out, 'session-04.srt'), 'utf8');
    assert.equal(srt, '1\r\n00:00:00,500 --> 00:00:02,000\r\nHello, [PERSON_3] here.\r\n\r\n2\r\n00:00:02,500 --> 00:00:04,000\r\nAnd this is [PERSON_2] from [LOCATION_1].\r\n');
    const markdown = await fs.readFile(path.join(out, 'notes', 'field-notes-03.md'), 'utf8');
    assert.match(markdown, /^\*\*P01:\*\* \[PERSON_2\] was late again; \[PERSON_1\] said he always is\.$/m);
    assert.ok(!files.some((file) => /mapping|key/i.test(file)), 'the key never travels');
  });

  it('check passes on the export and fails on the originals, pointing at each form', async () => {
    await run(['export', CORPUS, '--out', 'out', '--key', key, '--allow-unresolved'], work);
    const clean = await run(['check', 'out', '--key', key, '--forms-only'], work);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /No leaks: 7 file\(s\) checked against 7 form\(s\)/);
    const dirty = await run(['check', CORPUS, '--key', key, '--forms-only'], work);
    assert.equal(dirty.code, 1);
    assert.match(dirty.stdout, /^ {2}interview-01\.txt:2:22: a form of \[PERSON_1\]$/m);
    assert.match(dirty.stdout, /^ {2}maria-gonzalez-followup\.transcript: a form of \[PERSON_1\] in the file or folder name$/m);
    assert.doesNotMatch(dirty.stdout, /Maria|Leeds/, 'check says where, not what');
  });

  it('check re-analyses transcripts and reports identifiers the key does not know, by position and type only', async () => {
    await fs.mkdir(path.join(work, 'shared'));
    await fs.writeFile(path.join(work, 'shared', 'group.txt'), 'INTERVIEWER: Hello.\nKeisha Grant: Hi, I am from [LOCATION_1].\n');
    const result = await run(['check', 'shared', '--key', key], work);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^ {2}group\.txt:2:1: engine finding PERSON \(not in the key\)$/m);
    assert.doesNotMatch(result.stdout, /Keisha|Grant/);
    const missingKey = await run(['check', 'shared', '--key', 'nope.json'], work);
    assert.equal(missingKey.code, 2);
    assert.match(missingKey.stderr, /no key at .*nope\.json; pass --key FILE/);
  });

  it('gives unresolved findings tokens with --redact-unresolved (dates generalised in place), and the key then stays stable', async () => {
    const first = await run(['export', CORPUS, '--out', 'out', '--key', key, '--redact-unresolved'], work);
    assert.equal(first.code, 0, first.stderr);
    assert.match(await fs.readFile(path.join(work, 'out', 'interview-01.txt'), 'utf8'), /moved to \[LOCATION_1\] in \[DATE 2019\]\./);
    const savedKey = await fs.readFile(key, 'utf8');
    const engineCheck = await run(['check', 'out', '--key', key], work);
    assert.equal(engineCheck.code, 0, engineCheck.stdout + engineCheck.stderr);
    const second = await run(['export', CORPUS, '--out', 'again', '--key', key, '--redact-unresolved'], work);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(await fs.readFile(key, 'utf8'), savedKey, 'same corpus, same key: no new tokens');
    assert.deepEqual(await readTree(path.join(work, 'again'), sha256).then((files) => Object.keys(files).length), 7);
  });

  it('fails the leak check on an accent variant planted in a file name, writing nothing', async () => {
    const result = await run(['export', path.join(FIXTURES, 'leaky-name'), '--out', 'out', '--key', key, '--allow-unresolved'], work);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /leak check found \d+ possible leak\(s\); nothing was written/);
    assert.match(result.stderr, /zoe-notes\.txt: a form of \[PERSON_3\] in the file or folder name/);
    assert.deepEqual(await fs.readdir(work), ['mapping.json']);
  });

  it('refuses unsafe or occupied output folders and usage mistakes with exit 2', async () => {
    const inside = await run(['export', CORPUS, '--out', path.join(CORPUS, 'out'), '--key', key], work);
    assert.equal(inside.code, 2);
    assert.match(inside.stderr, /inside the source folder/);
    await fs.mkdir(path.join(work, 'busy'));
    await fs.writeFile(path.join(work, 'busy', 'x.txt'), 'x');
    const busy = await run(['export', CORPUS, '--out', 'busy', '--key', key, '--allow-unresolved'], work);
    assert.equal(busy.code, 2);
    assert.match(busy.stderr, /already exists and is not empty; .*--force/);
    const noOut = await run(['export', CORPUS], work);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /--out DIR is required/);
    await fs.writeFile(key, '{ "version": 1, "entities": [ { "token": "[PERSON_1]" ] }');
    const badKey = await run(['export', CORPUS, '--out', 'out', '--key', key], work);
    assert.equal(badKey.code, 2);
    assert.match(badKey.stderr, /key: .*mapping\.json: line 1, column 55: expected ',' or '}'/);
  });

  it('reports a folder that cannot be created (its parent is a file)', async () => {
    await fs.writeFile(path.join(work, 'file'), 'x');
    const result = await run(['export', CORPUS, '--out', path.join('file', 'out'), '--key', key, '--allow-unresolved'], work);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot use file\/out as the output folder \(part of the path is a file, not a folder\)/);
    assert.deepEqual(await fs.readdir(work), ['file', 'mapping.json']);
  });

  it('reports a read-only output location (as a normal user; root ignores permissions)', async function () {
    if (process.getuid?.() === 0) this.skip();
    const locked = path.join(work, 'locked');
    await fs.mkdir(locked);
    await fs.chmod(locked, 0o500);
    try {
      const result = await run(['export', CORPUS, '--out', path.join('locked', 'out'), '--key', key, '--allow-unresolved'], work);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /permission denied/);
      assert.deepEqual(await fs.readdir(locked), []);
    } finally {
      await fs.chmod(locked, 0o700);
    }
  });

  it('shows plain progress lines when not on a terminal, and a redrawn bar on one', async () => {
    const plain = await run(['export', CORPUS, '--out', 'a', '--key', key, '--allow-unresolved'], work);
    assert.match(plain.stderr, /^writing: 5\/5$/m);
    assert.doesNotMatch(plain.stderr, /\r/);
    const tty = await run(['export', CORPUS, '--out', 'b', '--key', key, '--allow-unresolved'], work, true);
    assert.match(tty.stderr, /\rwriting +\[#+-*\] \d\/5/);
  });

  describe('killed mid-export', () => {
    useBuiltCli();

    /** Starts the bundled CLI exporting the fixture corpus, and resolves once it holds after writing two files. */
    async function startHeldExport(): Promise<ReturnType<typeof spawn>> {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), 'export', CORPUS, '--out', 'out', '--key', key, '--allow-unresolved'], {
        cwd: work,
        env: { ...process.env, [HOLD_AFTER_FILES_ENV]: '2' },
      });
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr?.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('holding')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited early (${code}): ${stderr}`)));
      });
      return child;
    }

    async function stop(child: ReturnType<typeof spawn>, signal: NodeJS.Signals): Promise<number | null> {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill(signal);
      return exited;
    }

    it('leaves no output folder, originals unchanged, and the next run cleans up and succeeds', async () => {
      await stop(await startHeldExport(), 'SIGKILL');
      const left = await fs.readdir(work);
      assert.ok(!left.includes('out'), `no output folder after a kill: ${left.join(', ')}`);
      assert.ok(left.some((name) => name.startsWith('.out.partial-')), 'the half-written copy is only in a hidden staging folder');

      const rerun = await run(['export', CORPUS, '--out', 'out', '--key', key, '--allow-unresolved'], work);
      assert.equal(rerun.code, 0, rerun.stderr);
      assert.deepEqual((await fs.readdir(work)).sort(), ['mapping.json', 'out'], 'stale staging removed');
    });

    it('removes its staging folder at once when interrupted politely', async () => {
      const code = await stop(await startHeldExport(), 'SIGTERM');
      assert.equal(code, 143);
      assert.deepEqual(await fs.readdir(work), ['mapping.json']);
    });
  });
});
