import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { TranscriptFormat } from '../../src/core/types';
import { pick, seededRandom } from '../support/random';

// Pieces that random transcripts are built from: ordinary prose, identifiers, scaffolding and hostile Unicode.
const PIECES = [
  'INTERVIEWER: ', 'P07: ', 'Maria Gonzalez: ', '[00:12:41] ', '00:01:02.500 --> 00:01:06.000\n', '[inaudible] ', '(pause) ',
  '[PERSON_3] ', 'my sister Aoife ', 'Dr. Amadi ', 'in Waimate ', 'at St. Brendan\'s ', 'call 555-0142 ', 'maria@example.org ',
  'on 14 March 2019 ', 'I\'m 47. ', 'fifty-six ', 'the spring of 2016 ', 'Zoë ', 'Nkechi Ọkafọ ', 'Thuy ', 'and then ',
  'we went ', 'to the hospital ', '. ', ', ', '\n', '\n\n', '\r\n', '😀 ', '👩‍👩‍👧 ', 'مرحبا بك ', 'שלום ', 'e\u0301 ', 'a\u0308\u0301 ',
  '\u200b', '\u202e', '\ud800', '\udfff', '\t', '“Ana” ', 'O\'Neill ', 'MARIA ', 'lizzie ', 'WEBVTT\n\n', '1\n', '<v Kim Lee>',
];
const FORMATS: TranscriptFormat[] = ['plain', 'markdown', 'vtt', 'srt'];

function assertWellFormed(text: string, format: TranscriptFormat | undefined, label: string): void {
  const first = analyze(text, format ? { format } : {});
  const second = analyze(text, format ? { format } : {});
  assert.deepEqual(second, first, `${label}: same text, same findings`);
  let previousEnd = 0;
  for (const finding of first) {
    assert.equal(text.slice(finding.start, finding.end), finding.text, `${label}: offsets are exact`);
    assert.ok(finding.start >= previousEnd && finding.end > finding.start, `${label}: findings are sorted and disjoint`);
    assert.ok(finding.confidence >= 0 && finding.confidence <= 1, `${label}: confidence within 0..1`);
    assert.ok(finding.reason.length > 0, `${label}: every finding says why`);
    previousEnd = finding.end;
  }
}

describe('engine properties', () => {
  it('is deterministic with exact offsets on random transcripts', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(seed);
      const length = Math.floor(random() * 60);
      const text = Array.from({ length }, () => pick(random, PIECES)).join('');
      assertWellFormed(text, random() < 0.5 ? undefined : pick(random, FORMATS), `seed ${seed}`);
    }
  });

  it('copes with empty, whitespace-only and scaffolding-only files', () => {
    for (const text of ['', ' ', '\n\n\n', '\uFEFF', 'WEBVTT\n', '1\n00:00:01,000 --> 00:00:02,000\n\n', '[inaudible]']) {
      assertWellFormed(text, undefined, JSON.stringify(text));
    }
  });

  it('copes with a 1 MB line and a long run of one character', () => {
    const sentence = 'My sister Aoife moved to Waimate in 2016 and called 555-0142. ';
    const longLine = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    assertWellFormed(longLine, undefined, '1 MB line');
    assertWellFormed('a'.repeat(200_000), undefined, 'one long word');
    assertWellFormed('\n'.repeat(100_000), undefined, 'only newlines');
  });

  it('copes with lone surrogates, RTL text and combining marks around names', () => {
    const text = 'P1: \u202eمرحبا Zoe\u0308 said \ud83d hi to Nkechi\u0301 \udfff\n\nP2: שלום Maria.';
    assertWellFormed(text, undefined, 'hostile unicode');
  });
});
