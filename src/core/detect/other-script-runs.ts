/**
 * A short run of words in a script other than Latin (`윤지혜`, `陳美玲`, `ᐊᓂ ᐊᑲᕙᒃ`, `Ελένη Παπαδοπούλου`,
 * `สมชาย ใจดี`): one to three words, none with a Latin letter, each at most 12 letters. A name is that short;
 * sentences and quoted speech are longer or carry punctuation, which the callers check after the run.
 */
const OTHER_LETTER = '(?:(?!\\p{sc=Latin})[\\p{L}\\p{M}])';
export const OTHER_SCRIPT_RUN = `${OTHER_LETTER}{1,12}(?:[ ·・]${OTHER_LETTER}{1,12}){0,2}`;

/** True when the text holds any letter of another script: Latin-only text skips the rules at one test. */
export const HAS_OTHER_SCRIPT = /(?!\p{sc=Latin})(?!\p{sc=Common})(?!\p{sc=Inherited})\p{L}/u;

/** What may follow a name run: a closing bracket, a list or gloss separator, a sentence end, a line end. */
export const AFTER_NAME_RUN = /^(?:[ \t]*(?:[)）\]】,;/／.!?:]|\r?\n|$)|\s+[a-z])/u;

/** True when `at` is not inside a word (of any script) on either side of [start, end). */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{M}\p{N}]/u.test(text[start - 1] ?? ' ') && !/[\p{L}\p{M}\p{N}]/u.test(text[end] ?? ' ');
}
