/**
 * Places named in a list after one already found: `Nigerian families from Alief and Mission Bend`, `Hong Kong,
 * Brunei, he went everywhere`, `Kotahena or Grandpass`. The list word carries the place cue of the first item to the
 * next, which may be made of ordinary words (`Mission Bend`, `Sugar Land`) no other rule would take.
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS } from './lexicon/cues';

/** `, `, ` and `, ` or `, `, and ` then one or two capitalised words (read after a place). */
const NEXT_ITEM = /^(?:, (?:and |or )?| (?:and|or|&) )(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=[\s,.;:!?)]|$)/u;
const LIST_MIN_CONFIDENCE = 0.6;

export function placesListedAfter(text: string, places: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const first of places) {
    if (first.type !== 'LOCATION' || first.confidence < LIST_MIN_CONFIDENCE) continue;
    const next = NEXT_ITEM.exec(text.slice(first.end, first.end + 50));
    if (!next) continue;
    const words = next[1].split(/\s/);
    const lowerFirst = words[0].toLowerCase();
    // A person, a weekday, `I`, a nationality or a state after the comma is no further place of the list.
    if (OPENERS.has(lowerFirst) || NEVER_NAMES.has(lowerFirst) || DEMONYMS.has(lowerFirst) || (words.length === 1 && FIRST_NAMES.has(lowerFirst))) continue;
    // `Homestead, Florida`: a state after a town is where the town is, generic (GUIDELINES); a country listed after a
    // country someone went to is another stop of the journey.
    if (COUNTRIES_AND_REGIONS.has(next[1].toLowerCase()) && !COUNTRIES_AND_REGIONS.has(text.slice(first.start, first.end).toLowerCase())) continue;
    const start = first.end + next[0].length - next[1].length;
    if (places.some((other) => other.start < start + next[1].length && start < other.end)) continue;
    found.push({ start, end: start + next[1].length, type: 'LOCATION', confidence: 0.55, reason: 'a place listed after another' });
  }
  return found;
}
