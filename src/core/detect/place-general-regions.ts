import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';
import { ORIGIN_CUE } from './lexicon/cues';

/**
 * Countries, states and provinces are generic places unless someone comes from there (guidelines). A guess that
 * names one for another reason (`New Zealand` read as `New` + a name, like `New Ross`) gives way, unless an origin
 * cue comes before it (`came from New Zealand`).
 */
export function withoutRegionsOfResidence(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => {
    const written = text.slice(guess.start, guess.end);
    // `Danish Sign Language`: a language is no place.
    if (LANGUAGE_NAME.test(written)) return false;
    // `Northern Portugal`, `the West of Ireland`: a part of a country named by its compass point is as general.
    const whole = written.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
    const phrase = COUNTRIES_AND_REGIONS.has(whole) ? whole : whole.replace(COMPASS_PART, ''); // `Western Cape` is listed whole
    if (!COUNTRIES_AND_REGIONS.has(phrase) || REGIONS_NAMED_AS_CITIES.has(phrase)) return true;
    // In lower-case text the origin rules had no capitals to go by and decided alone.
    if (/origin/.test(guess.reason) && !/^\p{Lu}/u.test(written)) return true;
    const before = text.slice(Math.max(0, guess.start - 60), guess.start);
    // `the accident on España`: nobody is on a country; it is the street named for it.
    if (/\bon\s+$/i.test(before)) return true;
    // `from St Catherine, Jamaica`, `from Iloilo, in the Philippines`: the cue may come before the town.
    return ORIGIN_CUE.test(before) || ORIGIN_CUE.test(before.replace(TOWN_BEFORE_REGION, ''));
  });
}

/** A town and a comma or `in` before the region: `St Catherine, `, `Iloilo, in the `. */
// A word may end in a full stop only as an abbreviation (`St.`), not a sentence (`from Strendur. For Denmark`).
const TOWN_BEFORE_REGION = /(?:\p{Lu}(?:[\p{L}\p{M}'’-]*|\p{L}{0,2}\.)\s){0,2}\p{Lu}[\p{L}\p{M}'’-]*(?:,\s*|\s+)(?:in\s+)?(?:the\s+)?$/u;
const COMPASS_PART = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)(?:[- ](?:east|west|eastern|western))?\s+|the\s+(?:north|south|east|west)\s+of\s+)/;
/** States said as often for their city, a town: `transferred to New York`, `moved to Washington`. */
const REGIONS_NAMED_AS_CITIES = new Set(['new york', 'washington']);
const LANGUAGE_NAME = /\b(?:Sign )?Languages?$/;

/** Up to three capitalised words right before ` city`: `Québec`, `New York`, `Panama`. */
const WORDS_BEFORE_CITY = /(?:\p{Lu}[\p{L}\p{M}'’-]* ){0,2}\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** A state or province named with `city` after it is its capital city, a town: `Québec city`, `Kuwait city`. */
export function citiesNamedForRegions(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(' city'); at !== -1; at = text.indexOf(' city', at + 5)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(at + 5))) continue; // `citywide`, `cityscape`
    const before = WORDS_BEFORE_CITY.exec(text.slice(Math.max(0, at - 60), at))?.[0];
    if (!before) continue;
    // `Then New York city`: only the region's own words, not a capital that opened the sentence before it.
    const words = before.split(' ');
    for (let first = 0; first < words.length; first++) {
      const region = words.slice(first).join(' ');
      if (!COUNTRIES_AND_REGIONS.has(region.toLowerCase())) continue;
      found.push({ start: at - region.length, end: at + 5, type: 'LOCATION', confidence: 0.6, reason: 'a state or province named as its city' });
      break;
    }
  }
  return found;
}

/** A home, a shop or an accident `on` a country's name: the street named for it (`the jeepney accident on España`). */
const ON_COUNTRY_STREET = /\b(?:accident|crash|collision|lived|live|lives|living|house|flat|shop|store|stall|apartment|building|corner|office|restaurant|cafe|café|bar)\b[^.!?\n]{0,25}?\bon (\p{Lu}[\p{L}\p{M}]+(?: \p{Lu}[\p{L}\p{M}]+)?)/gu;

export function streetsNamedForCountries(text: string): Candidate[] {
  if (!text.includes(' on ')) return [];
  const found: Candidate[] = [];
  ON_COUNTRY_STREET.lastIndex = 0;
  for (let match = ON_COUNTRY_STREET.exec(text); match; match = ON_COUNTRY_STREET.exec(text)) {
    if (!COUNTRIES_AND_REGIONS.has(match[1].toLowerCase())) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push({ start, end: start + match[1].length, type: 'LOCATION', confidence: 0.55, reason: 'a street named for a country, after "on"' });
  }
  return found;
}

