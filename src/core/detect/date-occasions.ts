/**
 * The day of one event in the story: a holiday that is someone's birthday (`turning ninety on Madaraka Day`), a month in another language (`em março`, `in Mart`), and what is NOT one: a device's message stamp
 * (`Voicemail · 0:42 · Tue Mar 4`).
 */
import { textAfter, textBefore } from './pattern-context';

/** "turn forty-five on Halloween", "born on Heritage Day": "on" ties a birthday or a death to the holiday. */
const LIFE_EVENT = /\b(?:birthday|born|turn(?:s|ed|ing)?|died|passed|married|wedding|due|funeral|buried)\b/i;

/**
 * True when the holiday at `start` is the day of a birth, a birthday or a death (`turn forty-five on Halloween`): then
 * it gives a day and month of someone's life. "since Christmas" and "after Eid" alone are left as time words, as the
 * annotated sets (all but one) treat them.
 */
export function isAnchoredHoliday(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 30);
  if (!/\b(?:on|at|sa|en|em|am)\s+$/i.test(before)) return false;
  const sentence = (/[^.?!\n]*$/.exec(textBefore(text, start, 120))?.[0] ?? '') + (/^[^.?!\n]*/.exec(textAfter(text, end, 60))?.[0] ?? '');
  return LIFE_EVENT.test(sentence);
}

/** `since Jamhuri Day`, `on Heritage Day`: a named day of one or two capitalised words after a cue of time. */
export const NAMED_DAY = `(?<=\\b(?:[Ss]ince|[Oo]n|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]y)\\s+)((?:\\p{Lu}[\\p{Ll}'’]+\\s+){1,2}Day)(?![\\p{L}])`;

/** Month names of other languages that transcripts keep untranslated (Spanish, Portuguese, French, Italian, German, Dutch, Turkish, Tagalog, Indonesian). */
export const FOREIGN_MONTH_NAMES = [
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'januari', 'februari', 'maart', 'mei', 'augustus',
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
  'pebrero', 'marso', 'abril', 'hunyo', 'hulyo', 'setyembre', 'oktubre', 'nobyembre', 'disyembre', 'maret', 'agustus', 'desember',
];
const FOREIGN_MONTHS = new Set(FOREIGN_MONTH_NAMES);
/** Those that are English words or common names too: only capitalised after an English cue, or after a foreign one. */
export const FOREIGN_MONTHS_ALSO_WORDS = new Set(['mars', 'mart', 'mayo', 'mai', 'mei', 'ekim', 'ocak', 'abril', 'julio', 'mayıs']);
/** A cue of time in English or in the month's own language, then a word. */
const CUE_THEN_WORD =
  /(?<![\p{L}\p{N}])(in|since|until|till|by|from|last|next|early|late|em|en|im|au|desde|hasta|até|seit|bis|sinds|tot|depuis|jusqu['’]à|di|sa|noong|pada|bulan)\s+(\p{L}{3,10})(?![\p{L}\p{N}])/giu;
const ENGLISH_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'last', 'next', 'early', 'late']);
/** Also a place English speakers name (`in Mayo`, the Irish county; `Mayo` the clinic): a month after an English cue only with a day or year. */
const ENGLISH_PLACE_TOO = new Set(['mayo']);
const DAY_OR_YEAR_AFTER = /^,?\s+\d{1,4}\b/;

/** `faço trinta em março`, `she will come in Mart`, `seit März`: a month named in another language after a cue of time. */
export function foreignMonths(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  CUE_THEN_WORD.lastIndex = 0;
  for (let match = CUE_THEN_WORD.exec(text); match; match = CUE_THEN_WORD.exec(text)) {
    const word = match[2];
    const key = word.toLowerCase();
    if (!FOREIGN_MONTHS.has(key)) continue;
    const english = ENGLISH_CUES.has(match[1].toLowerCase());
    if (FOREIGN_MONTHS_ALSO_WORDS.has(key) && english && (!/^\p{Lu}/u.test(word) || key === 'mars')) continue;
    const start = match.index + match[0].length - word.length;
    if (english && ENGLISH_PLACE_TOO.has(key) && !DAY_OR_YEAR_AFTER.test(textAfter(text, start + word.length, 8))) continue;
    found.push({ start, end: start + word.length });
    CUE_THEN_WORD.lastIndex = start;
  }
  return found;
}

/** `15 octobre`, `3 de mayo de 2019`, `1er mars`, `15. Oktober`: a day and a month named in another language. */
const DAY_THEN_WORD = /(?<![\p{L}\p{N}.,:/-])((?:[12]\d|3[01]|0?[1-9])(?:er|º|°)?\.?)\s+(?:de\s+)?(\p{L}{3,10})(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?(?![\p{L}\p{N}])/giu;

/** A day and a month of another language (`by 15 octobre`, `el 3 de mayo`); not `3 Mars bars`. */
export function foreignDaysOfMonths(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  DAY_THEN_WORD.lastIndex = 0;
  for (let match = DAY_THEN_WORD.exec(text); match; match = DAY_THEN_WORD.exec(text)) {
    const key = match[2].toLowerCase();
    if (!FOREIGN_MONTHS.has(key)) continue;
    if (FOREIGN_MONTHS_ALSO_WORDS.has(key) && /^\s*bars?\b/i.test(textAfter(text, match.index + match[0].length, 6))) continue;
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const WEEKDAY_ABBREVIATION_BEFORE = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+(?:\d{1,2}[ \t]+)?$/;
const CLOCK_OR_DURATION = /\d{1,2}:\d{2}/;

/**
 * `Voicemail from (718) 555-0163 · 0:42 · Tue Mar 4`, `Missed call · Mon 12 Feb · 14:05`: the date a phone or an app
 * writes on each message of a list, beside a time or a duration, with no year: a timestamp, not an occasion.
 */
export function isMessageStamp(text: string, start: number, end: number): boolean {
  if (!WEEKDAY_ABBREVIATION_BEFORE.test(textBefore(text, start, 11))) return false;
  // The line around it, within a short window (a header line is short; a megabyte-long line is not scanned).
  const line = /[^\n]*$/.exec(textBefore(text, start, 80))![0] + /^[^\n]*/.exec(textAfter(text, end, 80))![0];
  return /[·|•]/.test(line) && CLOCK_OR_DURATION.test(line);
}
