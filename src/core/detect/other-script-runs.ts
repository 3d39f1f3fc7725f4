/**
 * A short run of words in a script other than Latin (`윤지혜`, `陳美玲`, `ᐊᓂ ᐊᑲᕙᒃ`, `Ελένη Παπαδοπούλου`,
 * `สมชาย ใจดี`): one to three words, none with a Latin letter, each at most 12 letters. A name is that short;
 * sentences and quoted speech are longer or carry punctuation, which the callers check after the run.
 */
const OTHER_LETTER = '(?:(?!\\p{sc=Latin})[\\p{L}\\p{M}])';
export const OTHER_SCRIPT_RUN = `${OTHER_LETTER}{1,12}(?:[ ·・]${OTHER_LETTER}{1,12}){0,2}`;

/** A letter of a script other than Latin. */
export const OTHER_SCRIPT_LETTER = /(?!\p{sc=Latin})(?!\p{sc=Common})(?!\p{sc=Inherited})\p{L}/u;
/**
 * A character outside the blocks that hold only Latin letters, marks, punctuation and symbols (Basic Latin to IPA and
 * combining marks, Latin Extended Additional, punctuation, currency, arrows and shapes): a plain search, far cheaper
 * than OTHER_SCRIPT_LETTER's script tests, that most English text passes at once.
 */
// Ranges of code units on purpose: the marks and variation selectors in them are skipped like any other character.
// eslint-disable-next-line no-misleading-character-class
const BEYOND_LATIN_BLOCKS = /[^\t\n\r -\u036f\u1e00-\u1eff\u2000-\u20ff\u2150-\u2bff\ufe00-\ufe0f\ufeff]/;

/** True when the text holds any letter of another script: Latin-only text skips the rules at one test. */
export function hasOtherScript(text: string): boolean {
  return BEYOND_LATIN_BLOCKS.test(text) && OTHER_SCRIPT_LETTER.test(text);
}

/** What may follow a name run: a closing bracket, a list or gloss separator, a sentence end, a line end. */
export const AFTER_NAME_RUN = /^(?:[ \t]*(?:[)）\]】,;/／.!?:]|\r?\n|$)|\s+[a-z])/u;

/** True when `at` is not inside a word (of any script) on either side of [start, end). */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{M}\p{N}]/u.test(text[start - 1] ?? ' ') && !/[\p{L}\p{M}\p{N}]/u.test(text[end] ?? ' ');
}
