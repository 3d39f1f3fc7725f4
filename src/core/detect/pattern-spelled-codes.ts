/**
 * Codes read out letter by letter and digit by digit, as transcribed from speech: `E C one A one B B` (a postcode),
 * `Q Q one two three four five six C` (a national insurance number), `L S six, two Q T`.
 */

const DIGIT_WORDS = 'zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** One spoken piece of a code: a capital letter, a digit word (`double seven`), or one or two figures. */
const PIECE = `(?:(?:double|triple)[ -](?:[A-Z]|${DIGIT_WORDS})|[A-Z]|${DIGIT_WORDS}|\\d{1,2})`;
const SPELLED_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])${PIECE}(?:[ ,.-]+${PIECE}){3,}(?![\\p{L}\\p{N}'’])`, 'gu');
const DIGIT_PIECE = new RegExp(`^(?:(?:double|triple)[ -])?(?:${DIGIT_WORDS}|\\d{1,2})$`);
const LETTER_PIECE = /^(?:(?:double|triple)[ -])?[A-Z]$/;

/** Words that announce a code spelled out: a postcode, a plate, an NI or NHS number, a reference. */
export const SPELLED_CODE_CUE =
  /\b(?:post ?code|postal code|zip(?: ?code)?|NI|national insurance|reg|registration|plate|number plate|licen[cs]e|reference|ref|NHS|NHI|CHI|code|number)(?:['’]s)?\b[^.?!\n]{0,15}$/i;

const VALUE: Record<string, number> = {
  zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** "one, two, three, four": counting aloud, not a code. */
function isCounting(digitPieces: string[]): boolean {
  const values = digitPieces.map((piece) => VALUE[piece] ?? Number(piece));
  return values.length >= 3 && values.every((value, i) => i === 0 || value === values[i - 1] + 1);
}

export interface SpelledCode {
  start: number;
  end: number;
}

/** Runs of at least four pieces with at least two letters and two digits among them. */
export function findSpelledCodes(text: string): SpelledCode[] {
  const found: SpelledCode[] = [];
  SPELLED_RUN.lastIndex = 0;
  for (let match = SPELLED_RUN.exec(text); match; match = SPELLED_RUN.exec(text)) {
    const raw = match[0].replace(/[ ,.-]+$/, '');
    const pieces = raw.split(/[ ,.-]+(?=(?:double|triple)[ -]|\S)/).filter(Boolean);
    const joined = pieces.join(' ').replace(/\b(double|triple) /g, '$1-').split(' ');
    const letters = joined.filter((piece) => LETTER_PIECE.test(piece)).length;
    const digits = joined.filter((piece) => DIGIT_PIECE.test(piece)).length;
    if (letters >= 2 && digits >= 2 && !isCounting(joined.filter((piece) => DIGIT_PIECE.test(piece)))) {
      found.push({ start: match.index, end: match.index + raw.length });
    }
  }
  return found;
}
