import * as assert from 'node:assert/strict';
import { createRandom, generateTranscript, type GeneratedFormat, type Random } from '../../scripts/bench/corpus-generator';
import { analyze, analyzeInSlices, createAnalysisCache } from '../../src/core/analyze';
import { splitIntoChunks } from '../../src/core/chunks';
import type { Detector } from '../../src/core/detect/detector';
import { DETECTORS } from '../../src/core/detect/registry';
import type { AnalyzeOptions, Finding } from '../../src/core/types';

/** Pieces an edit may insert: letters, spaces, line breaks that split or merge paragraphs, emoji, combining marks. */
const INSERTS = [
  'a', 'Z', ' ', '\n', '\n\n', '\r\n', '.', ':', 'é', 'e\u0301', '\u0301', '👩🏽‍🔬', '😀', '\uD83D', 'ß', 'İ', '-',
  'Maria', ' Port Kerrow', '[inaudible]', '[PERSON_2]', 'P07: ', '\nINTERVIEWER: ', '555-0142', '00:01:02.000 --> 00:01:05.000\n',
];

/** One random edit: insert, delete or replace a short run at a random place (offsets may split a surrogate pair). */
function randomEdit(random: Random, text: string): string {
  const at = random.int(text.length + 1);
  const length = random.chance(0.9) ? random.int(4) : random.int(200);
  const insert = random.pick(INSERTS);
  switch (random.int(3)) {
    case 0:
      return text.slice(0, at) + insert + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + length);
    default:
      return text.slice(0, at) + insert + text.slice(at + length);
  }
}

function assertWarmEqualsCold(format: GeneratedFormat, seed: number, options: AnalyzeOptions, edits: number): void {
  const random = createRandom(seed);
  let text = generateTranscript(random, format, 6_000);
  const cache = createAnalysisCache();
  for (let step = 0; step < edits; step++) {
    const warm = analyze(text, options, cache);
    const cold = analyze(text, options);
    assert.deepEqual(warm, cold, `warm and cold analyses differ after edit ${step} (${format}, seed ${seed})`);
    text = randomEdit(random, text);
  }
}

describe('incremental analysis (one cache across edits)', () => {
  for (const [index, format] of (['txt', 'vtt', 'srt', 'md'] as const).entries()) {
    it(`equals a fresh analysis after each of many random edits (${format})`, () => {
      assertWarmEqualsCold(format, 100 + index, {}, 60);
    });
  }

  it('equals a fresh analysis with known forms, ignore list and sensitivity', () => {
    const options: AnalyzeOptions = {
      knownForms: [{ form: 'Port Kerrow', type: 'LOCATION' }, { form: 'Maria', type: 'PERSON', token: '[PERSON_1]' }],
      ignore: ['interviewer', 'Moderator'],
      sensitivity: 'balanced',
    };
    assertWarmEqualsCold('txt', 7, options, 40);
  });

  it('equals a fresh analysis when the options change between calls', () => {
    const random = createRandom(3);
    const text = generateTranscript(random, 'txt', 6_000);
    const cache = createAnalysisCache();
    analyze(text, {}, cache);
    const options: AnalyzeOptions = { knownForms: [{ form: 'Port Kerrow', type: 'LOCATION' }] };
    assert.deepEqual(analyze(text, options, cache), analyze(text, options));
    assert.deepEqual(analyze(text, {}, cache), analyze(text, {}));
  });

  it('spreads a name to other paragraphs, and stops when the name is edited away, as a fresh analysis does', () => {
    const text = generateTranscript(createRandom(13), 'txt', 8_000);
    const named = `P01: My neighbour Wiremu Tahana helps me.\n\n${text}\n\nP01: The Tahana house is old.\n`;
    const cache = createAnalysisCache();
    const spread = (findings: Finding[]) => findings.filter((finding) => finding.text === 'Tahana' && finding.detector === 'propagate').length;
    const before = analyze(named, {}, cache);
    assert.deepEqual(before, analyze(named));
    assert.equal(spread(before), 1);
    const unnamed = named.replace('Wiremu Tahana', 'a friend');
    const after = analyze(unnamed, {}, cache);
    assert.deepEqual(after, analyze(unnamed));
    assert.equal(spread(after), 0);
    assert.deepEqual(analyze(named, {}, cache), before);
  });

  it('re-runs the detectors only on the chunk that was edited', () => {
    const seen: string[] = [];
    const recording: Detector = {
      id: 'recording',
      priority: 0,
      detect({ text }) {
        seen.push(text);
        return [];
      },
    };
    const detectors = [...DETECTORS, recording];
    const text = generateTranscript(createRandom(11), 'txt', 40_000);
    const cache = createAnalysisCache();
    analyze(text, {}, cache, detectors);
    const chunksAnalysed = seen.length;
    assert.ok(chunksAnalysed > 20, `the transcript should have many chunks (got ${chunksAnalysed})`);

    seen.length = 0;
    const at = text.indexOf(' ', text.length >> 1);
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const warm = analyze(edited, {}, cache, detectors);
    assert.equal(seen.length, 1, 'one edited chunk, one detector run');
    assert.ok(seen[0].includes(edited.slice(at - 10, at + 10)));
    assert.deepEqual(warm, analyze(edited, {}, createAnalysisCache(), detectors));
  });
});

describe('analysis in batches of chunks (each detector over many chunks in turn)', () => {
  it('gives each detector every distinct chunk once, whole, and the findings of a one-chunk-at-a-time analysis', () => {
    const text = generateTranscript(createRandom(31), 'txt', 20_000);
    // The same turn said three times: analysed once, found three times.
    const repeated = `${text}\n\nP02: My sister Maria Gonzalez rang me.\n\nP02: My sister Maria Gonzalez rang me.\n\nP02: My sister Maria Gonzalez rang me.\n`;
    const seen: string[] = [];
    const recording: Detector = {
      id: 'recording',
      priority: 0,
      detect({ text: chunk }) {
        seen.push(chunk);
        return [];
      },
    };
    const batched = analyze(repeated, {}, createAnalysisCache(), [...DETECTORS, recording]);
    const chunks = splitIntoChunks(repeated).map((chunk) => repeated.slice(chunk.start, chunk.end));
    assert.deepEqual([...seen].sort(), [...new Set(chunks)].sort());
    assert.equal(batched.filter((finding) => finding.text === 'Maria Gonzalez').length, 3);

    // One chunk at a time: a fresh cache per chunk, the text grown by one chunk per step, reusing the cache.
    const cache = createAnalysisCache();
    let end = 0;
    for (const chunk of splitIntoChunks(repeated)) {
      end = chunk.end;
      analyze(repeated.slice(0, end), {}, cache);
    }
    assert.deepEqual(analyze(repeated, {}, cache), analyze(repeated));
    assert.deepEqual(batched.filter((finding) => finding.detector !== 'recording'), analyze(repeated));
  });
});

describe('analysis in slices (for a responsive language server)', () => {
  const text = generateTranscript(createRandom(21), 'txt', 30_000);

  it('gives the same findings as analyze, and lets other callbacks run meanwhile', async () => {
    let timerRan = false;
    setImmediate(() => (timerRan = true));
    const sliced = await analyzeInSlices(text, {}, createAnalysisCache(), { sliceMs: 0 });
    assert.ok(timerRan, 'the event loop should have run between slices');
    assert.deepEqual(sliced, analyze(text));
  });

  it('previews the beginning of the text first: every preview finding is in the final result', async () => {
    const previews: Finding[][] = [];
    const final = await analyzeInSlices(text, {}, createAnalysisCache(), { sliceMs: 0, partialEveryMs: 0, onPartial: (found) => previews.push(found) });
    assert.ok(final && previews.length > 1);
    const key = (finding: Finding): string => `${finding.start}:${finding.end}:${finding.type}:${finding.detector}`;
    const finalKeys = new Set(final.map(key));
    for (const preview of previews) for (const finding of preview) assert.ok(finalKeys.has(key(finding)), key(finding));
    assert.ok(previews[0].length < final.length);
  });

  it('stops when cancelled, and the cache it leaves still gives exact results', async () => {
    const cache = createAnalysisCache();
    let pauses = 0;
    const stopped = await analyzeInSlices(text, {}, cache, { sliceMs: 0, isCancelled: () => ++pauses > 3 });
    assert.equal(stopped, undefined);
    const edited = text.replace('Could', 'Would');
    assert.deepEqual(await analyzeInSlices(edited, {}, cache), analyze(edited));
    assert.deepEqual(analyze(text, {}, cache), analyze(text));
  });

  it('keeps a cache exact when a stale analysis with other options finishes late', async () => {
    const cache = createAnalysisCache();
    const known: AnalyzeOptions = { knownForms: [{ form: 'Tuesdays', type: 'OTHER' }] };
    const stale = analyzeInSlices(text, known, cache, { sliceMs: 0 });
    const latest = await analyzeInSlices(text, {}, cache, { sliceMs: 0 });
    await stale;
    assert.deepEqual(latest, analyze(text));
    assert.deepEqual(analyze(text, {}, cache), analyze(text));
  });
});
