/** Numbers read out digit by digit (`oh two one, five five five, oh one three four`), as transcribed from speech. */

const DIGIT_WORD: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9',
};
const DIGIT_TOKEN = `(?<![\\p{L}\\p{N}])(?:(?:one|two|three|four|five|six|seven|eight|nine)[ -]hundred|(?:(?:double|triple)[ -])?(?:zero|nought|one|two|three|four|five|six|seven|eight|nine|oh|o)|\\d{1,4})(?![\\p{L}\\p{N}])`;
/** A timed or micro pause in conversation-analysis (Jefferson) notation: `(.)`, `(0.5)`, `(1.0)`. */
const PAUSE_MARK = String.raw`\(\d{0,2}\.\d?\)`;
const PAUSE_MARKS = new RegExp(PAUSE_MARK, 'g');
/** `slash`, `dash` said between the groups of a number (`two zero zero two one four slash seven eight four one`). */
export const SAID_SEPARATOR_WORDS = 'slash|stroke|dash|hyphen';
/** At least three digit tokens joined by spaces, commas, hyphens, dots, pause marks or a separator said; validated in code. */
const SPOKEN_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${DIGIT_TOKEN})(?:(?:[ ,.-]|\\.\\.\\.|${PAUSE_MARK}|\\s(?:${SAID_SEPARATOR_WORDS})\\s)+(?:${DIGIT_TOKEN})){2,}(?![\\p{L}\\p{N}'’])`,
  'giu',
);
const SAID_SEPARATORS = new RegExp(`\\s(?:${SAID_SEPARATOR_WORDS})\\s`, 'giu');

export interface SpokenDigits {
  start: number;
  end: number;
  digits: string;
}

function toDigits(token: string): string {
  const lower = token.toLowerCase();
  const repeat = /^(double|triple)[ -](\w+)$/.exec(lower);
  if (repeat) return (DIGIT_WORD[repeat[2]] ?? '').repeat(repeat[1] === 'double' ? 2 : 3);
  // "nine hundred" in a number read out is 900 (`oh seven seven double oh nine hundred one two three`).
  const hundred = /^(\w+)[ -]hundred$/.exec(lower);
  if (hundred) return `${DIGIT_WORD[hundred[1]] ?? ''}00`;
  return DIGIT_WORD[lower] ?? lower;
}

/** Counting aloud (`one, two, three, four...`) is not a number being read out. */
function isCounting(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (Number(digits[i]) !== Number(digits[i - 1]) + 1) return false;
  return true;
}

/** Runs of at least `minDigits` digits of which most are spoken as words. */
export function findSpokenDigits(text: string, minDigits = 7): SpokenDigits[] {
  const found: SpokenDigits[] = [];
  SPOKEN_RUN.lastIndex = 0;
  for (let match = SPOKEN_RUN.exec(text); match; match = SPOKEN_RUN.exec(text)) {
    const raw = match[0].replace(/[ ,.-]+$/, '');
    // The digits inside a pause mark ('(1.0)') are timing, not part of the number.
    const tokens = raw.replace(PAUSE_MARKS, ' ').replace(SAID_SEPARATORS, ' ').match(new RegExp(DIGIT_TOKEN, 'giu')) ?? [];
    const words = tokens.filter((token) => /\p{L}/u.test(token));
    // "2-2-2, 0-0-0, 7-1-4": single figures joined by hyphens are a number read out digit by digit too.
    const hyphenedFigures = tokens.length >= 7 && tokens.every((token) => /^\d$/.test(token)) && /\d-\d-\d/.test(raw);
    if (!hyphenedFigures && (words.length < 3 || words.length * 2 < tokens.length)) continue;
    const digits = tokens.map(toDigits).join('');
    if (digits.length < minDigits || isCounting(digits)) continue;
    found.push({ start: match.index, end: match.index + raw.length, digits });
  }
  return found;
}
