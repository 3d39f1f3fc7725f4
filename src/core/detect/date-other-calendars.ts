/**
 * Dates written the way other languages and calendars write them, read after other scripts' digits are folded to
 * ASCII (pattern-digit-folding.ts): Chinese, Japanese and Korean dates (`2023년 10월 21일`, `2023年5月17日`, `令和5年`),
 * and a day, a month name and a year of any calendar (`15 Rajab 1445`, `12 Baisakh 2076`, `15 มีนาคม 2567`,
 * `18 آذار 2024`, `15 de março de 2002`, `3 марта 1961`), whose years (1445, 2567) no Gregorian rule takes.
 */
import type { Candidate } from './detector';
import { FOREIGN_MONTH_NAMES, FOREIGN_MONTHS_ALSO_WORDS } from './date-occasions';

/** Month names of other calendars and scripts, as transcripts keep them. No capture groups. */
const CALENDAR_MONTHS = [
  // Hijri, as transliterated.
  'Muharram', 'Safar', "Rabi[‘'’]?[ -]?(?:al|ul|el)?[ -]?(?:Awwal|Thani|Akhir|Akhar|Awal|Sani)", 'Rabi[‘’\']? I{1,2}',
  "Jumad[ae][ -]?(?:al|ul|el)?[ -]?(?:Awwal|Ula|Oola|Thani|Akhirah|Akhira|Sani)", 'Jumada I{1,2}', 'Rajab', "Sha[‘'’]?ban", 'Ramadan', 'Ramazan', 'Ramzan',
  'Shawwal', "Dhu[ -]?(?:al|l)?[ -]?Qa?i?[‘'’]?dah?", "Dhu[ -]?(?:al|l)?[ -]?Hijj?ah?", "Zul[ -]?Hijj?ah?", "Zul[ -]?Qa[‘'’]?dah?",
  // Nepali (Bikram Sambat).
  'Baisakh', 'Baishakh', 'Jestha', 'Jeth', 'Asar', 'Asadh', 'Ashadh', 'Shrawan', 'Saun', 'Bhadra', 'Bhadau', 'Asoj', 'Ashwin', 'Kartik', 'Mangsir', 'Poush', 'Magh', 'Falgun', 'Fagun', 'Chaitra', 'Chait',
  // Persian (Solar Hijri).
  'Farvardin', 'Ordibehesht', 'Khordad', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Bahman', 'Esfand',
  // Thai, full and abbreviated.
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'ม\\.ค\\.', 'ก\\.พ\\.', 'มี\\.ค\\.', 'เม\\.ย\\.', 'พ\\.ค\\.', 'มิ\\.ย\\.', 'ก\\.ค\\.', 'ส\\.ค\\.', 'ก\\.ย\\.', 'ต\\.ค\\.', 'พ\\.ย\\.', 'ธ\\.ค\\.',
  // Arabic: Gregorian (Egyptian and Levantine names) and Hijri.
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
  // Hindi.
  'जनवरी', 'फ़रवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर',
  // Russian and Ukrainian (genitive, as in a date), Polish (genitive), Greek (genitive).
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου',
  // Romanian (Spanish, Portuguese, French, Italian, German, Dutch and Turkish come from FOREIGN_MONTH_NAMES).
  'ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
];
const FOREIGN_MONTH_WORDS = FOREIGN_MONTH_NAMES.map((name) => name.replace(/^\p{L}/u, (first) => `[${first}${first.toUpperCase()}]`));
const MONTH_WORD = `(?:${[...CALENDAR_MONTHS, ...FOREIGN_MONTH_WORDS].join('|')})`;
/** Month names that are also words or names (`Safar` a journey, `Azar` a surname, `Mart`): with a day only. */
const ALSO_WORDS = new Set(['Safar', 'Mehr', 'Aban', 'Azar', 'Asar', 'Magh', 'Saun', 'Jeth', 'Chait', 'Bhadra', 'Kartik', ...FOREIGN_MONTHS_ALSO_WORDS]);
const MONTH_WORD_WITH_YEAR = `(?:${[...CALENDAR_MONTHS.filter((name) => !ALSO_WORDS.has(name)), ...FOREIGN_MONTH_NAMES.filter((name) => !ALSO_WORDS.has(name)).map((name) => name.replace(/^\p{L}/u, (first) => `[${first}${first.toUpperCase()}]`))].join('|')})`;
/** A calendar's mark after a year: `1445 AH`, `2076 BS`, `2567 BE`, `1370 هـ`. */
const ERA_AFTER = String.raw`(?:\s*(?:AH|A\.H\.|BS|B\.S\.|BE|B\.E\.|VS|V\.S\.|SH|AD|CE|هـ|ه|ق|م)(?![\p{L}]))?`;

/** `(?<![\p{L}\p{N}])`, written once. */
const START = String.raw`(?<![\p{L}\p{N}])`;

interface CalendarRule {
  pattern: RegExp;
  confidence: number;
  reason: string;
  requires: RegExp;
}

const calendarRule = (source: string, confidence: number, reason: string, requires: RegExp): CalendarRule => ({
  pattern: new RegExp(source, 'gu'),
  confidence,
  reason,
  requires,
});

/** Japanese eras and the Republic of China's calendar: `令和6年`, `昭和16年`, `平成元年`, `民國79年`. */
const ERA = '(?:令和|平成|昭和|大正|明治|民國|民国)\\s*(?:\\d{1,2}|元)\\s*年';
const CJK_MONTH = '\\d{1,2}\\s*[月월]';
const CJK_DAY = '\\d{1,2}\\s*[日일]';

const RULES: CalendarRule[] = [
  calendarRule(`${START}((?:\\d{4}\\s*[年년]|${ERA})\\s*${CJK_MONTH}\\s*${CJK_DAY})`, 0.95, 'full date (year, month and day, the CJK way)', /[年년]/u),
  calendarRule(`${START}((?:\\d{4}\\s*[年년]|${ERA})\\s*${CJK_MONTH})(?!\\s*\\d)`, 0.8, 'month and year (the CJK way)', /[年년]/u),
  calendarRule(`(${ERA})(?!\\s*\\d)`, 0.7, 'year of a Japanese or Chinese era', /年/u),
  calendarRule(`${START}((?:19|20)\\d\\d\\s*[年년])(?!\\s*\\d)`, 0.6, 'year (the CJK way)', /[年년]/u),
  calendarRule(`${START}(${CJK_MONTH}\\s*${CJK_DAY})`, 0.7, 'day and month (the CJK way)', /[月월]/u),
  // `15 Rajab 1445`, `15 de março de 2002`, `3. März 2019`: a day, a month name of any calendar, a year of three or four digits.
  calendarRule(`${START}((?:[12]\\d|3[01]|0?[1-9])\\.?\\s*(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+|del\\s+)?\\d{3,4}${ERA_AFTER})(?![\\p{L}\\p{N}])`, 0.95, 'full date (a month of another language or calendar)', /\d\s*\.?\s*\S/u),
  // `Rajab 1445`, `março de 2002`, `มีนาคม 2567`: a month name and a year.
  calendarRule(`${START}(${MONTH_WORD_WITH_YEAR},?\\s+(?:de\\s+|del\\s+)?\\d{4}${ERA_AFTER})(?![\\p{L}\\p{N}])`, 0.8, 'month and year (of another language or calendar)', /\d{4}/),
  // `พ.ศ. 2494`, `1445 AH`, `2076 BS`: a year marked with its calendar.
  calendarRule(`((?:พ\\.ศ\\.|ค\\.ศ\\.|ปี)\\s*\\d{4}|(?<![\\p{L}\\p{N}])\\d{4}\\s*(?:AH|A\\.H\\.|BS|B\\.S\\.|BE|B\\.E\\.|VS|V\\.S\\.|هـ))(?![\\p{L}\\p{N}])`, 0.7, 'year of another calendar', /\d{4}/),
  // Vietnamese: `ngày 5 tháng 3 năm 2019`, `tháng 3 năm 2019`.
  calendarRule(`${START}((?:ngày\\s+\\d{1,2}\\s+)?tháng\\s+\\d{1,2}(?:,)?\\s+năm\\s+\\d{4})(?![\\p{L}\\p{N}])`, 0.9, 'date (Vietnamese)', /tháng/u),
];

/** Dates of other calendars and scripts in `text` (digits already folded to ASCII). */
export function otherCalendarDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { pattern, confidence, reason, requires } of RULES) {
    if (!requires.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const span = match[1];
      const start = match.index + match[0].indexOf(span);
      found.push({ start, end: start + span.length, type: 'DATE', confidence, reason });
    }
  }
  return found;
}
