import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRandom, generateTranscript } from '../../scripts/bench/corpus-generator';
import { RULES as AGE_RULES } from '../../src/core/detect/age-rules';
import { anchorOffsets, eachAnchoredMatch, type Anchoring } from '../../src/core/detect/anchored-scan';
import { RULES as DATE_RULES } from '../../src/core/detect/date';

const EVAL_ROOT = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'eval');

/** Texts full of numbers, months and holidays in every shape the rules read, and the places they must not match. */
function sampleTexts(): string[] {
  const texts: string[] = [];
  for (const set of ['ages-gen-5', 'ages-gen-6', 'dates-ages-contacts', 'dates-ages-contacts-2', 'numbers-gen-4', 'blind-ad']) {
    const docs = path.join(EVAL_ROOT, set, 'docs');
    for (const name of readdirSync(docs).sort()) texts.push(readFileSync(path.join(docs, name), 'utf8'));
  }
  texts.push(generateTranscript(createRandom(11), 'txt', 40_000), generateTranscript(createRandom(12), 'vtt', 40_000));
  // Numbers inside words and numbers, after combining marks and in other scripts.
  texts.push('x123, male\n45F, 12y, 3yo. e\u0301ten 1990s 7th May. In May 1990 and May 7, at 14:05, Easter 2001 ٢٠٢٣ \uD83D\uDE00 twenty-one\n');
  return texts;
}

function globalMatches(pattern: RegExp, text: string): string[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);
}

function anchoredMatches({ anchor, sticky }: Anchoring, text: string): string[] {
  const found: string[] = [];
  eachAnchoredMatch(text, sticky, anchorOffsets(text, anchor, new Map()), (match) => found.push(`${match.index}:${match[0]}`));
  return found;
}

describe('rules tried only where their match can start', () => {
  it('find exactly what a scan of the whole text finds, for every anchored age and date rule', () => {
    const rules = [...AGE_RULES, ...DATE_RULES].filter((rule) => rule.anchoring);
    // The age rules that open with a number and the date rules that open with a month or a holiday.
    assert.ok(rules.length >= 25, `only ${rules.length} anchored rules`);
    let matched = 0;
    for (const text of sampleTexts()) {
      for (const rule of rules) {
        const expected = globalMatches(rule.pattern, text);
        matched += expected.length;
        assert.deepEqual(anchoredMatches(rule.anchoring!, text), expected, rule.pattern.source.slice(0, 80));
      }
    }
    // The texts exercise the rules: equal empty lists would prove nothing.
    assert.ok(matched > 200, `only ${matched} matches`);
  });
});
