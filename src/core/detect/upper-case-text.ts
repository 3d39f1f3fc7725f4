import type { Token } from './capitalised';

/**
 * Broadcast captions and some court or call-centre transcripts are typed all in capitals, where capitals say nothing
 * about names (`AND JOINING ME NOW IS MARY OKONJO`). Such a chunk is read as lower-case text instead: the lower-case
 * rules (given names, titles, cues) apply to a copy folded to lower case, whose offsets are those of the original.
 */
export function isUpperCaseText(tokens: readonly Token[]): boolean {
  // One-letter words (`I`, `A`) are capitals in any text; they prove nothing either way. One pass, no copies: this
  // runs on every chunk.
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.text.length < 2 || !/^\p{L}/u.test(token.text)) continue;
    words++;
    if (token.allCaps) capitals++;
    else if (words - capitals > 2 && words - capitals > words * 0.1) return false; // typed text: stop early
  }
  return words >= 8 && capitals / words >= 0.9;
}

/** The text in lower case, letter for letter (a letter whose lower case is longer, such as `İ`, stays as it is). */
export function foldToLowerCase(text: string): string {
  return text.replace(/\p{Lu}/gu, (letter) => {
    const lower = letter.toLocaleLowerCase();
    return lower.length === letter.length ? lower : letter;
  });
}
