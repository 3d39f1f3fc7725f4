import { escapeRegExp, wordBoundedPattern } from './text';

/** A whole-word occurrence of one of the forms: `key` is the form as given (lower case). */
export interface FormMatch {
  start: number;
  end: number;
  key: string;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

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
    for (const list of this.byFirstWord.values()) list.sort(longestFirst);
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
    let end = 0;
    WORD_RUN.lastIndex = 0;
    for (let run = WORD_RUN.exec(text); run; run = WORD_RUN.exec(text)) {
      if (run.index < end) continue;
      const forms = this.byFirstWord.get(run[0].toLocaleLowerCase());
      if (!forms) continue;
      const match = forms.find((form) => matchesAt(text, run.index, form) && (!include || include(form)));
      if (!match) continue;
      end = run.index + match.length;
      found.push({ start: run.index, end, key: match });
      WORD_RUN.lastIndex = end;
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
