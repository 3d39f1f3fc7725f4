import type { Candidate, DetectionContext } from './detector';
import { overlapsAny } from '../spans';

/**
 * A surname after `mr` or `mrs` in a lower-case caption, even one that is a word: `from mr lam`, `old mrs park`,
 * `mr brown said`. The title in lower case is only ever a title, so what follows is a name unless it is a
 * function word or a stock phrase (`mr right`, `mrs nobody`).
 */
export function lowerCaseTitledNames({ text, structure }: DetectionContext): Candidate[] {
  if (!text.includes('mr')) return [];
  const found: Candidate[] = [];
  LOWER_TITLE.lastIndex = 0;
  for (let match = LOWER_TITLE.exec(text); match; match = LOWER_TITLE.exec(text)) {
    if (NOT_SURNAMES.has(match[2])) continue;
    const start = match.index;
    const end = match.index + match[0].length;
    if (overlapsAny(structure.protectedSpans, start, end)) continue;
    found.push({ start, end, type: 'PERSON', confidence: 0.8, reason: 'a name after "mr" or "mrs" in lower-case text' });
  }
  return found;
}

const LOWER_TITLE = /(?<![\p{L}\p{M}])(mrs?)\.? ([a-z][a-z'’-]{1,20})(?![\p{L}\p{M}])/gu;
const NOT_SURNAMES = new Set(
  `and or the a an to of in on at is was are were be said says and who when how so i you he she it we they his her my
  your our their this that with for from by as but not no yes right nobody somebody someone whoever big fix clean
  bean man president speaker chairman chair`.split(/\s+/),
);
