import { matchAll, type Candidate, type DetectionContext } from './detector';
import { overlapsAny } from '../spans';

/**
 * `Ms F0ng`, `Mr S1ngh`, `Mrs Pate1`, `Dr Ng0`: a scanned form's name after a title, where OCR read a letter as the
 * digit it looks like (`0` for O, `1` for l or I, `5` for S, `8` for B). A capital, letters and at least one such digit
 * inside or at the end of the word: no code or number has that shape after a title.
 */
const OCR_NAME_AFTER_TITLE =
  /(?<![\p{L}\p{M}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mister|Madam|Sr|Sra)\.? (\p{Lu}(?=[\p{L}015]*\p{Ll})(?=[\p{L}]*[015])[\p{L}015]{1,18}\p{L}?)(?![\p{L}\p{M}\p{N}])/gu;

export function ocrDamagedNames({ text, structure }: DetectionContext): Candidate[] {
  if (!/[A-Za-z][015]|[015][a-z]/u.test(text)) return []; // most text has no digit beside a letter
  return matchAll(text, OCR_NAME_AFTER_TITLE, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    // At least two letters around the digits, so `Dr C1` (a grade, a room) stays out.
    if ((match[1].match(/\p{L}/gu) ?? []).length < 2 || overlapsAny(structure.protectedSpans, start, end)) return undefined;
    return { start, end, type: 'PERSON', confidence: 0.85, reason: 'a name after a title with a digit OCR read for a letter' };
  });
}
