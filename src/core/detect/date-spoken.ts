/** Dates as people say them and the months, days and holidays that a nearby cue ties to one occasion. */
import { DAY, MONTH, YEAR } from './date-words';
import { textAfter, textBefore } from './pattern-context';
import { ORDINAL_WORDS, parseOrdinal } from './pattern-number-words';

/** Ordinal words capitalised or not: `Fourteenth`, `ninth`. No capture groups. */
export const ORDINAL_WORDS_ANY_CASE = ORDINAL_WORDS.replace(/(\(\?:|\|)([a-z])/g, (_m, sep: string, letter: string) => `${sep}[${letter}${letter.toUpperCase()}]`);
const ORDINAL = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${ORDINAL_WORDS_ANY_CASE})`;
/** A year said as its last two digits: `eighty-nine`, `oh four`, `'89`, `89`. No capture groups. */
const SHORT_YEAR =
  "(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:[Oo]h|[Nn]ought)[- ](?:one|two|three|four|five|six|seven|eight|nine)|['’]?\\d\\d)";

/**
 * `Fourteenth of the ninth, eighty-nine`, `the 3rd of the 11th 1975`: a day and the month's number, as people read a
 * date of birth aloud. With a year it is a full date.
 */
export const DAY_OF_MONTH_NUMBER = `(?<![\\p{L}\\p{N}])(${ORDINAL}\\s+of\\s+the\\s+${ORDINAL}(?:,?\\s+(?:${YEAR}|${SHORT_YEAR}))?)(?![\\p{L}\\p{N}-])`;

export function checkDayOfMonthNumber(text: string, _start: number, end: number, span: string): number | undefined {
  const [day, month] = span.split(/\s+of\s+the\s+/).map((part) => parseOrdinal(part.split(/[\s,]+/)[0].toLowerCase()));
  if (day === undefined || month === undefined || day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  // With a year it identifies on its own; without one it is a day and month only where the clause ends
  // ("on the third of the fifth."), not "the first of the second group".
  if (span.replace(/^.*\s+of\s+the\s+\S+/, '').trim() !== '') return 0.9;
  return /^\s*(?:[.,;:!?]|$|\r?\n)/.test(textAfter(text, end, 5)) ? 0.6 : undefined;
}

/** Nouns of an occasion a month can name: `the April meeting`, `the june floods`, `our March review`, `the June team meeting`. */
const OCCASION_AFTER =
  /^\s+(?:(?:team|staff|board|family|committee|steering|review|planning|progress|parents['’]?|school|court|annual|monthly|project|case)\s+)?(?:meeting|meetings|session|sessions|visit|appointment|review|hearing|exam|exams|election|elections|trip|deadline|minutes|newsletter|intake|flood|floods|storm|fire|fires|strike|incident|inspection|audit|wedding|funeral|court date|board|panel|committee|assembly|gathering|cohort|payment|payday)\b/i;
/** "defer to June.", "maybe August.": a month that closes a clause after these cues ("I said to June, we..." is a person). */
const CLOSING_CUE_BEFORE = /\b(?:to|maybe|probably|around|about|possibly|or|since|till|until)\s+$/i;
/** "Last time, June, we had only three people": a month set off after "last time". */
const TIME_APPOSITION_BEFORE = /\b(?:last|that|next|the first|the last) time,\s+$/i;

/** Another judgement for a month alone, tried when the usual ones say no. */
export function monthOfOccasion(text: string, start: number, end: number): number | undefined {
  const before = textBefore(text, start, 30);
  const after = textAfter(text, end, 30);
  if (/\b(?:the|our|their|this|last|next|that)\s+$/i.test(before) && OCCASION_AFTER.test(after)) return 0.5;
  if (CLOSING_CUE_BEFORE.test(before) && /^\s*(?:[.,;!?]|$|\r?\n)/.test(after) && !/^\s*,\s*(?:I|he|she|you|we|they)\s/.test(after)) return 0.5;
  if (TIME_APPOSITION_BEFORE.test(before) && /^\s*,/.test(after)) return 0.5;
  // "the March after", "the June before": one month counted from an event just told.
  if (/\bthe\s+$/i.test(before) && /^\s+(?:after|before)\b/i.test(after)) return 0.5;
  return undefined;
}

/** A sentence that says something happens every year is a calendar, not an occasion: "Every year they say 12 June". */
const HABIT_IN_SENTENCE = /\b(?:every|each)\s+(?:year|summer|winter|spring|autumn|season)\b|\busually\b|\bnormally\b|\balways\b/i;

export function isHabitual(text: string, start: number): boolean {
  return HABIT_IN_SENTENCE.test(/[^.?!\n]*$/.exec(textBefore(text, start, 120))?.[0] ?? '');
}

/** "June 12, 1965 — Independence Day", "fourteenth feb twenty twenty four valentines night": a holiday naming a date just said. */
const DATE_JUST_BEFORE = new RegExp(
  `(?:${DAY}(?:\\s+of)?\\s+${MONTH}|${MONTH}\\s+(?:the\\s+)?${DAY})(?:,?\\s+${YEAR})?\\s*(?:[—–,-]|\\bon|\\bwhich was|\\bit was|\\bthat was)?\\s*$`,
  'iu',
);
/** "Last December, Christmas Eve actually": a month of one occasion just before the holiday. */
const MONTH_OF_OCCASION_BEFORE = new RegExp(`\\b(?:last|that|this|next)\\s+${MONTH},?\\s*$`, 'iu');

export function holidayOfDateJustSaid(text: string, start: number): boolean {
  const before = textBefore(text, start, 60);
  return DATE_JUST_BEFORE.test(before) || MONTH_OF_OCCASION_BEFORE.test(before);
}

/** "My birthday was last Sunday": a birthday or anniversary pinned to a day. */
export const BIRTHDAY_DAY =
  '(?<=\\b(?:birthday|anniversary|wedding|due date)(?:[\'’]s|\\s+is|\\s+was|\\s+will be)\\s+(?:on\\s+)?)((?:last|next|this|on)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\\p{L}])';
