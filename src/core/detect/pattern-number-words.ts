/** Numbers written in words, shared by the age, date and spoken-number detectors. */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = [
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
/** Decade words as used for ages (`her sixties`) and eras (`the nineties`). */
export const DECADE_WORDS: Record<string, number> = {
  teens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

const tensAlt = TENS.slice(2).join('|');
const unitsAlt = UNITS.slice(1).join('|');
/** `[Ss]ixty`: a word that may start a sentence. */
const capitalisable = (words: string[]): string => words.map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join('|');
/**
 * 1..99 in words: `seven`, `fifteen`, `sixty-one`, `sixty one`, `Forty` (first letter in either case).
 * Not anchored; no capture groups.
 */
export const CARDINAL_WORDS = `(?:(?:${capitalisable(TENS.slice(2))})(?:[- ](?:${unitsAlt}))?|${capitalisable(TEENS)}|${capitalisable(UNITS.slice(1))})`;
/** 1..99 in words, lower case only: `seven`, `fifteen`, `sixty-one`. Not anchored; no capture groups. */
export const CARDINAL_WORDS_LOWER = `(?:(?:${tensAlt})(?:[- ](?:${unitsAlt}))?|${TEENS.join('|')}|${unitsAlt})`;
/** 1st..31st in words: `second`, `twenty-first`, `thirtieth`. No capture groups. */
export const ORDINAL_WORDS = `(?:(?:twenty|thirty)[- ](?:${ORDINAL_UNITS.slice(1).join('|')})|twentieth|thirtieth|${ORDINAL_TEENS.join('|')}|${ORDINAL_UNITS.slice(1).join('|')})`;

/** Parses `47`, `forty-seven`, `forty seven`, `a hundred and two`; undefined for anything else. */
export function parseCardinal(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^\d+$/.test(value)) return Number(value);
  const hundred = /^(?:a|one)\s+hundred(?:\s+(?:and\s+)?(.+))?$/.exec(value);
  if (hundred) {
    if (!hundred[1]) return 100;
    const rest = parseCardinal(hundred[1]);
    return rest !== undefined && rest < 100 ? 100 + rest : undefined;
  }
  const words = value.split(/[\s-]+/);
  if (words.length === 1) {
    const word = words[0];
    if (UNITS.includes(word)) return UNITS.indexOf(word);
    if (TEENS.includes(word)) return 10 + TEENS.indexOf(word);
    if (TENS.includes(word) && word) return 10 * TENS.indexOf(word);
    return undefined;
  }
  if (words.length === 2 && TENS.includes(words[0]) && words[0] && UNITS.indexOf(words[1]) > 0) {
    return 10 * TENS.indexOf(words[0]) + UNITS.indexOf(words[1]);
  }
  return undefined;
}

/** Parses `14`, `14th`, `fourteenth`, `twenty-first`; undefined for anything else. */
export function parseOrdinal(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(value);
  if (digits) return Number(digits[1]);
  if (ORDINAL_UNITS.includes(value) && value) return ORDINAL_UNITS.indexOf(value);
  if (ORDINAL_TEENS.includes(value)) return 10 + ORDINAL_TEENS.indexOf(value);
  if (value in ORDINAL_TENS) return ORDINAL_TENS[value];
  if (value === 'hundredth') return 100;
  const compound = /^(\w+)[\s-]+(\w+)$/.exec(value);
  if (compound && TENS.indexOf(compound[1]) >= 2 && ORDINAL_UNITS.indexOf(compound[2]) > 0) {
    return 10 * TENS.indexOf(compound[1]) + ORDINAL_UNITS.indexOf(compound[2]);
  }
  return undefined;
}

/** Birthday ordinals 1st..99th in words: `fiftieth`, `sixty-fifth`, `twenty-first`, `hundredth`. No capture groups. */
export const AGE_ORDINAL_WORDS = `(?:(?:${tensAlt})[- ](?:${ORDINAL_UNITS.slice(1).join('|')})|${Object.keys(ORDINAL_TENS).join('|')}|hundredth|${ORDINAL_TEENS.join('|')}|${ORDINAL_UNITS.slice(1).join('|')})`;

/** The last two digits of a year in words, as a season or an event is dated: `twenty-two`, `eighty-four`, `oh-six`. */
export const TWO_DIGIT_YEAR_WORDS = `(?:(?:${tensAlt})(?:[- ](?:${unitsAlt}))?|o[h']?[- ](?:${unitsAlt}))`;

/** Spoken years: `nineteen sixty-one`, `Nineteen oh five` (a sentence may start with it), `two thousand and nine`, `twenty nineteen`. No groups. */
export const YEAR_WORDS = `(?:(?:[Nn]ineteen|[Ee]ighteen)[- ](?:hundred|o[h']?[- ](?:${unitsAlt})|${TEENS.join('|')}|(?:${tensAlt})(?:[- ](?:${unitsAlt}))?)|[Tt]wo[- ]thousand(?:[- ](?:and[- ])?(?:${TEENS.join('|')}|(?:${tensAlt})(?:[- ](?:${unitsAlt}))?|${unitsAlt}))?|[Tt]wenty[- ](?:${TEENS.join('|')}|(?:${tensAlt})(?:[- ](?:${unitsAlt}))?|o[h']?[- ](?:${unitsAlt})))`;

/** Parses a spoken year (see YEAR_WORDS) to a number; undefined when it is not one. */
export function parseYearWords(text: string): number | undefined {
  const value = text.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
  const thousand = /^two thousand(?: (?:and )?(.+))?$/.exec(value);
  if (thousand) {
    if (!thousand[1]) return 2000;
    const rest = parseCardinal(thousand[1]);
    return rest !== undefined && rest < 100 ? 2000 + rest : undefined;
  }
  const split = /^(eighteen|nineteen|twenty) (.+)$/.exec(value);
  if (!split) return undefined;
  const century = split[1] === 'eighteen' ? 1800 : split[1] === 'nineteen' ? 1900 : 2000;
  if (split[2] === 'hundred') return century;
  const oh = /^o[h']? (\w+)$/.exec(split[2]);
  const rest = oh ? parseCardinal(oh[1]) : parseCardinal(split[2]);
  if (rest === undefined || rest >= 100 || (oh && rest >= 10)) return undefined;
  if (!oh && rest < 10) return undefined;
  return century + rest;
}
