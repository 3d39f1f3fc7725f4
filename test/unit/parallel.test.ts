import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRandom, generateTranscript, GENERATED_FORMATS } from '../../scripts/bench/corpus-generator';
import { findingsAsJsonLines } from '../../src/core/finding-lines';
import { createScanPool, scanFilesInParallel, scanFilesSequentially, type FileScanResult, type ScanFileOptions } from '../../src/core/parallel';

/** The scan's output as the CLI's jsonl would carry it, plus one line per unreadable file, so any difference shows. */
async function toJsonl(results: AsyncIterable<FileScanResult>, root: string): Promise<string> {
  const lines: string[] = [];
  for await (const result of results) {
    const file = path.relative(root, result.path);
    if (!result.ok) {
      lines.push(JSON.stringify({ file, skipped: result.reason }));
      continue;
    }
    for (const { start, end, type, text, confidence, reason, detector } of result.findings) {
      lines.push(JSON.stringify({ file, start, end, type, text, confidence, reason, detector }));
    }
  }
  return lines.join('\n');
}

describe('parallel corpus scan', function () {
  let root: string;
  let paths: string[];
  let sequential: string;
  const options: ScanFileOptions = {
    analyze: { knownForms: [{ form: 'Marrowby', type: 'LOCATION', token: '[LOCATION_1]' }], ignore: ['interviewer'] },
  };

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'redactor-parallel-'));
    const random = createRandom(7);
    paths = [];
    // Mixed formats and sizes, so files finish out of order on the workers.
    for (let index = 0; index < 14; index++) {
      const format = GENERATED_FORMATS[index % GENERATED_FORMATS.length];
      const file = path.join(root, `t${String(index).padStart(2, '0')}.${format}`);
      await fs.writeFile(file, generateTranscript(random, format, index % 5 === 0 ? 15_000 : 2_500));
      paths.push(file);
    }
    const withBom = path.join(root, 'bom.txt');
    await fs.writeFile(withBom, `\uFEFFKeisha Grant: I'm from Marrowby.\n`);
    const binary = path.join(root, 'binary.txt');
    await fs.writeFile(binary, Buffer.from([0x50, 0x31, 0x00, 0x3a]));
    paths.splice(3, 0, withBom, binary, path.join(root, 'missing.txt'));
    sequential = await toJsonl(scanFilesSequentially(paths, options), root);
  });

  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });


  it('gives byte-for-byte the jsonl of the single-threaded scan, in the same order', async () => {
    assert.ok(sequential.split('\n').length > 100, 'the corpus should produce plenty of findings to compare');
    assert.match(sequential, /"file":"bom.txt","start":0,"end":12,"type":"PERSON","text":"Keisha Grant"/);
    assert.match(sequential, /"file":"binary.txt","skipped":"not UTF-8 text/);
    assert.match(sequential, /"file":"missing.txt","skipped"/);
    // More workers than cores and than some scans need: the order still comes from the paths.
    assert.equal(await toJsonl(scanFilesInParallel(paths, options, 3), root), sequential);
  });

  it('gives each file\'s report as JSON lines, handed over as bytes, exactly as one thread formats its findings', async () => {
    const displayPaths = paths.map((file) => path.relative(root, file));
    const expected: string[] = [];
    for await (const result of scanFilesSequentially(paths, options)) {
      expected.push(result.ok ? findingsAsJsonLines(path.relative(root, result.path), result.findings) : `skipped: ${result.reason}`);
    }
    for (const workers of [1, 2]) {
      const pool = createScanPool(options, workers);
      const got: string[] = [];
      try {
        for await (const result of pool.scanAsJsonLines(paths, displayPaths, undefined, undefined)) {
          if (!result.ok) got.push(`skipped: ${result.reason}`);
          else {
            assert.ok(result.lines instanceof Uint8Array);
            const lines = new TextDecoder().decode(result.lines);
            assert.equal(lines.split('\n').length - 1, result.findings, 'one line per finding');
            got.push(lines);
          }
        }
      } finally {
        await pool.close();
      }
      assert.deepEqual(got, expected, `${workers} worker(s)`);
    }
    assert.match(expected.join(''), /\{"file":"bom.txt","start":0,"end":12,"type":"PERSON","text":"Keisha Grant","confidence":/);
  });

  it('applies per-file options (the known forms of the other files) exactly as one thread does', async () => {
    const perFile = (_path: string, index: number) => (index % 2 ? { knownForms: [{ form: 'Tuesdays', type: 'OTHER' as const }] } : undefined);
    const oneThread = await toJsonl(scanFilesSequentially(paths, options, perFile), root);
    assert.notEqual(oneThread, sequential, 'the per-file forms should change some findings');
    assert.match(oneThread, /"text":"Tuesdays","confidence":0\.99/);
    assert.equal(await toJsonl(scanFilesInParallel(paths, options, 2, perFile), root), oneThread);
  });

  it('applies options shared by every file (the corpus\'s forms, sent once per worker) exactly as one thread does, and only to that scan', async () => {
    const shared = { corpusForms: [{ form: 'Tuesdays', type: 'OTHER' as const }, { form: 'Marrowby', type: 'LOCATION' as const }] };
    const perFile = (_path: string, index: number) => (index % 3 ? undefined : { corpusFormsExcept: ['tuesdays'] });
    const oneThread = await toJsonl(scanFilesSequentially(paths, options, perFile, shared), root);
    assert.match(oneThread, /"text":"Tuesdays","confidence":0\.99,"reason":"known form confirmed elsewhere/);
    const pool = createScanPool(options, 2);
    try {
      assert.equal(await toJsonl(pool.scan(paths, perFile, shared), root), oneThread);
      assert.equal(await toJsonl(pool.scan(paths), root), sequential);
    } finally {
      await pool.close();
    }
  });

  it('runs several scans on one pool (workers started once), also after a scan stopped early', async () => {
    const pool = createScanPool(options, 2);
    try {
      assert.equal(await toJsonl(pool.scan(paths), root), sequential);
      for await (const result of pool.scan(paths)) if (result.ok) break;
      assert.equal(await toJsonl(pool.scan(paths), root), sequential);
    } finally {
      await pool.close();
    }
  });

  it("gives pass one's confirmed forms of each file exactly as one thread does", async () => {
    const collect = async (workers: number): Promise<string> => {
      const pool = createScanPool(options, workers);
      const lines: string[] = [];
      try {
        for await (const result of pool.confirmedForms(paths)) lines.push(JSON.stringify(result.ok ? result.forms : result.reason));
      } finally {
        await pool.close();
      }
      return lines.join('\n');
    };
    const oneThread = await collect(1);
    assert.match(oneThread, /"form":"Keisha Grant","type":"PERSON"/);
    assert.match(oneThread, /not UTF-8 text/);
    assert.equal(await collect(2), oneThread);
  });

  it('runs in this thread with one worker, with the same results', async () => {
    assert.equal(await toJsonl(scanFilesInParallel(paths, options, 1), root), sequential);
  });

  it('stops its workers when the caller stops early', async () => {
    const seen: string[] = [];
    for await (const result of scanFilesInParallel(paths, options, 2)) {
      seen.push(result.path);
      if (seen.length === 2) break;
    }
    assert.deepEqual(seen, paths.slice(0, 2));
  });

  it('says clearly when the worker script is missing', async () => {
    const scan = scanFilesInParallel(paths, { ...options, workerScript: path.join(root, 'nowhere.js') }, 2);
    await assert.rejects(scan.next(), /scan worker is missing at .*nowhere\.js.*npm run build/);
  });
});
