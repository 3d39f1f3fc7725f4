import type { Token } from './capitalised';

/**
 * Broadcast captions and some court or call-centre transcripts are typed all in capitals, where capitals say nothing
 * about names (`AND JOINING ME NOW IS MARY OKONJO`). Such a chunk is read as lower-case text instead: the lower-case
 * rules (given names, titles, cues) apply to a copy folded to lower case, whose offsets are those of the original.
 */
export function isUpperCaseText(tokens: readonly Token[]): boolean {
  // One-letter words (`I`, `A`) are capitals in any text; they prove nothing either way.
  const words = tokens.filter((token) => /^\p{L}/u.test(token.text) && token.text.length > 1);
  if (words.length < 8) return false;
  return words.filter((token) => token.allCaps).length / words.length >= 0.9;
}

/** The text in lower case, letter for letter (a letter whose lower case is longer, such as `İ`, stays as it is). */
export function foldToLowerCase(text: string): string {
  return text.replace(/\p{Lu}/gu, (letter) => {
    const lower = letter.toLocaleLowerCase();
    return lower.length === letter.length ? lower : letter;
  });
}
