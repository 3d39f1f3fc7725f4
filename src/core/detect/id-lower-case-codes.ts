/**
 * Codes of letters and digits written in lower case, as automatic captions and chat write them: `8kjt214` (a plate),
 * `mc-0392218` (a consular ID), `91843207a`, `wc-2022-118734` (a claim). Only what no word, unit or model name is:
 * five digits or more beside a letter, or letters and digits interleaved with three digits or more.
 */
import type { Candidate } from './detector';

const LOWER_CODE = /(?<![\p{L}\p{N}_@/.,$£€+'’#-])[a-z0-9]+(?:-[a-z0-9]+){0,5}(?![\p{L}\p{N}_@/-]|[.,]\p{N})/gu;
/** A number with its unit, ordinal or time (`20000km`, `1990s`, `9am`, `100mg`, `3rd`): a quantity, not a code. */
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|s|am|pm|k|km|kg|mg|mcg|ml|g|m|cm|mm|lb|lbs|x|yo|yrs?|hrs?|mins?|secs?|gb|mb|tb|kb|mph|kph|kw|kwh|v|w|hz|mhz|ghz|p|ft|in|mi|oz)$/;
/** `4258e3d0-8fd0-434c-b437-…`: a caption's cue identifier (a UUID), not anyone's number. */
const UUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/;
/** `12jan2020`, `3mar24`: a date written without spaces. */
const SQUASHED_DATE = /\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\d/;

export function lowerCaseCodes(text: string): Candidate[] {
  if (!/[a-z]-?\d|\d-?[a-z]/.test(text)) return [];
  const found: Candidate[] = [];
  LOWER_CODE.lastIndex = 0;
  for (let match = LOWER_CODE.exec(text); match; match = LOWER_CODE.exec(text)) {
    const token = match[0];
    const digits = token.replace(/\D/g, '').length;
    const letters = token.replace(/[^a-z]/g, '').length;
    if (digits < 3 || letters === 0 || NUMBER_WITH_UNIT.test(token) || UUID_START.test(token) || SQUASHED_DATE.test(token)) continue;
    // A word before a number (`version-20240`, `covid-2019`) is no code: codes have short runs of letters.
    if (/[a-z]{5}/.test(token)) continue;
    // Letter and digit runs that alternate at least twice (`8kjt214`, `mc-0392218` is one change): a made code.
    const changes = (token.replace(/-/g, '').match(/[a-z](?=\d)|\d(?=[a-z])/g) ?? []).length;
    if (digits >= 5 || (changes >= 2 && letters >= 2)) {
      found.push({ start: match.index, end: match.index + token.length, type: 'ID', confidence: 0.7, reason: 'code of letters and digits, in lower case' });
    }
  }
  return found;
}
