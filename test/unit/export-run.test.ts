import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ExportCancelledError, LOG_CSV, LOG_MARKDOWN, nodeExportFs, runExport, type ExportFs, type ExportSettings } from '../../src/core/export';
import { parseMapping, serializeMapping } from '../../src/core/mapping';
import { readTree } from '../support/tree';

/** A small synthetic project: a corpus, a key beside it, and room for exports. */
const KEY = {
  version: 1,
  entities: [
    { token: '[PERSON_1]', type: 'PERSON', forms: ['Maria', 'Maria Gonzalez'] },
    { token: '[PERSON_2]', type: 'PERSON', forms: ['Zoë'] },
    { token: '[LOCATION_1]', type: 'LOCATION', forms: ['Leeds'] },
  ],
  ignore: [],
  counters: { PERSON: 2, LOCATION: 1 },
};

const CORPUS: Record<string, string> = {
  'interview-01.txt': 'INTERVIEWER: How was the move?\nP01: Maria said Leeds was cold.\n',
  'site-leeds/maria-notes.md': '# Notes\r\n\r\nMaria Gonzalez arrived late.\r\n',
  'captions.vtt': '\uFEFFWEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Maria>Hi from Leeds.</v>\n',
};

let root: string;
let source: string;
let keyPath: string;

async function writeTree(folder: string, files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(folder, ...relative.split('/'));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  }
}


function settings(overrides: Partial<ExportSettings> = {}): ExportSettings {
  return {
    source,
    out: path.join(root, 'out'),
    keyPath,
    force: false,
    allowUnresolved: true,
    redactUnresolved: false,
    include: [],
    exclude: [],
    sensitivity: 'high-recall',
    toolVersion: '9.9.9',
    now: new Date('2026-01-02T03:04:05Z'),
    ...overrides,
  };
}

/** The real file system with one operation replaced. */
function fsWith(overrides: Partial<ExportFs>): ExportFs {
  return { ...nodeExportFs, ...overrides } as ExportFs;
}

describe('runExport', () => {
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-export-'));
    source = path.join(root, 'corpus');
    keyPath = path.join(root, 'key', 'mapping.json');
    await writeTree(source, CORPUS);
    await writeTree(root, { 'key/mapping.json': JSON.stringify(KEY) });
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('writes every transcript with forms replaced, paths redacted, BOM and line endings kept, plus the logs', async () => {
    const result = await runExport(settings());
    assert.equal(result.outcome.status, 'exported');
    const tree = await readTree(path.join(root, 'out'));
    assert.deepEqual(Object.keys(tree).sort(), [LOG_MARKDOWN, 'captions.vtt', 'interview-01.txt', LOG_CSV, 'site-LOCATION_1/PERSON_1-notes.md'].sort());
    assert.equal(tree['interview-01.txt'], 'INTERVIEWER: How was the move?\nP01: [PERSON_1] said [LOCATION_1] was cold.\n');
    assert.equal(tree['site-LOCATION_1/PERSON_1-notes.md'], '# Notes\r\n\r\n[PERSON_1] arrived late.\r\n');
    assert.equal(tree['captions.vtt'], '\uFEFFWEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v [PERSON_1]>Hi from [LOCATION_1].</v>\n');
    assert.deepEqual(await readTree(source), CORPUS, 'originals unchanged');
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key', 'out'], 'no staging folder left');
  });

  it('never writes an original form into the logs, even from a glob', async () => {
    const result = await runExport(settings({ exclude: ['maria-*.txt'] }));
    assert.equal(result.outcome.status, 'exported');
    const log = await fs.readFile(path.join(root, 'out', LOG_MARKDOWN), 'utf8');
    const csv = await fs.readFile(path.join(root, 'out', LOG_CSV), 'utf8');
    for (const text of [log, csv]) assert.doesNotMatch(text, /maria|leeds|zo[eë]/i);
    assert.match(log, /Exclude: \[PERSON_1\]-\*\.txt/);
    assert.match(log, /Tool: transcript-redactor 9\.9\.9/);
    assert.match(log, /Date: 2026-01-02T03:04:05\.000Z/);
    assert.match(log, /\| `interview-01\.txt` \| plain \| 2 \| PERSON 1, LOCATION 1 \| \[LOCATION_1\] \[PERSON_1\] \| 1 of 2 \|/);
    assert.match(csv, /^file,format,replacements,PERSON,LOCATION,/);
    assert.match(csv, /\r\ninterview-01\.txt,plain,2,1,1,0,/);
  });

  it('stops before writing anything when the key leaves findings unresolved', async () => {
    await writeTree(source, { 'group.txt': 'Keisha Grant: I grew up there.\n' });
    const result = await runExport(settings({ allowUnresolved: false }));
    assert.equal(result.outcome.status, 'unresolved');
    if (result.outcome.status !== 'unresolved') return;
    const group = result.outcome.files.find((file) => file.outputPath === 'group.txt');
    assert.deepEqual(group?.unresolved[0], { type: 'PERSON', line: 1, column: 1, length: 12 });
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key']);
  });

  it('keeps unresolved findings with allowUnresolved and records their positions, not their text', async () => {
    await writeTree(source, { 'group.txt': 'Keisha Grant: I grew up there.\n' });
    const result = await runExport(settings({ allowUnresolved: true }));
    assert.equal(result.outcome.status, 'exported');
    const log = await fs.readFile(path.join(root, 'out', LOG_MARKDOWN), 'utf8');
    assert.match(log, /- `group\.txt`: PERSON at 1:1 \(12 characters\)/);
    assert.doesNotMatch(log, /Keisha|Grant/);
    assert.equal(await fs.readFile(path.join(root, 'out', 'group.txt'), 'utf8'), 'Keisha Grant: I grew up there.\n');
  });

  it('gives unresolved findings new tokens in the key with redactUnresolved, then exports cleanly again', async () => {
    await writeTree(source, { 'group.txt': 'Keisha Grant: I grew up there.\n' });
    const first = await runExport(settings({ allowUnresolved: false, redactUnresolved: true }));
    assert.equal(first.outcome.status, 'exported');
    const key = parseMapping(await fs.readFile(keyPath, 'utf8'));
    assert.deepEqual(key.entities.find((entity) => entity.forms.includes('Keisha Grant'))?.token, '[PERSON_3]');
    assert.equal(await fs.readFile(path.join(root, 'out', 'group.txt'), 'utf8'), '[PERSON_3]: I grew up there.\n');
    const again = await runExport(settings({ allowUnresolved: false, out: path.join(root, 'again') }));
    assert.equal(again.outcome.status, 'exported', 'the saved key now covers everything');
    assert.equal(serializeMapping(again.mapping), serializeMapping(key), 'the key is not changed by a plain export');
  });

  it('with redactUnresolved, a full name, its given name and its titled surname share one new token', async () => {
    await writeTree(source, {
      'a.txt': 'P04: I asked Keisha Grant about the move.\n',
      'b.txt': 'P05: Mrs. Grant was kind. Keisha said no.\n',
    });
    const result = await runExport(settings({ allowUnresolved: false, redactUnresolved: true }));
    assert.equal(result.outcome.status, 'exported', JSON.stringify(result.outcome));
    const key = parseMapping(await fs.readFile(keyPath, 'utf8'));
    const keisha = key.entities.find((entity) => entity.forms.includes('Keisha Grant'));
    assert.deepEqual(keisha?.forms.slice().sort(), ['Keisha', 'Keisha Grant', 'Mrs. Grant']);
    assert.equal(await fs.readFile(path.join(root, 'out', 'a.txt'), 'utf8'), `P04: I asked ${keisha?.token} about the move.\n`);
    assert.equal(await fs.readFile(path.join(root, 'out', 'b.txt'), 'utf8'), `P05: ${keisha?.token} was kind. ${keisha?.token} said no.\n`);
  });

  it('with redactUnresolved, a possessive finding ("St Brennan\'s") is covered by its new form, and the export goes ahead', async () => {
    // The key stores the form without the possessive, so the replacement leaves "'s" behind the token.
    await writeTree(source, { 'clinic.txt': "P02: I had an appointment at St Brennan's in the spring.\n" });
    const result = await runExport(settings({ allowUnresolved: false, redactUnresolved: true }));
    assert.equal(result.outcome.status, 'exported', JSON.stringify(result.outcome));
    const output = await fs.readFile(path.join(root, 'out', 'clinic.txt'), 'utf8');
    assert.match(output, /^P02: I had an appointment at \[ORGANIZATION_\d+\]'s in the spring\.\n$/);
  });

  it('exports when a key form is also the log\'s own wording ("Transcript Redactor"), and still replaces it in the text', async () => {
    const key = { ...KEY, entities: [...KEY.entities, { token: '[ORGANIZATION_1]', type: 'ORGANIZATION', forms: ['Transcript Redactor'] }], counters: { ...KEY.counters, ORGANIZATION: 1 } };
    await writeTree(root, { 'key/mapping.json': JSON.stringify(key) });
    await writeTree(source, { 'about.txt': 'P03: We used Transcript Redactor on these.\n' });
    const result = await runExport(settings());
    assert.equal(result.outcome.status, 'exported', JSON.stringify(result.outcome));
    assert.equal(await fs.readFile(path.join(root, 'out', 'about.txt'), 'utf8'), 'P03: We used [ORGANIZATION_1] on these.\n');
    assert.match(await fs.readFile(path.join(root, 'out', LOG_MARKDOWN), 'utf8'), /made by Transcript Redactor/);
  });

  it('generalises unresolved ages and dates in place with redactUnresolved instead of putting numbers in the key', async () => {
    await writeTree(source, { 'group.txt': 'Keisha Grant: I am 36 years old, born 14 March 1988.\n' });
    const result = await runExport(settings({ allowUnresolved: false, redactUnresolved: true }));
    assert.equal(result.outcome.status, 'exported');
    assert.equal(result.outcome.status === 'exported' && result.outcome.generalised, 2);
    assert.equal(await fs.readFile(path.join(root, 'out', 'group.txt'), 'utf8'), '[PERSON_3]: I am [AGE 30-39], born [DATE 1988].\n');
    const key = parseMapping(await fs.readFile(keyPath, 'utf8'));
    assert.deepEqual(key.entities.filter((entity) => entity.type === 'AGE' || entity.type === 'DATE'), []);
  });

  it('refuses output folders that endanger the originals or would carry the key', async () => {
    const reasons = async (out: string, key = keyPath): Promise<string> => {
      const result = await runExport(settings({ out, keyPath: key }));
      return result.outcome.status === 'refused' ? result.outcome.reason : result.outcome.status;
    };
    assert.match(await reasons(source), /is the source folder/);
    assert.match(await reasons(path.join(source, 'export')), /inside the source folder/);
    assert.match(await reasons(root), /source folder is inside the output folder/);
    await fs.mkdir(path.join(root, 'elsewhere'));
    assert.match(await reasons(path.join(root, 'elsewhere', 'out'), path.join(root, 'elsewhere', 'out', 'mapping.json')), /contains the project key/);
  });

  it('never exports the key, even when it sits in the corpus and matches --include', async () => {
    const inside = path.join(source, 'key.json');
    await fs.copyFile(keyPath, inside);
    const result = await runExport(settings({ keyPath: inside, include: ['*.txt', '*.json'] }));
    assert.equal(result.outcome.status, 'exported');
    assert.deepEqual(Object.keys(await readTree(path.join(root, 'out'))).sort(), [LOG_MARKDOWN, 'interview-01.txt', LOG_CSV].sort());
  });

  it('refuses a non-empty output folder unless forced; forcing moves foreign content aside', async () => {
    const out = path.join(root, 'out');
    await writeTree(out, { 'precious.txt': 'keep me' });
    const refused = await runExport(settings());
    assert.equal(refused.outcome.status, 'refused');
    assert.match(refused.outcome.status === 'refused' ? refused.outcome.reason : '', /not empty.*--force/);
    const forced = await runExport(settings({ force: true }));
    assert.equal(forced.outcome.status, 'exported');
    const keptAt = forced.outcome.status === 'exported' ? forced.outcome.replacedFolderKeptAt : undefined;
    assert.ok(keptAt, 'the folder that was not an export is kept');
    assert.equal(await fs.readFile(path.join(keptAt, 'precious.txt'), 'utf8'), 'keep me');
    const again = await runExport(settings({ force: true }));
    assert.equal(again.outcome.status === 'exported' && again.outcome.replacedFolderKeptAt, undefined, 'an earlier export is simply replaced');
  });

  it('leaves no output and no staging folder when a write fails, and keeps an earlier export intact', async () => {
    await runExport(settings());
    const before = await readTree(path.join(root, 'out'));
    let writes = 0;
    const failing = fsWith({
      writeFile: (async (...args: Parameters<ExportFs['writeFile']>) => {
        if (++writes === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        return nodeExportFs.writeFile(...args);
      }) as ExportFs['writeFile'],
    });
    const result = await runExport(settings({ force: true }), { fs: failing });
    assert.equal(result.outcome.status, 'refused');
    assert.match(result.outcome.status === 'refused' ? result.outcome.reason : '', /no space left on device.*nothing was exported/);
    assert.deepEqual(await readTree(path.join(root, 'out')), before);
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key', 'out']);
    assert.deepEqual(await readTree(source), CORPUS);
  });

  it('cancelled while writing, leaves no output and no staging folder, and keeps an earlier export intact', async () => {
    const cancel = new AbortController();
    const first = runExport(settings(), { signal: cancel.signal, afterFileWritten: async (written) => void (written === 1 && cancel.abort()) });
    await assert.rejects(first, ExportCancelledError);
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key'], 'no output and no staging folder');

    await runExport(settings());
    const before = await readTree(path.join(root, 'out'));
    const again = new AbortController();
    const second = runExport(settings({ force: true }), { signal: again.signal, afterFileWritten: async () => again.abort() });
    await assert.rejects(second, ExportCancelledError);
    assert.deepEqual(await readTree(path.join(root, 'out')), before);
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key', 'out']);
    assert.deepEqual(await readTree(source), CORPUS);
  });

  it('cancelled while analysing, writes nothing and leaves the key as it was', async () => {
    await writeTree(source, { 'group.txt': 'Keisha Grant: I grew up there.\n' });
    const keyBefore = await fs.readFile(keyPath, 'utf8');
    const cancel = new AbortController();
    const run = runExport(settings({ allowUnresolved: false, redactUnresolved: true }), {
      signal: cancel.signal,
      onProgress: ({ phase, done }) => void (phase === 'analysing' && done === 1 && cancel.abort()),
    });
    await assert.rejects(run, ExportCancelledError);
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key']);
    assert.equal(await fs.readFile(keyPath, 'utf8'), keyBefore);
  });

  it('reports an output location that cannot be written (read-only)', async () => {
    const readOnly = fsWith({
      mkdir: (async () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      }) as ExportFs['mkdir'],
    });
    const result = await runExport(settings(), { fs: readOnly });
    assert.equal(result.outcome.status, 'refused');
    assert.match(result.outcome.status === 'refused' ? result.outcome.reason : '', /read-only file system/);
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key']);
  });

  it('fails the leak check on an accent variant in a file name and in text, writing nothing', async () => {
    await writeTree(source, { 'zoe-interview.txt': 'Maria asked ZOE about it.\n' });
    const result = await runExport(settings());
    assert.equal(result.outcome.status, 'leak');
    if (result.outcome.status !== 'leak') return;
    const hits = result.outcome.leakReport.hits.map((hit) => `${hit.file}:${hit.line}:${hit.column} ${hit.what}`);
    assert.ok(hits.includes('zoe-interview.txt:0:0 a form of [PERSON_2] in the file or folder name'), hits.join('\n'));
    assert.ok(hits.includes('zoe-interview.txt:1:18 a form of [PERSON_2]'), hits.join('\n'));
    const inText = result.outcome.leakReport.hits.find((hit) => hit.line === 1);
    assert.equal(inText?.sourcePath, `${path.join(source, 'zoe-interview.txt')}:1:13`, 'where it is in the original');
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key']);
  });

  it('refuses to export an incomplete corpus when a file cannot be read', async () => {
    await fs.writeFile(path.join(source, 'latin1.txt'), Buffer.from([0x4d, 0x61, 0x72, 0xed, 0x61, 0x0a]));
    const result = await runExport(settings());
    assert.equal(result.outcome.status, 'refused');
    assert.match(result.problems.map((problem) => problem.message).join('\n'), /not UTF-8/);
    assert.deepEqual(await fs.readdir(root), ['corpus', 'key']);
  });

  it('refuses two originals that would get the same exported name', async () => {
    await writeTree(source, { 'maria.txt': 'x\n', 'MARIA.txt': 'y\n' });
    const result = await runExport(settings());
    assert.equal(result.outcome.status, 'refused');
    assert.match(result.outcome.status === 'refused' ? result.outcome.reason : '', /two files would be exported as PERSON_1\.txt/);
  });
});
