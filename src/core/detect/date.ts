import { anchoring, eachRuleMatch, type Anchoring } from './anchored-scan';
import { isHeaderYear } from './date-header-years';
import { parseDateParts } from './date-parse';
import { BIRTHDAY_DAY, checkDayOfMonthNumber, DAY_OF_MONTH_NUMBER, holidayOfDateJustSaid, isHabitual, monthOfOccasion } from './date-spoken';
import { otherCalendarDates } from './date-other-calendars';
import { foreignDaysOfMonths, foreignMonths, isAnchoredHoliday, isMessageStamp, NAMED_DAY } from './date-occasions';
import { AMBIGUOUS_MONTH, DAY, HOLIDAY, MONTH, MONTH_CAPS, monthNumber, SEASON, WORLD_HOLIDAY, YEAR } from './date-words';
import { rulesInStages, stagedDetector, type Candidate, type Detector } from './detector';
import type { Span } from '../types';
import { QUANTITY_NOUN, STREET_AFTER, textAfter, textBefore } from './pattern-context';
import { isSequenceHeading } from './pattern-cues';
import { DECADE_WORDS, ORDINAL_WORDS, TWO_DIGIT_YEAR_WORDS, YEAR_WORDS } from './pattern-number-words';

export { parseDateParts, type DateParts } from './date-parse';

/** Words after "the 3rd" that make it an ordinal, not a date: `the 3rd time`, `the 2nd of them`. */
const DAY_NOT_DATE_AFTER =
  /^\s+(?:of\s+(?:the|my|his|her|our|their|them|us)|time|floor|century|grade|percentile|birthday|anniversary|place|round|week|day|month|year|try|go|child|kid|son|daughter|one|person|attempt)\b/;
/** "the week of the 18th", "the night of the 5th". No capture groups. */
const PART_OF_TIME = '(?:week|weekend|night|morning|afternoon|evening|day|end|start|beginning|middle|rest)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Not preceded by a letter or digit. */
const START = '(?<![\\p{L}\\p{N}])';
/** `after the fire`, `before the big flood`: an event a place dates things by. No capture groups. */
const AFTER_AN_EVENT =
  '(?:after|before)\\s+(?:the|that|our)\\s+(?:\\p{Ll}+\\s+)?(?:fires?|floods?|flooding|storms?|hurricane|cyclone|typhoon|tornado|earthquake|quake|bushfires?|wildfires?|explosion|blast|accident|crash|strike|lockdown|riots?|shooting|eruption|tsunami|landslide|mudslide|blizzard|closure|evacuation)(?![\\p{L}])';
const SEASON_CAP = SEASON.replace(/\(\?:spring\|summer\|autumn\|fall\|winter\)/, '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)');

interface Rule {
  /** The span is group 1 when present, else the whole match. */
  pattern: RegExp;
  confidence: number;
  reason: string;
  /** Returns a confidence to use instead, or undefined to drop the match. */
  check?: (text: string, start: number, end: number, span: string) => number | undefined;
  /** A cheap test the text must pass for the pattern to be tried at all (its distinctive words). */
  requires?: RegExp;
  /** Set for a rule whose match starts with a month name or a holiday: it is tried only there (see anchored-scan.ts). */
  anchoring?: Anchoring;
}

/** The offsets where a month name or a holiday starts: the anchors of the rules whose match opens with one. */
const MONTH_STARTS = new RegExp(`${START}${MONTH}`, 'gu');
const HOLIDAY_STARTS = new RegExp(`${START}${HOLIDAY}`, 'gu');

/** `rule` tried only where `anchor` matches; its pattern must begin (after any look-behind) with what `anchor` finds. */
const anchored = (anchor: RegExp, base: Rule): Rule => ({ ...base, anchoring: anchoring(anchor, base.pattern) });

const rule = (source: string, confidence: number, reason: string, check?: Rule['check']): Rule => ({
  pattern: new RegExp(source, 'gu'),
  confidence,
  reason,
  check,
});

/** Words before a bare year that make it a point in time. */
const YEAR_CONTEXT =
  /(?:\b(?:in|since|from|until|till|til|by|of|around|circa|c\.|before|after|during|through|thru|between|year|early|mid|late|summer|spring|autumn|fall|winter|back|born|married|divorced|died|passed|graduated|moved|started|retired|diagnosed|since|ago|that was|it was|was)|(?:1[89]|20)\d\d\s*(?:,|and|or|to|through|till|until|-|–))\s*$/i;
/** Words before a number that make it something other than a year. */
const NOT_A_YEAR_BEFORE =
  /(?:\b(?:number|no|nos|room|flight|bus|route|ward|bed|page|pages|code|ext|extension|unit|suite|apartment|apt|box|pin|model|version|level|score|about|over|under|nearly|almost|roughly|approximately|than|only|just|paid|cost|costs|spent|owe|owed|earn|earned|weigh|weighed|weighs)|[#$£€¥])\s*\.?\s*$/i;
/**
 * A count said earlier in the same clause: "three hundred ewes from " (digits or "hundred"/"thousand", then a noun);
 * not the digits of a caption's timing (`00:02:26,337⏎Opened the shop in twenty-ten`).
 */
const COUNT_BEFORE = /(?:\b(?:hundred|thousand)|(?<![\d:.,])\d[\d,]*\d)\s+\p{L}+\b[^.?!\n]{0,30}$/u;
/** A count straight after: "two thousand down to three hundred", "two thousand to 2,500". */
const COUNT_AFTER = /^\s+(?:(?:down|up)\s+)?to\s+(?:(?!(?:1[89]|20)\d\d\b)\d|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\b)/i;
const APPROXIMATELY_BEFORE = /\b(?:about|around|roughly|approximately|maybe|probably|circa|c\.|sometime|sometime in)\s*,?\s*$/i;
/** A verb of paying or weighing earlier in the clause makes "about 2000" an amount. */
const MONEY_BEFORE = /(?:\b(?:paid|pay|cost|costs|spent|spend|owe|owed|earn|earned|earns|weigh|weighed|weighs|charged?|worth|raised|saved|borrowed|lent)\b[^.?!\n]*|[$£€¥]\s*)$/i;
function checkBareYear(text: string, start: number, end: number, span: string): number | undefined {
  const year = Number(span);
  const after = textAfter(text, end, 30);
  const before = textBefore(text, start, 30);
  // "1962 kid here", "a 1990 baby": a year of birth (a count of kids would be plural).
  if (year >= 1900 && year <= 2039 && /^\s+(?:kid|baby|child|boy|girl)\b(?!['’]?s\b)/i.test(after)) return 0.6;
  if (QUANTITY_NOUN.test(after) || STREET_AFTER.test(after)) return undefined;
  // "since about 2012", "came over about 2016?": an approximate year, unless an amount is being talked about.
  const approximate = APPROXIMATELY_BEFORE.exec(before);
  if (approximate && !MONEY_BEFORE.test(before) && year >= 1900 && year <= 2039) {
    const core = before.slice(0, approximate.index);
    if (YEAR_CONTEXT.test(core)) return 0.7;
    if (/^\s*(?:[.,?!;]|$|\r?\n)/.test(after)) return 0.5;
    return undefined;
  }
  if (NOT_A_YEAR_BEFORE.test(before)) return undefined;
  if (isHeaderYear(text, start)) return undefined;
  if (/^\s*(?:am|pm|a\.m|p\.m|hours|hrs|h)\b/i.test(after)) return undefined; // military time "at 1900 hours"
  // "the 1955 line", "the 2020 model": a number naming a thing, not a year.
  if (/^\s+(?:line|hotline|helpline|number|bus|route|model|series|form)\b/i.test(after)) return undefined;
  // "tuesdays 1900 at the post", "tonight at 1930": a clock time in the 24-hour style after a day.
  if (Number(span.slice(0, 2)) < 24 && Number(span.slice(2)) < 60 && /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|daily|nightly)\s+(?:at\s+|from\s+)?$/i.test(before)) return undefined;
  // "CLOSED until 2040": a year this far ahead is an embargo or a plan, no event of anyone's life yet.
  if (year > 2039) return undefined;
  if (year < 1900) return YEAR_CONTEXT.test(before) ? 0.6 : undefined;
  if (YEAR_CONTEXT.test(before)) return 0.75;
  // "2000 for the repairs", "1950 a month": an amount.
  if (/^\s+(?:for\s+(?:the|a|an|my|his|her|our|their|it|that)|a\s+(?:month|week|year|day|night|pop|go)|per|each|an\s+hour|apiece|off|back|down|up\s+front)\b/i.test(after)) return undefined;
  // A year said on its own, as an answer: "2015. I know that sounds funny".
  if (/(?:^|[.?!:;]|\n)\s*(?:[-–]\s*)?(?:\*\*[^*]*\*\*\s*)?(?:\p{Lu}[\p{L} ]{0,30}:\s*)?$/u.test(before) && /^\s*[.,?!;]/.test(after)) return 0.65;
  return year >= 1950 && year <= 2035 ? 0.5 : 0.4;
}

/** Drops "every March" (habit, not occasion) and possessives like "April's house". */
const PERSON_VERB_AFTER =
  /^\s+(?:would|will|could|should|said|says|told|tells|is|was|has|had|came|comes|went|goes|did|does|can|might|must|and I|thinks|thought|knows|knew|wants|wanted|asked|called|rang)\b/;

/**
 * A month alone names an occasion after a cue of time, before an occasion (`the April meeting`) or closing a clause
 * (`defer to June.`); not in a sentence about every year, nor as a school break (`march break`).
 */
function checkMonthAlone(text: string, start: number, end: number, span: string): number | undefined {
  if (isMessageStamp(text, start, end) || isHabitual(text, start) || /^\s+break\b/i.test(textAfter(text, end, 10))) return undefined;
  return checkMonthByCue(text, start, end, span) ?? (/^['’]s\b/.test(textAfter(text, end, 3)) ? undefined : monthOfOccasion(text, start, end));
}

/** Built once: "from March to June" read back from the second month. */
const MONTH_RANGE_BEFORE = new RegExp(`${MONTH}\\s*(?:to|and|or|through|till|until|-|–)\\s+$`, 'u');
const MONTH_RANGE_AFTER = new RegExp(`^\\s*(?:to|and|through|till|until|-|–)\\s+${MONTH}(?![\\p{L}])`, 'u');

function checkMonthByCue(text: string, start: number, end: number, span: string): number | undefined {
  if (/^['’]s\b/.test(textAfter(text, end, 3))) return undefined;
  // "the 4th of July": the month of a holiday is judged with the holiday.
  if (HOLIDAY_ENDING.test(textBefore(text, start, 20) + span)) return undefined;
  const before = textBefore(text, start, 30);
  if (/\b(?:every|each|most|all)\s+$/i.test(before)) return undefined;
  const after = textAfter(text, end, 12);
  // "December is difficult", "June's always busy": a month in general.
  if (/^\s*(?:is|are|['’]s)\s+(?:always|usually|often|never|difficult|hard|busy|quiet|the\s+worst|the\s+best|when|a\s+hard|a\s+busy|mad|crazy)\b/i.test(textAfter(text, end, 30))) return undefined;
  if (AMBIGUOUS_MONTH.test(span) && /^\p{Ll}/u.test(span)) {
    // "in may" from an automatic transcript, not "that may be" or "this march".
    if (!/\b(?:in|since|until|till|from|early|late|mid|last|next|end of|beginning of)\s+$/i.test(before)) return undefined;
    return /^\s+(?:be|have|not|well|as)\b/i.test(after) ? undefined : 0.5;
  }
  // "that August." is a month; "that May would come" is a person.
  if (AMBIGUOUS_MONTH.test(span) && /\b(?:that|this)\s+$/i.test(before) && PERSON_VERB_AFTER.test(after)) return undefined;
  if (/(?:\b(?:in|since|until|till|by|from|before|after|during|through|early|late|mid|end of|start of|beginning of|middle of|that|this|of)\s+|\bmid-)$/i.test(before)) return 0.55;
  // "from March to June": a month right after another month and "to", "and" or "through".
  if (MONTH_RANGE_BEFORE.test(before)) return 0.55;
  // "between April and June": the first month of such a range, even one that is also a name.
  if (/\bbetween\s+$/i.test(before) && MONTH_RANGE_AFTER.test(textAfter(text, end, 24))) return 0.55;
  // "That was March.": a month named as the answer, closing the sentence.
  if (/\b(?:was|is|it['’]s|that['’]s)\s+$/i.test(before) && /^\s*[.!?]/.test(after)) return 0.5;
  if (AMBIGUOUS_MONTH.test(span)) return undefined;
  // Capitalised at the start of a sentence or a turn says nothing; mid-sentence it is a month.
  return /(?:^|[.?!:>]\s*|\*\*\s*|\n\s*)$/.test(before) ? 0.45 : 0.5;
}

/** A year in figures or words: a holiday near one names a specific occasion ("Christmas the first year. Christmas 2019"). */
const YEAR_NEARBY = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d\\d|['’]\\d\\d|${YEAR_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
/** "the Christmas do", "Easter holidays": the holiday names a kind of event, not a date. */
const HOLIDAY_AS_MODIFIER =
  /^\s+(?:do|dos|party|parties|dinner|lunch|card|cards|tree|trees|market|markets|lights|shopping|jumper|break|holidays?|hols|present|presents|eggs?|service|concert|program|programme|pageant|recital|show|bazaar|play|fair|rush|period|season|time|shift|bonus|songs?|food|decorations|week|term|fireworks|parade|parades|display|dance|feast|meal|spread)\b/i;

const HOLIDAY_EXACT = new RegExp(`^${HOLIDAY}$`, 'u');
const HOLIDAY_ENDING = new RegExp(`${HOLIDAY}$`, 'u');
/** A holiday right before a year or a numeric date: "Christmas 2019", "Christmas in 2017". No capture groups. */
const HOLIDAY_WITH_YEAR = new RegExp(`${HOLIDAY},?\\s+(?:of\\s+|in\\s+)?$`, 'u');
/** "Christmas the first year", "Easter that year": the holiday of one named year. */
const YEAR_SPECIFIER_AFTER = /^,?\s+(?:the\s+(?:first|second|last|next|same|following|previous)\s+year|that\s+year|the\s+year\s+(?:I|he|she|we|they|you|my|his|her|our|their)\b)/i;
/** "Christmas is mad", "Canada Day we go to the waterfront": a habit, said in the present. */
const HABIT_AFTER = /^,?\s+(?:is|are|we|I|they|you|everyone|everybody)\s+(?:always|usually|normally|go|goes|do|does|just|still|come|comes|get|have|spend|is|are|mad|busy|big|quiet|huge|the)\b|^,?\s+is\b/i;

/**
 * A holiday alone ("it was Ramadan", "the Christmas do") is a time of year, not a date. It names one occasion when a
 * year is said for it: a specifier ("Christmas the first year"), an earlier mention of the same holiday with a year
 * ("Christmas Eve 2023 ... On Christmas Eve!"), or a year in the same or the next sentence that is not another
 * holiday's ("The Fourth of July. July 4th, 2016.").
 */
function checkHolidayAlone(text: string, start: number, end: number, span: string): number | undefined {
  const before = textBefore(text, start, 20);
  if (/\b(?:every|each|most|all|over)\s+$/i.test(before)) return undefined;
  const after = textAfter(text, end, 120);
  if (HOLIDAY_AS_MODIFIER.test(after) || HABIT_AFTER.test(after)) return undefined;
  // "The 4th of July fireworks scare the dog every year": the rest of the sentence says it is a habit.
  if (/\b(?:every|each)\s+year\b|\balways\b|\busually\b/i.test(/^[^.?!\n]*/.exec(after)?.[0] ?? '')) return undefined;
  if (isAnchoredHoliday(text, start, end)) return 0.5;
  if (YEAR_SPECIFIER_AFTER.test(after) || holidayOfDateJustSaid(text, start) || holidayOfDateSaidBefore(text, start, span)) return 0.5;
  const earlier = textBefore(text, start, 300);
  const sameWithYear = new RegExp(`${escapeRegExp(span)},?\\s+(?:of\\s+|in\\s+)?${YEAR}`, 'iu');
  if (sameWithYear.test(earlier)) return 0.5;
  // The year must come in this sentence or the next, and not belong to a holiday of its own.
  const sentences = /^(?:[^.?!\n]*[.?!\n]+){0,2}/.exec(after)?.[0] ?? '';
  const sentenceBefore = /[^.?!\n]*$/.exec(textBefore(text, start, 120))?.[0] ?? '';
  for (const [piece, offset] of [[sentenceBefore, start - sentenceBefore.length], [sentences, end]] as const) {
    const years = new RegExp(YEAR_NEARBY.source, 'giu');
    for (let match = years.exec(piece); match; match = years.exec(piece)) {
      const lead = textBefore(text, offset + match.index, 40);
      if (HOLIDAY_WITH_YEAR.test(lead)) continue;
      // The year of a chat or log timestamp ("[03/02/2024, 10:05] Sam:") says nothing about the holiday.
      if (/[/.-]$/.test(lead) && TIME_AFTER_DATE.test(piece.slice(match.index + match[0].length))) continue;
      // "Easter also. In December 2019 I ran out": a date in another month is a different occasion.
      const month = new RegExp(`${MONTH}[^.?!\\n]{0,12}$`, 'u').exec(lead);
      const months = holidayMonths(span);
      if (month && months && !months.includes(monthNumber(month[0].split(/[\s,]/)[0]) ?? 0)) continue;
      return 0.5;
    }
  }
  return undefined;
}

/** The months a fixed holiday can fall in; undefined for those that move through the year (Ramadan, Eid). */
const HOLIDAY_MONTHS: [RegExp, number[]][] = [
  [/christmas|xmas|boxing|hogmanay/i, [12]],
  [/new year/i, [12, 1]],
  [/easter|good friday|passover|anzac|st\.? patrick|paddy/i, [3, 4]],
  [/thanksgiving/i, [10, 11]],
  [/halloween|hallowe'en|diwali/i, [10, 11]],
  [/bonfire|guy fawkes|remembrance|armistice|veterans/i, [11]],
  [/fourth of july|4th of july|independence|canada day/i, [7]],
  [/valentine/i, [2]],
  [/waitangi|australia day|lunar|chinese new year/i, [1, 2]],
  [/matariki/i, [6, 7]],
  [/memorial/i, [5]],
  [/labou?r day/i, [9, 10, 5]],
];

/** A day of a month said just before: `on the 14th of February 2011`, `February 14`. */
const DAY_OF_MONTH_SAID = new RegExp(`${DAY}(?:\\s+of)?\\s+(${MONTH})|(${MONTH})\\s+(?:the\\s+)?${DAY}`, 'giu');

/**
 * `He came in on the 14th of February 2011. I remember because it was Valentine's Day`: the holiday falls in the
 * month of a day said in the last sentence or two, so it names that same day.
 */
function holidayOfDateSaidBefore(text: string, start: number, span: string): boolean {
  const months = holidayMonths(span);
  if (!months) return false;
  for (const match of textBefore(text, start, 150).matchAll(DAY_OF_MONTH_SAID)) {
    if (months.includes(monthNumber((match[1] ?? match[2]).split(/[\s,]/)[0]) ?? 0)) return true;
  }
  return false;
}

function holidayMonths(holiday: string): number[] | undefined {
  return HOLIDAY_MONTHS.find(([pattern]) => pattern.test(holiday))?.[1];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A date and a time opening a line: the timestamp of a chat message or log entry ("[12/03/2024, 14:05] Sam:"). */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*[[(]?$/;
const TIME_AFTER_DATE = /^,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?/;

function checkNumeric(text: string, start: number, end: number, span: string): number | undefined {
  const parts = parseDateParts(span);
  if (!parts) return undefined;
  // Timestamps are scaffolding, not identifiers (like caption timings); a date in a header line is kept.
  if (LINE_START_BEFORE.test(textBefore(text, start, 3)) && TIME_AFTER_DATE.test(textAfter(text, end, 20))) return undefined;
  if (/^\d{4}/.test(span) || /\d{4}$/.test(span)) return 0.95;
  return /[/-]/.test(span) ? 0.9 : 0.7; // 1.5.20 might be a version number
}

function checkDecade(text: string, start: number, _end: number, span: string): number | undefined {
  const before = textBefore(text, start, 20);
  // "in her sixties" is an age, left to the age detector.
  if (/\b(?:my|his|her|their|your|our|[\p{L}]+['’]s)\s+(?:(?:early|mid|late)[- ]?)?$/iu.test(before)) return undefined;
  const the = /\bthe\s+(?:(?:early|mid|late)[- ]?)?$/i.test(before);
  if (/^(?:(?:early|mid|late)[- ]?)?(?:19|20)\d0['’]?s$/i.test(span)) return 0.7;
  if (!the) return undefined;
  return /\d/.test(span) ? 0.6 : 0.6;
}

const DECADE = `(?:(?:early|mid|late)[- ]?)?(?:(?:19|20)\\d0['’]?s|['’]?\\d0['’]?s|${Object.keys(DECADE_WORDS)
  .filter((word) => word !== 'teens')
  .join('|')}|noughties)(?![\\p{L}\\p{N}])`;
const NUMERIC = `(?<![\\p{L}\\p{N}/.:-])(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}))(?![\\p{L}\\p{N}]|[-/.:]\\p{N})`;

const WORLD_HOLIDAY_IN_TEXT = new RegExp(WORLD_HOLIDAY, 'u');
const MONTH_CAPS_IN_TEXT = new RegExp(MONTH_CAPS, 'u');
/** "The Blizzard of", "the Flood of": a capitalised event named by its year (not "the Class of"). */
const NAMED_EVENT_OF_BEFORE = /\b[Tt]he\s+(?!Class\b|Summer\b|Winter\b|Spring\b|Autumn\b|Fall\b)\p{Lu}\p{Ll}+\s+of\s+$/u;

export const RULES: Rule[] = [
  rule(`${START}(${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR})`, 0.95, 'full date (day, month and year)'),
  anchored(MONTH_STARTS, rule(`${START}(${MONTH}\\s+(?:the\\s+)?${DAY},?\\s+${YEAR})`, 0.95, 'full date (day, month and year)')),
  rule(NUMERIC, 0.95, 'full date (numeric)', checkNumeric),
  // `…director-20240305_150214-Meeting Recording`, `scan_20230611.pdf`: a date written without separators, as
  // recording and file names carry it (a year from 1950 to 2049, a real month and day).
  rule(`${START}((?:19[5-9]\\d|20[0-4]\\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(?=[_T.-]\\d|\\.\\p{L}|[^\\p{L}\\p{N}.-]|$)`, 0.8, 'full date (compact, as in a file name)'),
  // "the Fourth of July fireworks ... every year" is a holiday, judged as one.
  // "on 3/14 we had the scan": a day and month in figures, after a preposition of time.
  rule(
    `(?<=\\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|birthday['’]s|birthday is|born|(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day)?,)\\s+)(\\d{1,2}\\/\\d{1,2})(?![\\p{L}\\p{N}]|[/.-]\\p{N})`,
    0.6,
    'day and month (numeric)',
    (text, _start, end, span) => {
      const [first, second] = span.split('/').map(Number);
      if (span === '24/7' || first < 1 || second < 1 || (first > 12 && second > 12) || first > 31 || second > 31) return undefined;
      return /^\s+(?:of|a|an|the|cup|cups|tsp|tbsp|inch|inches|mile|miles|dose|tablet|tablets|time|times)\b/i.test(textAfter(text, end, 20)) ? undefined : 0.6;
    },
  ),
  // "the hall, 25/3, 6pm", "9/4 at 19:00": a day and month in figures, followed by the time of day it happens.
  rule(
    `(?<![\\p{L}\\p{N}/.:,-]|^\\[|\\n\\[)((?:[12]\\d|3[01]|0?[1-9])\\/(?:1[0-2]|0?[1-9]))(?=,?\\s+(?:at\\s+|from\\s+|@\\s*)?(?:\\d{1,2}(?:[:.]\\d\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|h\\b)|\\d{1,2}:\\d\\d(?![\\d:])(?!\\s*(?:-->|,\\d))))`,
    0.6,
    'day and month (numeric), with a time',
    (text, start) => (/(?:^|\n)[ \t]*[[(]?$/.test(textBefore(text, start, 3)) ? undefined : 0.6),
  ),
  { ...rule(DAY_OF_MONTH_NUMBER, 0.9, "day and the month's number", checkDayOfMonthNumber), requires: /\bof the\b/ },
  rule(`${START}(${DAY}\\s+(?:of\\s+)?${MONTH})`, 0.7, 'day and month', (text, start, end, span) =>
    HOLIDAY_EXACT.test(span) ? checkHolidayAlone(text, start, end, span) : isHabitual(text, start) || isMessageStamp(text, start, end) ? undefined : 0.7),
  anchored(MONTH_STARTS, rule(`${START}(${MONTH}\\s+(?:the\\s+)?${DAY})(?!\\s*[:.]\\d)`, 0.7, 'day and month', (text, start, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) || isMessageStamp(text, start, end) ? undefined : 0.7)),
  // "March eighty-nine": a month and a year said as its last two digits (forty to ninety-nine: never a day).
  anchored(MONTH_STARTS, rule(`${START}(${MONTH}\\s+(?:[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?![\\p{L}\\p{N}-])`, 0.7, 'month and year (in words)', (text, _s, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) ? undefined : 0.7)),
  anchored(MONTH_STARTS, rule(`${START}(${MONTH}(?:\\s+of)?,?\\s+${YEAR})`, 0.8, 'month and year')),
  // "**3 jul.** Market day": a day and an abbreviated month in lower case with its dot, as field notes in Spanish,
  // French or English write them ("may." is left out: "2 may." is too often the verb).
  rule(`(?<![\\p{L}\\p{N}.,:/-])(\\d{1,2}\\s(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|janv|févr|avr|juil|déc|gen|giu|lug|set|ott))(?=\\.(?!\\p{L}))`, 0.6, 'day and abbreviated month'),
  // "03/2020", "11-2019": a month and year in figures, as forms and payment references write a birth month.
  rule(`(?<![\\p{L}\\p{N}/.:,-])((?:0?[1-9]|1[0-2])[/-](?:19|20)\\d\\d)(?![\\p{L}\\p{N}]|[-/.:]\\p{N})`, 0.6, 'month and year (numeric)', (text, start, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) || isSequenceHeading(text, start, end) ? undefined : 0.6),
  anchored(MONTH_STARTS, rule(`${START}(${MONTH}(?:\\s+of)?\\s+(?:last|this|next|that|the same|the following)\\s+year)(?![\\p{L}])`, 0.6, 'month of a specific year')),
  rule(`${START}((?:(?:early|late|mid)[- ]?)?${SEASON_CAP}\\s+(?:of\\s+)?${YEAR})`, 0.8, 'season and year'),
  anchored(HOLIDAY_STARTS, rule(`${START}(${HOLIDAY},?\\s+(?:of\\s+|in\\s+)?${YEAR})`, 0.8, 'holiday and year')),
  anchored(HOLIDAY_STARTS, rule(`${START}(${HOLIDAY},?\\s+(?:of\\s+)?(?:last|this|next|that|the same|the following|the previous)\\s+year)(?![\\p{L}])`, 0.6, 'holiday of a specific year')),
  rule(`${START}((?:[Ll]ast|[Nn]ext|[Tt]hat|[Tt]his)\\s+${HOLIDAY})`, 0.6, 'holiday of a specific year'),
  // "the Easter after the fire", "the summer before the floods": an occasion dated by an event the place remembers.
  anchored(HOLIDAY_STARTS, rule(`${START}(${HOLIDAY}\\s+${AFTER_AN_EVENT})`, 0.6, 'occasion dated by a local event')),
  { ...rule(`${START}(${SEASON_CAP}\\s+${AFTER_AN_EVENT})`, 0.6, 'occasion dated by a local event'), requires: /(?:after|before) (?:the|that|our) / },
  anchored(HOLIDAY_STARTS, rule(`${START}(${HOLIDAY})`, 0.5, 'holiday', checkHolidayAlone)),
  { ...rule(`${START}(${WORLD_HOLIDAY},?\\s+(?:of\\s+|in\\s+)?${YEAR})`, 0.8, 'holiday and year'), requires: WORLD_HOLIDAY_IN_TEXT },
  { ...rule(`${START}(${WORLD_HOLIDAY})`, 0.5, 'holiday', checkHolidayAlone), requires: WORLD_HOLIDAY_IN_TEXT },
  { ...rule(`${START}(${DAY}(?:\\s+OF)?\\s+${MONTH_CAPS},?\\s+${YEAR}|${MONTH_CAPS}\\s+${DAY},?\\s+${YEAR})`, 0.95, 'full date (day, month and year)'), requires: MONTH_CAPS_IN_TEXT },
  // `UUWI NA SIYA JUNE 14!!!`: a day and month in a message typed in capitals.
  { ...rule(`${START}(${MONTH_CAPS}\\s+(?:THE\\s+)?${DAY}|${DAY}\\s+(?:OF\\s+)?${MONTH_CAPS})(?!\\s*[:.]\\d)`, 0.7, 'day and month', (text, _start, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) ? undefined : 0.7), requires: MONTH_CAPS_IN_TEXT },
  { ...rule(`${START}(${MONTH_CAPS})`, 0.5, 'month of a specific occasion', checkMonthAlone), requires: MONTH_CAPS_IN_TEXT },
  { ...rule(NAMED_DAY, 0.5, 'named day of one occasion', (text, start, end) => (isAnchoredHoliday(text, start, end) ? 0.5 : undefined)), requires: /\p{Lu}\p{Ll}+\s+Day\b/u },
  anchored(MONTH_STARTS, rule(`${START}(${MONTH}\\s+(?:[Bb]ank [Hh]oliday|half[- ]term|school holidays|long weekend))`, 0.6, 'holiday')),
  rule(`${START}((?:[Ll]ast|[Nn]ext|[Tt]he following|[Tt]he previous|[Tt]his past|[Tt]hat past)\\s+${MONTH})`, 0.6, 'month of a specific occasion'),
  anchored(MONTH_STARTS, rule(`${START}(${MONTH})`, 0.5, 'month of a specific occasion', checkMonthAlone)),
  rule(`${START}((?:[Tt]hat|[Ll]ast|[Nn]ext)\\s+(?:${SEASON}|(?:rainy|wet|dry|monsoon|harmattan|cyclone|hurricane|typhoon)\\s+season(?![\\p{L}])))`, 0.5, 'season of a specific year'),
  // "Summer of 69", "the winter of 82", "the fall of twenty-two": a season of a year said as its last two digits.
  rule(`${START}(${SEASON_CAP}\\s+of\\s+(?:\\d\\d|${TWO_DIGIT_YEAR_WORDS}))(?![\\p{L}\\p{N}%-]|[.,:]\\p{N})`, 0.6, 'season and year', (text, _s, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) || /^\s*(?:degrees|°)/.test(textAfter(text, end, 10)) ? undefined : 0.6),
  // "In the spring, March, the building was sold": a season narrowed to its month names one occasion; both count.
  { ...rule(`(?<=\\b[Tt]he\\s+)(${SEASON})(?=,\\s+${MONTH},)`, 0.5, 'season narrowed to a month'), requires: /(?:spring|summer|autumn|fall|winter),/ },
  anchored(MONTH_STARTS, rule(`(?<=\\b[Tt]he\\s+${SEASON},\\s+)(${MONTH})(?=,)`, 0.55, 'month of a specific occasion')),
  rule(`${START}(${WEEKDAY},?\\s+the\\s+${DAY})(?!\\s+of)`, 0.5, 'weekday and day of the month'),
  { ...rule(BIRTHDAY_DAY, 0.5, 'the day of a birthday'), requires: /birthday|anniversary|wedding|due date/ },
  // "on the 22nd", "June 1974, the 22nd", "next scan's the 9th": a day of the month in figures; the month is elsewhere.
  {
    ...rule(
      `(?<=(?:\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|is|was|maybe|about|around|probably|[Dd]ue|${PART_OF_TIME}\\s+of)|['’]s|,)\\s+the\\s+)((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\\p{L}\\p{N}])`,
      0.5,
      'day of the month',
      (text, start, end) => {
        const after = textAfter(text, end, 30);
        // After "is"/"was"/"'s" only a date closes the clause: "he was the 2nd child" is an ordinal.
        if (/(?:\bis|\bwas|['’]s|\bmaybe|\babout|\baround|\bprobably)\s+the\s+$/.test(textBefore(text, start, 16))) return /^\s*(?:[.,;!?]|$|\r?\n)/.test(after) ? 0.5 : undefined;
        return DAY_NOT_DATE_AFTER.test(after) ? undefined : 0.5;
      },
    ),
    requires: /\d(?:st|nd|rd|th)/,
  },
  // "1st November to the 4th", "from the 3rd till the 10th": the end of a range of days.
  rule(
    `(?<=(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${ORDINAL_WORDS}|${MONTH})\\s+(?:to|till|until|through|and|going into|into|-|–)\\s+the\\s+)((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${ORDINAL_WORDS})(?![\\p{L}\\p{N}-])`,
    0.5,
    'day of the month',
    (text, _start, end) => (DAY_NOT_DATE_AFTER.test(textAfter(text, end, 30)) ? undefined : 0.5),
  ),
  // "It went up on the fourteenth.": a day of the month in words; only where the clause ends, since "on the second
  // go" and "by the third time" are ordinals.
  rule(
    `(?<=\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|${PART_OF_TIME}\\s+of)\\s+the\\s+)(${ORDINAL_WORDS})(?![\\p{L}\\p{N}-])`,
    0.5,
    'day of the month',
    (text, _start, end) => {
      const after = textAfter(text, end, 60);
      // "from the twelfth to the fifteenth": a range of days, unless it ends in "floor" or "time".
      const range = new RegExp(`^\\s+(?:to|till|until|through|and|going into|into)\\s+the\\s+(?:${ORDINAL_WORDS})`, 'u').exec(after);
      if (range) return DAY_NOT_DATE_AFTER.test(after.slice(range[0].length)) ? undefined : 0.5;
      return /^\s*(?:[.,;!?=]|\(\d{0,2}\.\d?\)|$|\r?\n|\s(?:at|when|then|so|because|and then)\b)/.test(after) ? 0.5 : undefined;
    },
  ),
  // "PAT: =on the fourteenth / DOC: the fourteenth (.) I've his date of birth": a day of the month said again
  // (checked back) where its clause ends, a pause mark included.
  rule(
    `(?<=\\b[Tt]he\\s+)(${ORDINAL_WORDS})(?=\\s*(?:[.,;!?=]|\\(\\d{0,2}\\.\\d?\\)|$))`,
    0.5,
    'day of the month said again',
    (text, start, end) => {
      const word = text.slice(start, end).toLowerCase();
      const before = textBefore(text, start, 150).toLowerCase();
      // Only where the first mention was a date too ("on the fourteenth."), not an ordinal ("on the third go").
      return new RegExp(`\\b(?:on|by|until|till|from|since|before|after)\\s+the\\s+${word}\\s*(?:[.,;!?=]|\\(|$)`, 'm').test(before) ? 0.5 : undefined;
    },
  ),
  rule(`${START}((?:1[89]|20)\\d\\d\\s?[-–]\\s?(?:(?:1[89]|20)\\d\\d|\\d\\d)|(?:1[89]|20)\\d\\d\\/\\d\\d)(?![\\p{L}\\p{N}]|[-–/]\\p{N})`, 0.75, 'range of years', (text, _s, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) ? undefined : 0.75),
  rule(`(?<![\\p{L}\\p{N}_$£€#.,:/'’-])((?:1[89]|20)\\d\\d)(?![\\p{L}\\p{N}_%]|['’](?!s\\b)|[.,]\\p{N}|[-–/:]\\p{N})`, 0.5, 'year', checkBareYear),
  { ...rule(`(?<=\\b[Mm]id-)((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 0.75, 'year'), requires: /[Mm]id-/ },
  rule(`${START}(${YEAR_WORDS})(?![\\p{L}\\p{N}]|[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)`, 0.6, 'year (in words)', (text, start, end, span) => {
    if (QUANTITY_NOUN.test(textAfter(text, end, 30))) return undefined;
    // "three hundred ewes from two thousand", "from two thousand down to 300": a count compared with a count.
    if (COUNT_BEFORE.test(textBefore(text, start, 60)) || COUNT_AFTER.test(textAfter(text, end, 30))) return undefined;
    if (YEAR_CONTEXT.test(textBefore(text, start, 30))) return 0.65;
    // "About eighteen hundred on reserve": a round hundred alone is a count unless a word of time comes before it.
    if (/^\S+[ -]hundred$/i.test(span)) return undefined;
    // "Nineteen sixty-eight, to Boston": a century and a year is said of nothing else; "two thousand" may be a count.
    return /^(?:nineteen|eighteen)/i.test(span) ? 0.55 : 0.45;
  }),
  {
    ...rule(
      `(?<=\\b(?:[Ii]n|[Ss]ince|of|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|back in|[Aa]round|[Bb]efore|[Aa]fter|class of|summer of|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn)\\s+)(['’]\\d\\d)(?![\\p{L}\\p{N}'’])`,
      0.7,
      'year (abbreviated)',
      (text, start) => (NAMED_EVENT_OF_BEFORE.test(textBefore(text, start, 30)) ? undefined : 0.7),
    ),
    requires: /['’]\d\d/,
  },
  // "Worse than '82", "the '76 drought": an apostrophe and two digits is a year wherever it stands.
  // "The Blizzard of '78" names a public event, not an occasion of the story.
  { ...rule(`(?<=(?:^|[\\s(\\[—–-]))(['’]\\d\\d)(?![\\p{L}\\p{N}'’%]|[.,:]\\p{N})`, 0.55, 'year (abbreviated)', (text, start, end) =>
    QUANTITY_NOUN.test(textAfter(text, end, 30)) || NAMED_EVENT_OF_BEFORE.test(textBefore(text, start, 30)) ? undefined : 0.55), requires: /['’]\d\d/ },
  // "he's in boston since sixty-one", "I went to the factory in sixty-two": a year said as its last two digits.
  rule(
    `(?<=\\b(?:[Ii]n|[Ss]ince|back in|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|summer of|winter of|spring of|autumn of|class of)\\s+)((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:oh|o|nought)[- ](?:one|two|three|four|five|six|seven|eight|nine))(?![\\p{L}\\p{N}-]|\\s+(?:one|two|three|four|five|six|seven|eight|nine)\\b)`,
    0.5,
    'year (last two digits, in words)',
    (text, start, end) => {
      const after = textAfter(text, end, 30);
      const before = textBefore(text, start, 30);
      // "in twenty minutes", "one in fifty", "in her sixties" (not matched), "in forty-odd years".
      if (QUANTITY_NOUN.test(after) || /^\s*(?:percent|%|of\b|out\b|-)/i.test(after)) return undefined;
      if (/\b(?:one|\d+|chance|odds|score|speed|size)\s+in\s+$/i.test(before)) return undefined;
      // "since twenty-five jobs went": a plural noun after it makes it a count.
      if (/^\s+(?!(?:was|is|has|does|goes|says|this|as|his|its|yes|thus|plus|us)\b)\p{Ll}+s\b/u.test(after)) return undefined;
      return 0.5;
    },
  ),
  rule(`${START}(${DECADE})`, 0.6, 'decade', checkDecade),
  // `the week after Bonfire Night`, `the weekend before Thanksgiving`: a time set by one year's holiday; not a habit
  // (`every year the week before Christmas`).
  {
    ...rule(
      `(?<![\\p{L}])((?:week|weekend|fortnight|day|night|month)\\s+(?:after|before)\\s+${HOLIDAY})(?![\\p{L}])`,
      0.5,
      'a time set by a holiday',
      (text, start) => (isHabitual(text, start) ? undefined : 0.5),
    ),
    requires: /\b(?:after|before)\s/,
  },
];

export const date: Detector = stagedDetector('date', 70, function* ({ text, structure }) {
  const found = yield* rulesInStages(PATTERN_RULES, { text, protectedSpans: structure.protectedSpans, anchors: new Map() });
  found.push(...otherCalendarDates(text));
  if (/\d(?:er|º|°)?\.?\s+(?:de\s+)?\p{L}{3}/u.test(text)) {
    for (const { start, end } of foreignDaysOfMonths(text)) found.push({ start, end, type: 'DATE', confidence: 0.7, reason: 'day and month (in another language)' });
  }
  for (const { start, end } of foreignMonths(text)) {
    if (!isHabitual(text, start)) found.push({ start, end, type: 'DATE', confidence: 0.5, reason: 'month (in another language) after a cue of time' });
  }
  return found;
});

/** A chunk as the pattern rules read it; `anchors` memoises each anchor's offsets in it across the rules. */
interface PatternInput {
  text: string;
  protectedSpans: readonly Span[];
  anchors: Map<RegExp, number[]>;
}

/** Each rule above as a stage (skipped where its `requires` is missing): its matches, checked. */
const PATTERN_RULES: ReadonlyArray<(input: PatternInput) => Candidate[]> = RULES.map(({ pattern, confidence, reason, check, requires, anchoring }) => ({ text, protectedSpans, anchors }: PatternInput) => {
  if (requires && !requires.test(text)) return [];
  const found: Candidate[] = [];
  const take = (match: RegExpExecArray): void => {
    const span = match[1] ?? match[0];
    const start = match.index + match[0].indexOf(span);
    const end = start + span.length;
    const checked = check ? check(text, start, end, span) : confidence;
    if (checked !== undefined) found.push({ start, end, type: 'DATE', confidence: checked, reason });
  };
  eachRuleMatch(text, pattern, anchoring, anchors, take, protectedSpans);
  return found;
});
