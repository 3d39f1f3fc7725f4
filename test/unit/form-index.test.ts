import * as assert from 'node:assert/strict';
import { FormIndex } from '../../src/core/form-index';
import { FormMatcher } from '../../src/core/form-matcher';
import { formsPattern } from '../support/form-pattern-reference';
import { escapeRegExp, wordBoundedPattern } from '../../src/core/text';
import { pick, seededRandom } from '../support/random';

const spans = (index: FormIndex, text: string): string[] => index.matches(text).map(({ start, end }) => text.slice(start, end));

/** The reference: one case-insensitive, word-bounded alternation, longest form first. */
function alternationMatches(forms: readonly string[], text: string): { start: number; end: number; key: string }[] {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = wordBoundedPattern(sorted.map(escapeRegExp).join('|'), 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, key: match[0].toLocaleLowerCase() }));
}

describe('FormIndex (many known forms, one pass)', () => {
  it('finds whole words in any case, the longest form first', () => {
    const index = new FormIndex(['maria', 'maria gonzalez', 'port kerrow']);
    assert.deepEqual(spans(index, 'MARIA Gonzalez met Maria at Port Kerrow, not Mariam or Port Kerrowby.'), ['MARIA Gonzalez', 'Maria', 'Port Kerrow']);
  });

  it('finds forms with apostrophes, hyphens and digits, and forms led by punctuation', () => {
    const index = new FormIndex(["o'neill", 'jean-luc', 'ward 7b', '+44 7700 900123']);
    assert.deepEqual(spans(index, "O'Neill and Jean-Luc on Ward 7B; call +44 7700 900123."), ["O'Neill", 'Jean-Luc', 'Ward 7B', '+44 7700 900123']);
    assert.deepEqual(spans(index, "O'Neills Jean-Lucas Ward 7BX"), []);
  });

  it('matches letters outside the Basic Multilingual Plane and accents as written', () => {
    const index = new FormIndex(['zoë', 'nkechi']);
    assert.deepEqual(spans(index, 'ZOË, Zoe and 𝒳Nkechi and Nkechi𝒳 and Nkechi.'), ['ZOË', 'Nkechi']);
  });

  it('gives exactly the matches of the equivalent alternation on random texts', () => {
    const words = ['maria', 'gonzalez', 'port', 'kerrow', 'st', 'anne', "o'neill", 'jean-luc', 'zoë', 'ward', '7b', 'the', 'and', 'x'];
    const separators = [' ', ' ', ' ', ', ', '. ', '\n', '-', "'", '’', '_', '', '(', ')'];
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const forms = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, words)).join(pick(random, [' ', ' ', '-', '. '])),
      );
      if (random() < 0.2) forms.push(`(${pick(random, words)})`);
      let text = '';
      for (let i = 0; i < 40; i++) {
        const word = pick(random, words);
        text += (random() < 0.3 ? word.toUpperCase() : random() < 0.5 ? word[0].toUpperCase() + word.slice(1) : word) + pick(random, separators);
      }
      assert.deepEqual(new FormIndex(forms).matches(text), alternationMatches(forms, text), `seed ${seed}: ${JSON.stringify({ forms, text })}`);
    }
  });

  it('gives the alternation\'s matches for words of the same length and ends as a form, and for non-ASCII words', () => {
    // Words are ruled out by their length and first and last letters before being lower-cased: near misses, capital I,
    // combining accents, ß and letters outside the Basic Multilingual Plane must not change a single match.
    const words = ['maria', 'mania', 'MARIA', 'iris', 'Iris', 'IRIS', 'İris', 'irıs', 'rené', 'rene\u0301', 'RENÉ', 'straße', 'STRASSE', '𝒳ena', 'xena', 'ana', 'anna', 'an', 'a'];
    const separators = [' ', ' ', ', ', '. ', '\n', '-', "'", '_', '', '(', '\u0301'];
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const forms = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(random, words).toLocaleLowerCase()).join(' '),
      );
      let text = '';
      for (let i = 0; i < 40; i++) text += pick(random, words) + pick(random, separators);
      assert.deepEqual(new FormIndex(forms).matches(text), alternationMatches(forms, text), `seed ${seed}: ${JSON.stringify({ forms, text })}`);
    }
  });
});

describe('FormIndex with some forms left out (the scan gives each file the corpus\'s forms but its own)', () => {
  it('finds the shorter form where the longer one is left out, and nothing for a form left out alone', () => {
    const index = new FormIndex(['maria', 'maria gonzalez', 'port kerrow', '(pk)']);
    const text = 'Maria Gonzalez met Maria at Port Kerrow (PK).';
    assert.deepEqual(spans(index, text), ['Maria Gonzalez', 'Maria', 'Port Kerrow', '(PK)']);
    const without = (left: string[]) => index.matches(text, (form) => !left.includes(form)).map(({ start, end }) => text.slice(start, end));
    assert.deepEqual(without(['maria gonzalez', '(pk)']), ['Maria', 'Maria', 'Port Kerrow']);
    assert.deepEqual(without(['maria', 'port kerrow']), ['Maria Gonzalez', '(PK)']);
  });

  it('gives exactly the matches of an index of the remaining forms on random texts', () => {
    const words = ['maria', 'gonzalez', 'port', 'kerrow', 'anne', "o'neill", 'zoë', 'ward', '7b', 'the', 'x'];
    const separators = [' ', ' ', ' ', ', ', '. ', '\n', '-', "'", '(', ')'];
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const forms = Array.from({ length: 2 + Math.floor(random() * 8) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, words)).join(pick(random, [' ', ' ', '-'])),
      );
      if (random() < 0.4) forms.push(`(${pick(random, words)})`, `(${pick(random, words)} ${pick(random, words)})`);
      const left = new Set(forms.filter(() => random() < 0.4));
      let text = '';
      for (let i = 0; i < 40; i++) {
        const word = pick(random, words);
        text += (random() < 0.3 ? word.toUpperCase() : word) + pick(random, separators);
      }
      const remaining = forms.filter((form) => !left.has(form));
      assert.deepEqual(
        new FormIndex(forms).matches(text, (form) => !left.has(form)),
        new FormIndex(remaining).matches(text),
        `seed ${seed}: ${JSON.stringify({ forms, left: [...left], text })}`,
      );
    }
  });
});

describe('FormMatcher (the key\'s forms as people type them)', () => {
  const hits = (forms: string[], text: string): string[] => new FormMatcher(forms).matches(text).map(({ start, end }) => text.slice(start, end));

  it('matches accents composed or decomposed, any apostrophe or hyphen, and a line break between words', () => {
    assert.deepEqual(hits(['Zoë', "O'Neill", 'Jean-Luc Picard'], 'ZOE\u0308 met O’Neill and Jean‑Luc\n  Picard.'), ['ZOE\u0308', 'O’Neill', 'Jean‑Luc\n  Picard']);
    assert.deepEqual(hits(['Maria Gonzalez'], 'Maria\n\nGonzalez, Maria \r\n Gonzalez, Maria\tGonzalez'), ['Maria \r\n Gonzalez', 'Maria\tGonzalez']);
  });

  it('gives exactly the matches of formsPattern on random texts', () => {
    const words = ['zoë', 'zoe\u0308', 'maria', 'gonzalez', "o'neill", 'o’neill', 'jean-luc', 'jean–luc', 'ward', '7b', 'the', 'x', 'Ngũgĩ', 'n\u0308a'];
    const gaps = [' ', ' ', '  ', '\t', '\n', ' \n ', '\r\n', '\n\n', '\r', ', ', '. ', '-', '’', '_', '\u00a0'];
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const forms = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, words)).join(pick(random, [' ', ' ', '  ', '-'])),
      );
      let text = '';
      for (let i = 0; i < 40; i++) {
        const word = pick(random, words);
        text += (random() < 0.3 ? word.toUpperCase() : word) + pick(random, gaps);
      }
      const pattern = formsPattern(forms)!;
      const expected = [...text.matchAll(pattern)].map((match) => text.slice(match.index, match.index + match[0].length));
      assert.deepEqual(hits(forms, text), expected, `seed ${seed}: ${JSON.stringify({ forms, text })}`);
    }
  });
});
