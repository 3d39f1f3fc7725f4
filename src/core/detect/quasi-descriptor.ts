import type { Candidate } from './detector';
import { peopleAt } from './quasi-community';
import { otherAt } from './quasi-cues';

const REASON = 'participant description (occupation, family or community)';

/**
 * The participant lines of a transcript's header: `R2 – female, 44, widow, dairy and paddy, Kabisthalam`,
 * `P3 (M, 52, retired bus driver)`. After a gender and an age, the short lower-case items are what the study
 * recorded about the person (job, family, faith); a capitalised item is a place or a name, left to those detectors
 * and stepped over, and a clause (`returned to the family farm`) ends the description.
 */
export function findDescriptorItems(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!MENTIONS_AGE_LIST.test(text)) return found;
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor; anchor = ANCHOR.exec(text)) {
    let position = anchor.index + anchor[0].length;
    for (;;) {
      ITEM.lastIndex = position;
      const item = ITEM.exec(text);
      if (!item) break;
      const kind = itemKind(item[1]);
      if (kind === 'clause') break;
      if (kind === 'detail') found.push(otherAt(position, position + item[1].length, 0.4, REASON));
      // A capitalised item is flagged only when it is a people or faith word: `Hamid (38, Afghan, ...)`.
      const people = kind === 'name' ? peopleAt(text, position) : undefined;
      if (people && people.end === position + item[1].length) found.push(otherAt(people.start, people.end, 0.45, REASON));
      position += item[0].length;
    }
  }
  return found;
}

const GENDER = '(?:male|female|man|woman|non-binary|nonbinary|M|F)';
const AGE = '(?:aged?\\s+)?\\d{1,3}s?(?:\\s*(?:years?\\s+old|yrs|y\\.?o\\.?))?';
/** A cheap first test: a number next to a comma or slash. */
const MENTIONS_AGE_LIST = /\d\s*[,/]|[,/]\s*(?:aged?\s+)?\d/;
/** `female, 44, `, `44, female, `, `(M, 52, `, `Hamid (38, ` at the start of a description. */
const ANCHOR = new RegExp(
  `(?<![\\p{L}\\d])(?:${GENDER}\\s*[,/]\\s*${AGE}|${AGE}\\s*[,/]\\s*${GENDER}|(?<=\\p{L}\\s*\\(\\s*)${AGE})\\s*,\\s*`,
  'giu',
);
/** One comma-separated item, up to the next comma, semicolon, bracket or line end. */
const ITEM = /([^,;()\n.]+?)\s*(?:[,;]\s*|(?=[)\n.])|$)/uy;
/** Items that say nothing about the person: `n/a`, `unknown`, another count or gender of a head-count line. */
const EMPTY_ITEM = /^(?:n\/a|na|none|unknown|not\s+stated|other|-+|\d+|male|female|man|woman|m|f)$/i;
const CLAUSE_WORDS = new Set('to the in at on for with from by who which that was is has had'.split(' '));

/** A detail to flag, a name, place or empty item to step over, or a clause that ends the description. */
function itemKind(item: string): 'detail' | 'name' | 'clause' {
  const words = item.trim().split(/\s+/);
  if (words.length > 5 || item !== item.trimStart() || words.some((word) => CLAUSE_WORDS.has(word.toLowerCase()))) return 'clause';
  if (EMPTY_ITEM.test(item.trim())) return 'name';
  // A place or a name (`Kabisthalam`), but not an acronym before a job (`HR manager`).
  if (/^\p{Lu}/u.test(words[0]) && !(/^\p{Lu}{2,5}$/u.test(words[0]) && words.length > 1)) return 'name';
  return 'detail';
}
