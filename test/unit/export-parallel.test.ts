import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRandom, generateTranscript, GENERATED_FORMATS } from '../../scripts/bench/corpus-generator';
import { ExportCancelledError, LOG_MARKDOWN, runExport, type ExportHooks, type ExportRunResult, type ExportSettings } from '../../src/core/export';
import { lineAndColumnOf, lineLocator } from '../../src/core/export/plan';
import { serializeMapping, type Mapping } from '../../src/core/mapping';
import { keyOf } from '../support/key';
import { exactBytes, readTree } from '../support/tree';


const KEY = keyOf(['PERSON', 'Maria Gonzalez', 'Maria'], ['LOCATION', 'Leeds']);

/** Hand-written files for the cases the generator does not cover: CRLF, BOMs, names in paths, ages and dates. */
const HAND_WRITTEN: Record<string, string> = {
  'site-leeds/maria-notes.md': '# Notes\r\n\r\nMaria Gonzalez arrived late from Leeds.\r\nKeisha Grant joined at 3.\r\n',
  'captions.vtt': '\uFEFFWEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Maria>Hi from Leeds, I am 36.</v>\n',
  'clip.srt': '1\r\n00:00:01,000 --> 00:00:02,500\r\nTomasz Wojcik: I moved on 12 March 2019.\r\n',
  'bom-notes.txt': '\uFEFFP02: My sister Keisha Grant lives in Marrowby.\n',
  // With "Zoë" in the key, redaction leaves "ZOE" and the leak check must catch it (accents and case folded).
  'zoe-note.txt': 'Maria asked ZOE about it.\n',
};

describe('parallel export', function () {
  // Each run starts workers that load the engine: slow on a busy machine, whatever the result.
  this.timeout(180_000);
  let root: string;
  let source: string;

  /** One export of the shared corpus into a fresh folder, with a fresh copy of the key; returns what it left. */
  async function exportWith(jobs: number, overrides: Partial<ExportSettings> = {}, hooks: ExportHooks = {}, key: Mapping = KEY) {
    const runRoot = await fs.mkdtemp(path.join(root, `run-${jobs}-`));
    const keyPath = path.join(runRoot, 'mapping.json');
    await fs.writeFile(keyPath, serializeMapping(key));
    const out = path.join(runRoot, 'out');
    const result: ExportRunResult = await runExport(
      {
        source,
        out,
        keyPath,
        force: false,
        allowUnresolved: false,
        redactUnresolved: false,
        include: [],
        exclude: [],
        sensitivity: 'high-recall',
        toolVersion: '9.9.9',
        now: new Date('2026-01-02T03:04:05Z'),
        jobs,
        ...overrides,
      },
      hooks,
    );
    const exported = existsSync(out) ? await readTree(out, exactBytes) : undefined;
    return { result, exported, key: await fs.readFile(keyPath, 'utf8'), leftovers: (await fs.readdir(runRoot)).filter((name) => name !== 'mapping.json') };
  }

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-export-parallel-'));
    source = path.join(root, 'corpus');
    const random = createRandom(11);
    // Mixed formats and sizes, so files finish out of order on the workers.
    for (let index = 0; index < 8; index++) {
      const format = GENERATED_FORMATS[index % GENERATED_FORMATS.length];
      const file = path.join(source, index % 3 === 0 ? 'group' : '', `t${String(index).padStart(2, '0')}.${format}`);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, generateTranscript(random, format, index % 4 === 0 ? 5_000 : 1_200));
    }
    for (const [relative, text] of Object.entries(HAND_WRITTEN)) {
      await fs.mkdir(path.dirname(path.join(source, relative)), { recursive: true });
      await fs.writeFile(path.join(source, relative), text);
    }
  });

  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('places kept findings at the same line and column with the per-file line index as with a scan per offset', () => {
    for (const text of ['', 'one line', 'a\nb\r\n\r\nccc\n', '\n\nx\n', HAND_WRITTEN['clip.srt']]) {
      const locate = lineLocator(text);
      for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(locate(offset), lineAndColumnOf(text, offset), `${JSON.stringify(text)} @ ${offset}`);
    }
  });

  it('runs its worker from the compiled tree (so the 2-job runs below really use threads)', () => {
    assert.ok(existsSync(path.join(__dirname, '../../src/core/parallel/export-worker.js')));
  });

  it('--redact-unresolved: the same folder, byte for byte, and the same saved key on 1 and 2 jobs', async () => {
    const one = await exportWith(1, { redactUnresolved: true });
    const two = await exportWith(2, { redactUnresolved: true });
    assert.equal(one.result.outcome.status, 'exported');
    assert.ok(one.exported && Object.keys(one.exported).length === 8 + 5 + 2, 'every transcript and both logs');
    assert.ok(one.exported['PERSON_1-notes.md'] === undefined && one.exported['site-LOCATION_1/PERSON_1-notes.md'], 'names in paths are redacted');
    const notes = Buffer.from(one.exported['site-LOCATION_1/PERSON_1-notes.md'], 'hex').toString('utf8');
    assert.match(notes, /^# Notes\r\n\r\n\[PERSON_1\] arrived late from \[LOCATION_1\]\.\r\n\[PERSON_\d+\] joined/, 'CRLF kept');
    const captions = Buffer.from(one.exported['captions.vtt'], 'hex').toString('utf8');
    assert.match(captions, /^\uFEFFWEBVTT\n\n1\n00:00:01\.000 --> 00:00:02\.000\n<v \[PERSON_1\]>Hi from \[LOCATION_1\], I am \[AGE 30-39\]\./, 'BOM, cue timing and the generalised age kept');
    assert.notEqual(one.key, serializeMapping(KEY), 'new entities were saved');
    assert.deepEqual(two.exported, one.exported);
    assert.equal(two.key, one.key);
    assert.deepEqual(two.result, one.result);
    assert.deepEqual([one.leftovers, two.leftovers], [['out'], ['out']], 'no staging folder left');
  });

  it('--allow-unresolved: the same folder and log (positions of kept findings) on 1 and 3 jobs', async () => {
    const one = await exportWith(1, { allowUnresolved: true });
    const three = await exportWith(3, { allowUnresolved: true });
    assert.equal(one.result.outcome.status, 'exported', JSON.stringify(one.result.outcome).slice(0, 2000));
    assert.match(Buffer.from(one.exported?.[LOG_MARKDOWN] ?? '', 'hex').toString('utf8'), /## Unresolved findings kept/);
    assert.deepEqual(three.exported, one.exported);
    assert.deepEqual(three.result, one.result);
  });

  it('unresolved findings: the same per-file report and nothing written, on 1 and 2 jobs', async () => {
    const one = await exportWith(1);
    const two = await exportWith(2);
    assert.equal(one.result.outcome.status, 'unresolved');
    assert.equal(one.exported, undefined);
    assert.deepEqual(two.result, one.result);
    assert.deepEqual(two.leftovers, []);
  });

  it('a leak: the same report, with the same original positions, and nothing written, on 1 and 2 jobs', async () => {
    const withZoe = keyOf(['PERSON', 'Maria Gonzalez', 'Maria'], ['LOCATION', 'Leeds'], ['PERSON', 'Zoë']);
    const one = await exportWith(1, { allowUnresolved: true }, {}, withZoe);
    const two = await exportWith(2, { allowUnresolved: true }, {}, withZoe);
    assert.equal(one.result.outcome.status, 'leak');
    if (one.result.outcome.status !== 'leak') return;
    assert.ok(
      one.result.outcome.leakReport.hits.some((hit) => hit.file === 'zoe-note.txt' && hit.line === 0) &&
        one.result.outcome.leakReport.hits.some((hit) => hit.sourcePath?.endsWith('zoe-note.txt:1:13')),
      'the name and the text, traced back to the original',
    );
    assert.deepEqual(two.result, one.result);
    assert.deepEqual([one.exported, two.exported], [undefined, undefined]);
    assert.deepEqual([one.leftovers, two.leftovers], [[], []], 'no staging folder left');
  });

  it('stops between files when cancelled on 2 jobs, leaving no output and no staging folder', async () => {
    const cancel = new AbortController();
    const runRoot = await fs.mkdtemp(path.join(root, 'cancel-'));
    const keyPath = path.join(runRoot, 'mapping.json');
    await fs.writeFile(keyPath, serializeMapping(KEY));
    const run = runExport(
      { source, out: path.join(runRoot, 'out'), keyPath, force: false, allowUnresolved: true, redactUnresolved: false, include: [], exclude: [], sensitivity: 'high-recall', toolVersion: '9.9.9', jobs: 2 },
      { signal: cancel.signal, afterFileWritten: async (written) => void (written === 3 && cancel.abort()) },
    );
    await assert.rejects(run, ExportCancelledError);
    assert.deepEqual(await fs.readdir(runRoot), ['mapping.json']);
  });

  it('refuses to export an original edited after it was analysed, on 1 and 2 jobs', async () => {
    const edited = path.join(source, 'bom-notes.txt');
    const before = await fs.readFile(edited);
    try {
      for (const jobs of [1, 2]) {
        await fs.writeFile(edited, before);
        const { result, exported, leftovers } = await exportWith(
          jobs,
          { allowUnresolved: true },
          { onProgress: ({ phase, done }) => void (phase === 'writing' && done === 0 && writeFileSync(edited, 'P02: Keisha said so.\n')) },
        );
        assert.equal(result.outcome.status, 'refused', `jobs ${jobs}`);
        assert.match(result.outcome.status === 'refused' ? result.outcome.reason : '', /bom-notes\.txt changed while the export was running; nothing was exported/);
        assert.equal(exported, undefined);
        assert.deepEqual(leftovers, [], 'no staging folder left');
      }
    } finally {
      await fs.writeFile(edited, before);
    }
  });
});
