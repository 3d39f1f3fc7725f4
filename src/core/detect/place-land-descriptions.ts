/**
 * Farmland named by the survey grid rather than by an address: the Canadian prairies' quarter sections
 * (`NE 14-32-22 W3`, `northeast 14-32-22 west of the third`, `the southwest quarter of 8-2-4 West`) and the United
 * States' public land survey (`Section 14, Township 32 North, Range 22 West`). A rural home is found by these as
 * surely as by a street address, so they are locations like one.
 */
import type { Candidate } from './detector';

const QUARTER = String.raw`(?:[NS][EW]|(?:north|south)[- ]?(?:east|west))(?:[- ]quarter)?(?:\s+of)?(?:\s+section)?`;
const MERIDIAN = String.raw`(?:(?:[-\s]+)W\s?\d(?:M)?|\s+west(?:\s+of\s+the\s+(?:first|second|third|fourth|fifth|sixth|[1-6](?:st|nd|rd|th))(?:\s+meridian)?|\s+of\s+the\s+[1-6](?:st|nd|rd|th)?\s+meridian)?)`;
/** A quarter, then section-township-range (`14-32-22`), then its meridian if said. */
const QUARTER_SECTION = new RegExp(String.raw`\b${QUARTER}[\s-]+\d{1,2}-\d{1,3}-\d{1,2}${MERIDIAN}?(?![\p{L}\p{N}])`, 'giu');
/** Section-township-range with its meridian but no quarter: `14-32-22-W3`, `8-2-4 West of the 2nd`. */
const SECTION_WITH_MERIDIAN = new RegExp(String.raw`(?<![\p{L}\p{N}-])\d{1,2}-\d{1,3}-\d{1,2}${MERIDIAN}(?![\p{L}\p{N}])`, 'giu');
/** `Section 14, Township 32 North, Range 22 West`, `Sec. 9 T4N R2W`. */
const PUBLIC_LAND_SURVEY =
  /\b(?:(?:[NS][EW]\s?(?:1\/4|quarter)\s+(?:of\s+)?)?(?:Section|Sec\.?)\s?\d{1,2},?\s+)?(?:Township|Twp\.?|T)\s?\d{1,3}\s?(?:N|S|North|South),?\s+(?:Range|Rng\.?|R)\s?\d{1,3}\s?(?:E|W|East|West)\b/gu;

export function landDescriptions(text: string): Candidate[] {
  if (!/\d-\d|Township|Twp|\bT\s?\d/.test(text)) return [];
  const found: Candidate[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (!found.some((other) => other.start < end && start < other.end)) found.push({ start, end, type: 'LOCATION', confidence: 0.8, reason });
  };
  for (const pattern of [QUARTER_SECTION, SECTION_WITH_MERIDIAN, PUBLIC_LAND_SURVEY]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) add(match.index, match.index + match[0].length, 'farmland named by its survey grid (quarter, section, township, range)');
  }
  return found.sort((a, b) => a.start - b.start);
}
