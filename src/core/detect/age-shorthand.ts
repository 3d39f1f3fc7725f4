/**
 * Ages in the short forms notes and interpreted answers use: a clinician's `77F` / `Pt 82 M`, an age named by its
 * reckoning (`Eighty-two, Korean age`), an age set off by `de` in Portuguese or Spanish (`o meu neto, de nove, ...`),
 * and a Korean number word after "is" in an English sentence (`She is 예순아홉`).
 */
import { koreanWordValue, readNumberWords } from './age-number-reader';
import { NUM } from './age-rules';
import { ageValue } from './age-value';
import type { Candidate } from './detector';
import { textBefore } from './pattern-context';

/** `77F`, `82 M`: an age and a sex letter, opening a note or after `Pt`, `patient`, `a` or a bracket. */
const SEX_SHORTHAND =
  /(?<=(?:^|\n|[.;:(—–]\s*|\b(?:[Pp]t|[Pp]atient|[Cc]lient|[Rr]esident|[Aa]n?|[Ii]s)\s+))(\d{1,3}\s?[FM])(?=[ \t]*(?:[,.;:)]|\r?\n|$)|\s+\p{Ll})/gu;
/** Temperatures written with F: `temp 101F`, `fever of 99 F`. */
const TEMPERATURE_BEFORE = /\b(?:temp|temperature|fever|pyrexi\w*|febrile|°)\b[^.\n]{0,20}$/i;
/** `Eighty-two, Korean age`, `79 in Korean age`, `81 international age`: an age named by how it is counted. */
const RECKONED = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${NUM})(?=,?\\s+(?:in\\s+)?(?:Korean|Chinese|Vietnamese|lunar|Western|western|international|real|actual|official|passport)\\s+(?:age|years)\\b)`,
  'giu',
);
/** `, de nove,`: a number in words set off after `de` between commas, as Portuguese and Spanish give an age. */
const DE_NUMBER = /(?<=,\s*de\s+)(\p{L}+(?:\s+e\s+\p{L}+|\s+y\s+\p{L}+)?)(?=\s*,)/gu;
/** A Korean number word after "is" / "I'm" / "aged" in an English sentence. */
const KOREAN_AFTER_BE = /(?<=\b(?:I['’]m|I am|[Ss]he['’]s|[Hh]e['’]s|[Ss]he is|[Hh]e is|is now|aged|turned|turns)\s+)([\uac00-\ud7af]{2,4})(?=\s*(?:살|세)?\s*[,.;!?]|\s*$|\s+(?:now|this|next)\b)/gu;

export function shorthandAges(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (/\d\s?[FM]\b/.test(text)) {
    SEX_SHORTHAND.lastIndex = 0;
    for (let match = SEX_SHORTHAND.exec(text); match; match = SEX_SHORTHAND.exec(text)) {
      const value = Number(/\d+/.exec(match[1])![0]);
      if (value < 1 || value > 110 || TEMPERATURE_BEFORE.test(textBefore(text, match.index, 40))) continue;
      found.push({ start: match.index, end: match.index + match[1].length, type: 'AGE', confidence: 0.6, reason: 'age: age and sex in a note ("77F")' });
    }
  }
  if (/\sage\b|\syears\b/i.test(text)) {
    RECKONED.lastIndex = 0;
    for (let match = RECKONED.exec(text); match; match = RECKONED.exec(text)) {
      const value = ageValue(match[1]);
      if (value === undefined || value < 1 || value > 110) continue;
      found.push({ start: match.index, end: match.index + match[1].length, type: 'AGE', confidence: 0.6, reason: 'age: an age named by how it is counted ("Korean age")' });
    }
  }
  if (/,\s*de\s/.test(text)) {
    DE_NUMBER.lastIndex = 0;
    for (let match = DE_NUMBER.exec(text); match; match = DE_NUMBER.exec(text)) {
      const read = readNumberWords(text, match.index);
      if (!read || read.ambiguous || read.end !== match.index + match[1].length || read.value < 1 || read.value > 110) continue;
      found.push({ start: read.start, end: read.end, type: 'AGE', confidence: 0.55, reason: 'age: a number set off after "de" ("o meu neto, de nove,")' });
    }
  }
  if (/[\uac00-\ud7af]/u.test(text)) {
    KOREAN_AFTER_BE.lastIndex = 0;
    for (let match = KOREAN_AFTER_BE.exec(text); match; match = KOREAN_AFTER_BE.exec(text)) {
      const value = koreanWordValue(match[1]);
      if (value === undefined || value < 10 || value > 110) continue;
      found.push({ start: match.index, end: match.index + match[1].length, type: 'AGE', confidence: 0.6, reason: 'age: a Korean number after "is" ("She is 예순아홉")' });
    }
  }
  return found;
}
