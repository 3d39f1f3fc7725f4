import { escapeRegExp, wordBoundedPattern } from './text';

/** A whole-word occurrence of one of the forms: `key` is the form as given (lower case). */
export interface FormMatch {
  start: number;
  end: number;
  key: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Whether a code point is a word character (`[\p{L}\p{M}\p{N}_]`); non-ASCII answers are remembered. */
const nonAsciiWordCodes = new Map<number, boolean>();
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  let known = nonAsciiWordCodes.get(code);
  if (known === undefined) nonAsciiWordCodes.set(code, (known = WORD_CHAR.test(String.fromCodePoint(code))));
  return known;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}

/** ASCII letters folded to lower case (the same in every locale but for 'I', which callers leave out). */
const foldAscii = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/** An ASCII word's length, first and last character, lower case, as one number. */
const wordShape = (text: string, start: number, end: number): number =>
  (end - start) * 0x10000 + foldAscii(text.charCodeAt(start)) * 0x100 + foldAscii(text.charCodeAt(end - 1));

/**
 * Finds many lower-case forms in a text, whole words only, in any case: the same matches as one
 * case-insensitive, word-bounded alternation of the forms (longest first), but in time linear in the text
 * whatever the number of forms. A corpus can confirm thousands of forms, and a regular-expression alternation
 * tries each of them at every word (that made the corpus pass of a 20 MB scan take hours).
 *
 * Forms are looked up by their first word; the rare form that starts with punctuation (`+44 7700...`) falls back to
 * a small alternation of its own.
 */
export class FormIndex {
  /** Forms by their first word, each list longest first. */
  private readonly byFirstWord = new Map<string, string[]>();
  /** Length, first and last character of each all-ASCII first word: most words of a text are ruled out by it. */
  private readonly asciiFirstWordShapes = new Set<number>();
  private readonly punctuationLed?: RegExp;
  private readonly punctuationLedForms: string[] = [];

  constructor(lowerCaseForms: Iterable<string>) {
    const punctuationLed: string[] = [];
    for (const form of new Set(lowerCaseForms)) {
      if (!form) continue;
      const firstWord = /^[\p{L}\p{M}\p{N}_]+/u.exec(form)?.[0];
      if (!firstWord) {
        punctuationLed.push(form);
        continue;
      }
      const list = this.byFirstWord.get(firstWord);
      if (list) list.push(form);
      else this.byFirstWord.set(firstWord, [form]);
    }
    for (const [firstWord, list] of this.byFirstWord) {
      list.sort(longestFirst);
      if (isAscii(firstWord)) this.asciiFirstWordShapes.add(wordShape(firstWord, 0, firstWord.length));
    }
    if (punctuationLed.length > 0) {
      this.punctuationLedForms = punctuationLed.sort(longestFirst);
      this.punctuationLed = punctuationLedPattern(this.punctuationLedForms);
    }
  }

  /**
   * Non-overlapping matches, left to right; at one position the longest form wins. With `include`, only the forms it
   * accepts take part: the same matches as an index of those forms alone, without building one (the scan gives every
   * file the corpus's forms but the file's own).
   */
  matches(text: string, include?: (form: string) => boolean): FormMatch[] {
    const found: FormMatch[] = [];
    // The word runs of /[\p{L}\p{M}\p{N}_]+/gu, read character by character: a regular expression would allocate a
    // match array and a substring for every word of the text (4 % of the engine's allocation), and an ASCII word is
    // only copied and lower-cased when its length, first and last letters fit a form's first word.
    let index = 0;
    while (index < text.length) {
      const code = text.codePointAt(index)!;
      if (!isWordCode(code)) {
        index += code > 0xffff ? 2 : 1;
        continue;
      }
      const start = index;
      let plainAscii = true;
      for (let next = code; index < text.length && isWordCode((next = text.codePointAt(index)!)); index += next > 0xffff ? 2 : 1) {
        // 'I' lower-cases to a dotless 'ı' in a Turkish locale: such words take the full path.
        if (next >= 0x80 || next === 0x49) plainAscii = false;
      }
      if (plainAscii && !this.asciiFirstWordShapes.has(wordShape(text, start, index))) continue;
      const forms = this.byFirstWord.get(text.slice(start, index).toLocaleLowerCase());
      if (!forms) continue;
      const match = firstFormAt(text, start, forms, include);
      if (!match) continue;
      found.push({ start, end: start + match.length, key: match });
      // The next word run starts at the end of the match, as the regular expression's lastIndex did.
      index = start + match.length;
    }
    const pattern = include ? this.includedPunctuationLed(include) : this.punctuationLed;
    return pattern ? mergeLeftmostLongest(found, this.punctuationLedMatches(text, pattern)) : found;
  }

  /** The punctuation-led forms' pattern with only the included forms (rare: such forms are few). */
  private includedPunctuationLed(include: (form: string) => boolean): RegExp | undefined {
    const included = this.punctuationLedForms.filter(include);
    if (included.length === this.punctuationLedForms.length) return this.punctuationLed;
    return included.length > 0 ? punctuationLedPattern(included) : undefined;
  }

  private punctuationLedMatches(text: string, pattern: RegExp): FormMatch[] {
    const found: FormMatch[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, key: match[0].toLocaleLowerCase() });
    }
    return found;
  }
}

const punctuationLedPattern = (sortedForms: readonly string[]): RegExp => wordBoundedPattern(sortedForms.map(escapeRegExp).join('|'), 'giu');

const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first of `forms` written at `start` (and accepted by `include`). A loop, not `find` with an arrow function: a
 * closure over the scan's loop variables would make V8 allocate a context on every turn of the loop.
 */
function firstFormAt(text: string, start: number, forms: readonly string[], include?: (form: string) => boolean): string | undefined {
  for (const form of forms) if (matchesAt(text, start, form) && (!include || include(form))) return form;
  return undefined;
}

/** True when `form` (lower case) is at `start` in any case, and no word character follows it. */
function matchesAt(text: string, start: number, form: string): boolean {
  const end = start + form.length;
  if (end > text.length || text.slice(start, end).toLocaleLowerCase() !== form) return false;
  return end === text.length || !WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end)!));
}

/** Both lists sorted and non-overlapping; keeps the leftmost match (the longer at a tie) as one alternation would. */
function mergeLeftmostLongest(a: FormMatch[], b: FormMatch[]): FormMatch[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: FormMatch[] = [];
  for (const match of all) if (kept.length === 0 || match.start >= kept[kept.length - 1].end) kept.push(match);
  return kept;
}
