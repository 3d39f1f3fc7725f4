/** The vocabulary of dates: month names, holidays, seasons and the regex pieces built from them. */
import { ORDINAL_WORDS, YEAR_WORDS } from './pattern-number-words';

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
const MONTHS_AND_WEEKDAYS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** True for a weekday's full name in lower case (`thursday`). */
export function isWeekday(lower: string): boolean {
  return WEEKDAYS.has(lower);
}

/** True for a month's or a weekday's full name in lower case (`may`, `sunday`), which is a date before it is a name. */
export function isMonthOrWeekday(lower: string): boolean {
  return MONTHS_AND_WEEKDAYS.has(lower);
}

/** Month number (1..12) for a full or abbreviated month name; undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month === key || (key.length <= 4 && month.startsWith(key)));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * A month name (capitalised, or in lower case as automatic transcripts write it) or an abbreviation, capitalised or,
 * for those that are no word or common name (`feb`, `oct`, `nov`), in lower case. No capture groups.
 */
export const MONTH =
  '(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|Jan\\.?|[Ff]eb\\.?|Mar\\.?|[Aa]pr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|[Ss]ept\\.?|Sep\\.?|[Oo]ct\\.?|[Nn]ov\\.?|Dec\\.?)(?![\\p{L}])';
/** A month in capitals, as headings and ALL-CAPS notes write it (`JUNE`, `3RD FEBRUARY 2024`). No capture groups. */
export const MONTH_CAPS = '(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![\\p{L}])';
/** Months that are also names, verbs or adjectives (`May said`, `we march`, `an august body`). */
export const AMBIGUOUS_MONTH = /^(?:May|March|August|April|June|Jan|Mar|Jun|Jul|Aug)\.?$/i;

/** A day of the month in figures or words: `14`, `14th`, `fourteenth`, `twenty-first`. No capture groups. */
export const DAY = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?|${ORDINAL_WORDS})(?![\\p{L}\\p{N}])`;
/** A year in figures, as spoken, or abbreviated: `2019`, `nineteen sixty-one`, `'98`. No capture groups. */
export const YEAR = `(?:(?:1[89]|20)\\d\\d(?![\\p{N}])|${YEAR_WORDS}|['’]\\d\\d)(?![\\p{L}\\p{N}'’]|-\\p{N})`;

/** Holidays and named days that pin an occasion to the calendar. No capture groups. */
export const HOLIDAY =
  "(?:[Cc]hristmas(?: [Ee]ve| [Dd]ay)?|[Xx]mas|Boxing Day|New Year['’]?s(?: Eve| Day)?|Hogmanay|[Ee]aster(?: Sunday| Monday| weekend)?|Good Friday|[Tt]hanksgiving|[Hh]alloween|Hallowe'en|Bonfire Night|Guy Fawkes(?: Night)?|Diwali|Hanukkah|Chanukah|Eid(?:[ -](?:al|ul|el)[ -](?:Fitr|Adha|Fitri))?|Ramadan|Passover|Rosh Hashanah|Yom Kippur|Lunar New Year|Chinese New Year|CNY|Deepavali|Hari Raya(?: Puasa| Haji| Aidilfitri)?|Vesak|Tết|Chuseok|Songkran|Nowruz|Vaisakhi|Baisakhi|Navratri|Kwanzaa|Holi|Purim|Sukkot|Onam|Pongal|Burns Night|St\\.? Andrew['’]?s Day|St\\.? David['’]?s Day|White Sunday|Canada Day|Australia Day|Anzac Day|ANZAC Day|Waitangi Day|Matariki|Independence Day|Fourth of July|4th of July|Memorial Day|Labou?r Day|Veterans['’]? Day|Remembrance Day|Armistice Day|Remembrance Sunday|Mother['’]?s Day|Father['’]?s Day|[Vv]alentine['’]?s(?: [Dd]ay| [Nn]ight)?|St\\.? Patrick['’]?s Day|Saint Patrick['’]?s Day|Paddy['’]?s Day|Mardi Gras|Juneteenth|Martin Luther King Day|MLK Day|Presidents['’]? Day|Victoria Day|Bank Holiday|King['’]?s Birthday|Queen['’]?s Birthday)(?![\\p{L}])";

export const SEASON = '(?:spring|summer|autumn|fall|winter)(?![\\p{L}])';

/**
 * Holidays and festivals of more regions (Turkey, Finland, the Philippines, India, Latin America, Korea, Japan), kept
 * apart from HOLIDAY so the rules that use them run only on text that holds one. No capture groups.
 */
export const WORLD_HOLIDAY =
  "(?:(?:Kurban|Şeker|Ramazan) Bayram[ıi]?|Ramazan|Ramadhan|Ramzan|Bakr?id|Pesach|Shavuot|Pentecost|Whitsun|Midsummer(?:['’]s)?(?: Eve| Day)?|Juhannus|Semana Santa|D[íi]a de (?:los )?Muertos|Obon|Seollal|Durga Puja|Sinulog|Undas|Todos los Santos|Dussehra|Dasara|Ugadi|Karva Chauth|Raksha Bandhan|Ganesh Chaturthi|Tsagaan Sar|Inti Raymi)(?![\\p{L}])";
