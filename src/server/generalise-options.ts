/** Coarser values a quasi-identifier can be replaced with instead of a pseudonym: an age's decade, a date's year. */
import { ageToRange } from '../core/detect/age';
import { parseDateParts } from '../core/detect/date-parse';
import { generaliseAge, generaliseDate } from '../core/redact';
import type { FindingType } from '../core/types';

export function generaliseOptions(type: FindingType, text: string): string[] {
  if (type === 'AGE') {
    const range = ageToRange(text);
    return range ? [generaliseAge(range.low)] : [];
  }
  if (type === 'DATE') {
    const parts = parseDateParts(text);
    if (!parts) return [];
    const options: string[] = [];
    if (parts.year !== undefined) options.push(generaliseDate(parts, 'year'));
    if (parts.month !== undefined) options.push(generaliseDate(parts, 'month'));
    return options;
  }
  return [];
}
