import { FormIndex } from './form-index';

/** An occurrence of a form: offsets into the text searched, and the form's normalised key (see `formMatchKey`). */
export interface FormHit {
  start: number;
  end: number;
  key: string;
}

const APOSTROPHES = /['’ʼ‘]/g;
const DASHES = /[-‐‑–]/g;

/**
 * A form as the matcher compares it: NFC, lower case, one kind of apostrophe and hyphen, single spaces.
 * Two forms with the same key match the same text.
 */
export function formMatchKey(form: string): string {
  return form.normalize('NFC').trim().replace(/\s+/g, ' ').replace(APOSTROPHES, "'").replace(DASHES, '-').toLocaleLowerCase();
}

/**
 * Finds the forms of a key in a text the way people type them: whole words, any case, composed or decomposed accents
 * (`Zoë` as one code point or `e` + U+0308), straight or curly apostrophes, any kind of hyphen, and spaces, tabs or a
 * single line break between words (never a blank line). The same matches as one regular-expression alternation of
 * the forms (test/support/form-pattern-reference.ts), but in time linear in the text whatever the number of forms: a
 * key can hold thousands, and redaction and the export's leak check search every file for all of them.
 */
export class FormMatcher {
  private readonly index: FormIndex;

  constructor(forms: Iterable<string>) {
    const keys: string[] = [];
    for (const form of forms) {
      const key = formMatchKey(form);
      if (key) keys.push(key);
    }
    this.index = new FormIndex(keys);
  }

  /** Non-overlapping hits, left to right; at one position the longest form wins. */
  matches(text: string): FormHit[] {
    const view = matchingView(text);
    return this.index.matches(view.text).map(({ start, end, key }) => ({ start: view.offsets[start], end: view.offsets[end], key }));
  }
}

interface MatchingView {
  text: string;
  /** offsets[i] is where view character i starts in the original; offsets[text.length] is the original's length. */
  offsets: number[];
}

/** What the view may change: whitespace, apostrophes and hyphens of other kinds, and a letter with combining marks. */
const SPECIAL = /\s+|[’ʼ‘‐‑–]|\P{M}\p{M}+/gu;

/**
 * The text with the variants a form may be typed in folded the way `formMatchKey` folds a form, remembering where
 * each character came from: decomposed accents composed, apostrophes and hyphens unified, and a gap of spaces, tabs
 * and at most one line break made one space. Case is left alone (the index compares case-insensitively).
 */
function matchingView(text: string): MatchingView {
  const pieces: string[] = [];
  const offsets: number[] = [];
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    pieces.push(text.slice(from, to));
    for (let index = from; index < to; index++) offsets.push(index);
  };
  let copied = 0;
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(text); match; match = SPECIAL.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    keep(copied, start);
    copied = end;
    const first = match[0][0];
    if (/\s/.test(first)) {
      // A run of whitespace: each gap a form's space can match becomes one space; anything else stays as it is.
      for (let index = start; index < end; ) {
        const gapEnd = endOfGap(text, index);
        if (gapEnd > index) {
          pieces.push(' ');
          offsets.push(index);
          index = gapEnd;
        } else {
          keep(index, index + 1);
          index++;
        }
      }
    } else if (match[0].length === 1) {
      pieces.push(first.replace(APOSTROPHES, "'").replace(DASHES, '-'));
      offsets.push(start);
    } else {
      const composed = match[0].normalize('NFC');
      if ([...composed].length === 1) {
        pieces.push(composed);
        for (let k = 0; k < composed.length; k++) offsets.push(start);
      } else {
        keep(start, end);
      }
    }
  }
  keep(copied, text.length);
  offsets.push(text.length);
  return { text: pieces.join(''), offsets };
}

const HORIZONTAL_SPACE = /[^\S\r\n]/;

/**
 * Where a gap between two words ends, when it is one a form's space matches: spaces and tabs, or spaces and tabs
 * around one line break (`\n` or `\r\n`). Returns `start` when the whitespace at `start` is no such gap (a lone `\r`,
 * or a blank line, which is kept as it is so no form matches across it).
 */
function endOfGap(text: string, start: number): number {
  let index = start;
  while (index < text.length && HORIZONTAL_SPACE.test(text[index])) index++;
  if (text[index] === '\r' && text[index + 1] === '\n') index += 2;
  else if (text[index] === '\n') index += 1;
  else return index;
  while (index < text.length && HORIZONTAL_SPACE.test(text[index])) index++;
  return index;
}
