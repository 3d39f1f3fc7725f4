/** Digit shapes that are dates or spans of years, so that the phone and ID detectors leave them to the date detector. */

/** `2019-03-14`, `14/03/2019`, `3/14/19`, `14.03.2019` (validated separately). */
export const NUMERIC_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))$/;
/** `1987-1992`, `2010–12`, `2010 - 2012`. */
export const YEAR_RANGE = /^(?:1[89]|20)\d\d ?[-–] ?(?:(?:1[89]|20)\d\d|\d\d)$/;

export function isDateShaped(token: string): boolean {
  return NUMERIC_DATE.test(token) || YEAR_RANGE.test(token);
}
