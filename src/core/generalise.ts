import { ageToRange } from './detect/age-value';
import { parseDateParts } from './detect/date-parse';

/**
 * Generalisation tokens for quasi-identifiers that are better coarsened than pseudonymised: an exact age becomes its
 * decade (`[AGE 40-49]`), an exact date its year or month (`[DATE 2019]`, `[DATE March 2019]`). The token shapes
 * match transcript.ts's REDACTION_TOKEN, so the engine treats them as scaffolding afterwards.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Ages from 90 up are pooled: few people are that old, so an exact decade would still single them out. */
export const OLDEST_BAND = 90;

/** `[AGE 40-49]` for 43; `[AGE 90+]` from 90 up. Throws on an age that is not a whole number from 0 to 130. */
export function generaliseAge(age: number): string {
  if (!Number.isInteger(age) || age < 0 || age > 130) throw new RangeError(`not an age: ${age}`);
  if (age >= OLDEST_BAND) return `[AGE ${OLDEST_BAND}+]`;
  const low = Math.floor(age / 10) * 10;
  return `[AGE ${low}-${low + 9}]`;
}

import type { DateParts } from './detect/date-parse';

export type { DateParts };

export type DatePrecision = 'year' | 'month';

/**
 * `[DATE 2019]`, or `[DATE March 2019]` at month precision. A date without a year keeps only what is safe:
 * its month at month precision (`[DATE March]`), otherwise `[DATE removed]`. The day is never kept.
 */
export function generaliseDate(parts: DateParts, precision: DatePrecision = 'year'): string {
  const month = parts.month !== undefined && parts.month >= 1 && parts.month <= 12 ? MONTHS[parts.month - 1] : undefined;
  const pieces: string[] = [];
  if (precision === 'month' && month) pieces.push(month);
  if (parts.year !== undefined) pieces.push(String(parts.year));
  return pieces.length ? `[DATE ${pieces.join(' ')}]` : '[DATE removed]';
}

/** The generalisation token for an age as written (`43`, `forty-three`, `43-year-old`), or undefined if it is not one. */
export function generaliseAgeText(text: string): string | undefined {
  const range = ageToRange(text);
  return range ? generaliseAge(range.low) : undefined;
}

/** The generalisation token for a date as written (`14 March 2019`, `3/14/19`), or undefined if it is not one. */
export function generaliseDateText(text: string, precision: DatePrecision = 'year'): string | undefined {
  const parts = parseDateParts(text);
  return parts ? generaliseDate(parts, precision) : undefined;
}
