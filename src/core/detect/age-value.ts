import { DECADE_WORDS, parseCardinal, parseOrdinal } from './pattern-number-words';

/** The age a span states, in years; decades give their first year (`sixties` → 60). */
export function ageValue(span: string): number | undefined {
  const lower = span.toLowerCase().replace(/(?:[- ]something|-odd|-?ish|-plus)\b/, '').replace(/\s+years?$/, '');
  const decadeWord = /(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)/.exec(lower);
  if (decadeWord) return DECADE_WORDS[decadeWord[1]];
  const decadeDigits = /^['’]?([1-9]0)['’]?s$/.exec(lower);
  if (decadeDigits) return Number(decadeDigits[1]);
  if (/months?|weeks?/.test(lower)) return 0;
  const digits = /\d{1,3}/.exec(lower);
  if (digits) return Number(digits[0]);
  const ordinal = parseOrdinal(lower);
  if (ordinal !== undefined) return ordinal;
  const words = lower
    .replace(/[ -]and[ -]a[ -]half.*$/, '')
    .replace(/[ -](?:years?|yrs?|year)[ -](?:old|young)$/, '')
    .replace(/\s+years\s+of\s+age$/, '')
    .replace(/^(?:aged?|at)\s+/, '');
  return parseCardinal(words.replace(/-/g, ' '));
}

/**
 * The decade an age falls in, for generalising (`[AGE 40-49]`): `47`, `forty-seven`, `47-year-old`, `sixties`,
 * `61 years old`. Infants (`18 months old`) fall in 0-9. Undefined when the text is not an age.
 */
export function ageToRange(text: string): { low: number; high: number } | undefined {
  const value = ageValue(text.trim());
  if (value === undefined || value < 0 || value > 130) return undefined;
  const low = Math.floor(value / 10) * 10;
  return { low, high: low + 9 };
}
