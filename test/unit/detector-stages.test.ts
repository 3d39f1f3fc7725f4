import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRandom, generateTranscript } from '../../scripts/bench/corpus-generator';
import { splitIntoChunks } from '../../src/core/chunks';
import { candidatesOfEach, rulesInStages, stagedDetector, type Candidate, type DetectionContext } from '../../src/core/detect/detector';
import { DETECTORS } from '../../src/core/detect/registry';
import { parseTranscript } from '../../src/core/transcript';
import { formatForPath } from '../../src/core/transcript-format';

const EVAL_ROOT = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'eval');

/** Every distinct chunk of a few eval transcripts and a generated one, as the engine hands them to the detectors. */
function sampleContexts(): DetectionContext[] {
  const texts: Array<{ name: string; text: string }> = [];
  for (const set of ['blind-aa', 'blind-ab', 'multilingual-gen-1']) {
    const docs = path.join(EVAL_ROOT, set, 'docs');
    for (const name of readdirSync(docs).sort()) texts.push({ name, text: readFileSync(path.join(docs, name), 'utf8') });
  }
  texts.push({ name: 'generated.txt', text: generateTranscript(createRandom(7), 'txt', 30_000) });
  const contexts: DetectionContext[] = [];
  for (const { name, text } of texts) {
    const format = formatForPath(name);
    for (const chunk of splitIntoChunks(text)) {
      const chunkText = text.slice(chunk.start, chunk.end);
      contexts.push({ text: chunkText, structure: parseTranscript(chunkText, format), options: { format } });
    }
  }
  return contexts;
}

describe('detectors run stage by stage across a batch of chunks', () => {
  it('gives every detector exactly the candidates of running it on each chunk alone', () => {
    const contexts = sampleContexts();
    assert.ok(contexts.length > 200, `only ${contexts.length} chunks`);
    const staged = DETECTORS.filter((detector) => detector.stages);
    // The rule-heavy detectors are staged; a registry that lost them would make this test vacuous.
    assert.deepEqual(staged.map((detector) => detector.id).sort(), ['age', 'date', 'organization', 'person', 'place', 'quasi']);
    for (const detector of DETECTORS) {
      const together = candidatesOfEach(detector, contexts);
      const alone = contexts.map((context) => detector.detect(context));
      assert.deepEqual(together, alone, `${detector.id} found other candidates when staged`);
    }
    // And they find something: equal empty lists would prove nothing.
    for (const detector of staged) {
      assert.ok(candidatesOfEach(detector, contexts).some((found) => found.length > 0), `${detector.id} found nothing`);
    }
  });

  it('runs each stage on every chunk before the next stage starts', () => {
    const calls: string[] = [];
    const detector = stagedDetector('recording', 1, function* ({ text }) {
      calls.push(`first ${text}`);
      yield;
      calls.push(`second ${text}`);
      // A chunk may finish early; the others go on without it.
      if (text === 'b') return [];
      yield;
      calls.push(`third ${text}`);
      return [{ start: 0, end: text.length, type: 'OTHER', confidence: 0.5, reason: 'test' }];
    });
    const contexts = ['a', 'b', 'c'].map((text) => ({ text }) as DetectionContext);
    const found = candidatesOfEach(detector, contexts);
    assert.deepEqual(calls, ['first a', 'first b', 'first c', 'second a', 'second b', 'second c', 'third a', 'third c']);
    assert.deepEqual(found.map((candidates) => candidates.length), [1, 0, 1]);
    // `detect` runs the same stages to the end on one chunk.
    calls.length = 0;
    assert.deepEqual(detector.detect({ text: 'a' } as DetectionContext), found[0]);
    assert.deepEqual(calls, ['first a', 'second a', 'third a']);
  });

  it('runs a family of rules rule by rule across the chunks, each chunk getting its own candidates in rule order', () => {
    const calls: string[] = [];
    const found = (text: string, rule: string): Candidate => ({ start: 0, end: text.length, type: 'OTHER', confidence: 0.5, reason: `${rule} ${text}` });
    const rules = ['one', 'two', 'three'].map((rule) => (text: string): Candidate[] => {
      calls.push(`${rule} ${text}`);
      // Rule two finds nothing in `b`: b's candidates must still come from rules one and three, in that order.
      return rule === 'two' && text === 'b' ? [] : [found(text, rule)];
    });
    const detector = stagedDetector('family', 1, function* ({ text }) {
      const candidates = yield* rulesInStages(rules, text);
      calls.push(`after ${text}`);
      return candidates;
    });
    const contexts = ['a', 'b'].map((text) => ({ text }) as DetectionContext);
    const together = candidatesOfEach(detector, contexts);
    assert.deepEqual(calls, ['one a', 'one b', 'two a', 'two b', 'three a', 'three b', 'after a', 'after b']);
    assert.deepEqual(together.map((candidates) => candidates.map((candidate) => candidate.reason)), [
      ['one a', 'two a', 'three a'],
      ['one b', 'three b'],
    ]);
    assert.deepEqual(contexts.map((context) => detector.detect(context)), together);
  });
});

