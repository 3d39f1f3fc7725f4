/**
 * Codes read out letter by letter and digit by digit, as transcribed from speech: `E C one A one B B` (a postcode),
 * `Q Q one two three four five six C` (a national insurance number), `L S six, two Q T`, and in the phonetic alphabet
 * (`ECHO FOXTROT TANGO seven seven two`, `Kilo Lima 4 7`).
 */

const DIGIT_WORDS = 'zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** The NATO phonetic alphabet, capitalised or in capitals, as letters are read out over a phone or radio. */
const NATO_WORDS = [
  'Alpha', 'Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Juliett', 'Kilo', 'Lima',
  'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Whisky',
  'X-ray', 'Xray', 'Yankee', 'Zulu',
];
const NATO = NATO_WORDS.flatMap((word) => [word, word.toUpperCase()]).join('|');
const NATO_PIECE = new RegExp(`^(?:${NATO})$`);
/** The same words in lower case, as automatic captions write them (`zulu zero nine three two hotel lima`). */
const LOWER_NATO = NATO_WORDS.map((word) => word.toLowerCase()).join('|');
const LOWER_NATO_PIECE = new RegExp(`^(?:${LOWER_NATO})$`);
/** One spoken piece of a code: a capital letter or its phonetic word, a digit word (`double seven`), or one or two figures. */
const PIECE = `(?:(?:double|triple)[ -](?:[A-Z]|${DIGIT_WORDS})|(?:${NATO})|(?:${LOWER_NATO})|[A-Z]|${DIGIT_WORDS}|\\d{1,2})`;
const SPELLED_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])${PIECE}(?:[ ,.-]+${PIECE}){2,}(?![\\p{L}\\p{N}'’])`, 'gu');
const DIGIT_PIECE = new RegExp(`^(?:(?:double|triple)[ -])?(?:${DIGIT_WORDS}|\\d{1,2})$`);
const LETTER_PIECE = new RegExp(`^(?:(?:double|triple)[ -])?(?:[A-Z]|${NATO})$`);

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
  /** Whether a letter was read in the phonetic alphabet (`ECHO`), which only a code is. */
  phonetic: boolean;
  /** How many of its pieces are digits (`double seven` is one piece). */
  digits: number;
}

/**
 * Runs of at least four pieces with at least two letters and two digits among them; with `minimum` 3, also three
 * pieces joined by hyphens with a letter and a digit (`K-X-seven`), for callers that have a cue of their own.
 */
export function findSpelledCodes(text: string, minimum = 4): SpelledCode[] {
  const found: SpelledCode[] = [];
  SPELLED_RUN.lastIndex = 0;
  for (let match = SPELLED_RUN.exec(text); match; match = SPELLED_RUN.exec(text)) {
    const raw = match[0].replace(/[ ,.-]+$/, '');
    const pieces = raw.replace(/\b(X)-(ray)\b/gi, '$1$2').split(/[ ,.-]+(?=(?:double|triple)[ -]|\S)/).filter(Boolean);
    const joined = pieces.join(' ').replace(/\b(double|triple) /g, '$1-').split(' ');
    // Phonetic words in lower case are letters only among digits read out (`hotel lima` alone is a hotel in Lima).
    const lowerPhonetic = joined.filter((piece) => LOWER_NATO_PIECE.test(piece)).length;
    const digits = joined.filter((piece) => DIGIT_PIECE.test(piece)).length;
    const letters = joined.filter((piece) => LETTER_PIECE.test(piece)).length + (digits >= 3 ? lowerPhonetic : 0);
    const counted = lowerPhonetic > 0 && digits < 3 ? pieces.length - lowerPhonetic : pieces.length;
    // Two letters, or one beside a long run of digits (`A eleven, four eight two, nine oh seven`).
    const enoughLetters = letters >= 2 || (letters === 1 && digits >= 5);
    if (counted >= 4 && enoughLetters && digits >= 2 && !isCounting(joined.filter((piece) => DIGIT_PIECE.test(piece)))) {
      const phonetic = pieces.some((piece) => NATO_PIECE.test(piece)) || (digits >= 3 && lowerPhonetic > 0);
      found.push({ start: match.index, end: match.index + raw.length, phonetic, digits });
    } else if (minimum <= 3) {
      // "K-X-seven. B.C. plate": the hyphen-joined word that opens the run, on its own.
      const word = /^[^ ,.]+/.exec(raw)?.[0] ?? '';
      const parts = word.split('-');
      if (parts.length >= 3 && parts.some((part) => LETTER_PIECE.test(part)) && parts.some((part) => DIGIT_PIECE.test(part))) {
        found.push({ start: match.index, end: match.index + word.length, phonetic: false, digits: parts.filter((part) => DIGIT_PIECE.test(part)).length });
      }
    }
  }
  return found;
}
