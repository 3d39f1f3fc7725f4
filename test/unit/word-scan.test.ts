import * as assert from 'node:assert/strict';
import { WordScanner } from '../../src/core/detect/word-scan';
import { pick, seededRandom } from '../support/random';

/** The word patterns the detectors scan with, as [first character, rest]: each scanner must find what `exec` finds. */
const PATTERNS: [RegExp, RegExp][] = [
  [/[\p{L}\p{M}\p{N}]/gu, /[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/uy], // capitalised.ts
  [/[\p{L}\d]/gu, /[\p{L}\p{M}\d'’]*/uy], // age-foreign-words.ts
  [/[\p{L}\p{M}\d]/gu, /[\p{L}\p{M}\d'’]*/uy], // quasi-cues.ts
  [/[\p{L}\p{M}]/gu, /[\p{L}\p{M}'’-]*/uy], // quasi-community.ts
];

/** Words as the whole pattern's exec loop finds them, starting at `from`. */
function execWords(pattern: RegExp, text: string, from: number): string[] {
  const words: string[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) words.push(`${match.index}-${match.index + match[0].length}`);
  return words;
}

function scannedWords(scanner: WordScanner, text: string, from: number): string[] {
  const words: string[] = [];
  for (let at = from; scanner.next(text, at); at = scanner.end) words.push(`${scanner.start}-${scanner.end}`);
  return words;
}

describe('WordScanner (words without a match array each)', () => {
  it('finds words with apostrophes, hyphens, accents, digits and letters outside the BMP', () => {
    const scanner = new WordScanner(...PATTERNS[0]);
    const text = "O'Neill met Zoë-Anne at 𝒳yz, ward 7b - 'quoted' e\u0301";
    assert.deepEqual(
      scannedWords(scanner, text, 0).map((span) => text.slice(...(span.split('-').map(Number) as [number, number]))),
      ["O'Neill", 'met', 'Zoë-Anne', 'at', '𝒳yz', 'ward', '7b', 'quoted', 'e\u0301'],
    );
  });

  it('gives exactly the words of the whole pattern on random texts, from any starting offset', () => {
    const pieces = ['Maria', 'o', 'ß', 'é', 'e\u0301', '\u0301', '𝒳', '𝟘', '7', '42', 'ŁÓDŹ', 'Ngāti', '마흔', 'Σ', ' ', ' ', '  ', "'", '’', '-', '.', ',', '\n', '\ud835', '\udc33', '_'];
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const text = Array.from({ length: 5 + Math.floor(random() * 30) }, () => pick(random, pieces)).join('');
      for (const [first, rest] of PATTERNS) {
        const whole = new RegExp(first.source + rest.source, 'gu');
        const scanner = new WordScanner(first, rest);
        for (const from of [0, Math.floor(random() * text.length)]) {
          assert.deepEqual(scannedWords(scanner, text, from), execWords(whole, text, from), `seed ${seed}, ${whole}, from ${from}: ${JSON.stringify(text)}`);
        }
      }
    }
  });
});
