/**
 * Ages in a list of names, each name followed by its age, as field notes and family trees give them: `Grandchildren:
 * Shakira 17, Jaxon 14, Will 9, little Kayden six`. Two names with numbers at least, so `Room 12` or `Bus 47` alone is
 * nothing; and the names must be names, not rooms, wards, routes or dates (`June 14, July 9`).
 */
import type { Candidate } from './detector';
import { NUM } from './age-rules';
import { ageValue } from './age-value';
import { isMonthOrWeekday } from './date-words';
import { isCommonWord } from './lexicon/english-words';
import { FIRST_NAMES, WORD_NAMES } from './lexicon/compromise-lexicon';
import { isGivenName } from './lower-case-entities';

const ITEM = String.raw`(?:(?:little|baby|big|young)\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(${NUM})`;
const SEPARATOR = String.raw`(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)`;
/** A run of two items or more; the items are read again one by one. */
const LIST = new RegExp(`(?<![\\p{L}\\p{N}])${ITEM}(?:${SEPARATOR}${ITEM})+(?=\\s*(?:[.,;:)]|$|\\r?\\n))`, 'gmu');
const ONE_ITEM = new RegExp(`${ITEM}(?![\\p{L}\\p{N}])`, 'gu');
/** A month or weekday (lower case), or a month's short form: `June 14, July 9` are dates. */
const isCalendarWord = (lower: string): boolean => isMonthOrWeekday(lower) || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(lower);

export function agesInNameLists(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\p{Lu}\p{Ll}+\s+\S+(?:\s*[,;]|\s+and\s)/u.test(text)) return found;
  LIST.lastIndex = 0;
  for (let list = LIST.exec(text); list; list = LIST.exec(text)) {
    const items: Array<{ name: string; start: number; end: number }> = [];
    ONE_ITEM.lastIndex = 0;
    for (let item = ONE_ITEM.exec(list[0]); item; item = ONE_ITEM.exec(list[0])) {
      const end = list.index + item.index + item[0].length;
      items.push({ name: item[1].toLowerCase(), start: end - item[2].length, end });
    }
    if (items.length < 2 || items.some(({ name }) => isCalendarWord(name))) continue;
    // Every item a name (`Will` among `Shakira` and `Jaxon`, `Lily`), none an ordinary word only (`Room 12, Ward 7`).
    if (!items.every(({ name }) => !isCommonWord(name) || FIRST_NAMES.has(name) || WORD_NAMES.has(name) || isGivenName(name))) continue;
    if (!items.some(({ name }) => !isCommonWord(name) || FIRST_NAMES.has(name))) continue;
    for (const { start, end } of items) {
      const value = ageValue(text.slice(start, end));
      if (value !== undefined && value >= 0 && value <= 110) found.push({ start, end, type: 'AGE', confidence: 0.6, reason: 'age: a number after each name of a list' });
    }
  }
  return found;
}
