import * as assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { detachedString } from '../../src/core/detached-string';
import { taggedEntities } from '../../src/core/detect/nlp';
import { collectorAfterGrowth } from '../../src/core/parallel/collect-garbage';
import { memoOfString } from '../../src/core/string-memo';
import { parseTranscript } from '../../src/core/transcript';

const DOCUMENTS = 24;
const DOCUMENT_CHARS = 1024 * 1024;

/** A transcript of about 1 MB whose opening turn and speaker label are unique to `index`. */
function largeTranscript(index: number): string {
  const opening = `Marguerite Okonkwo-Ellis ${index}: I moved to Castlebrook in ${1950 + index} with my sister.\n`;
  return opening + `Interviewer: and then what happened next, take your time.\n`.repeat(Math.ceil(DOCUMENT_CHARS / 58));
}

describe('long-lived caches do not keep transcripts alive', () => {
  const collect = collectorAfterGrowth(0);

  /** Heap growth (bytes) left once `use` has seen each large transcript and the transcripts are gone. */
  function heapLeftBehind(use: (text: string) => void): number {
    collect();
    const before = getHeapStatistics().used_heap_size;
    for (let index = 0; index < DOCUMENTS; index++) use(largeTranscript(index));
    collect();
    return getHeapStatistics().used_heap_size - before;
  }

  // Without detached keys each cache would hold all 24 MB of the transcripts through substrings of them.
  const CEILING = 6 * 1024 * 1024;

  it("compromise's memo keeps its sentences, not the transcripts they were cut from", () => {
    const left = heapLeftBehind((text) => taggedEntities(text.slice(0, text.indexOf('\n'))));
    assert.ok(left < CEILING, `${(left / 1048576).toFixed(1)} MB left behind`);
  });

  it("the speaker-label memo keeps the labels, not the transcripts", () => {
    const left = heapLeftBehind((text) => {
      const structure = parseTranscript(text);
      assert.ok(structure.speakers.some((label) => label.name.startsWith('Marguerite')), 'the long label is read as a label');
    });
    assert.ok(left < CEILING, `${(left / 1048576).toFixed(1)} MB left behind`);
  });

  it('a string memo keeps its keys, not the transcripts', () => {
    const lengthOf = memoOfString((name: string) => name.length);
    const left = heapLeftBehind((text) => lengthOf(text.slice(0, 40)));
    assert.ok(left < CEILING, `${(left / 1048576).toFixed(1)} MB left behind`);
  });

  it('a detached string equals the original, lone surrogates and emoji included', () => {
    for (const text of ['', 'Zoë', 'a sentence of more than thirteen characters', '\ud800 lone high \udfff lone low', 'Nkechi 👩🏾‍⚕️ نور']) {
      assert.equal(detachedString(text), text);
    }
  });
});
