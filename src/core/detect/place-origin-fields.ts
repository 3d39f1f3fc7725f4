/**
 * The origin a form or catalogue records: `Place of birth: Baidoa, Bay Region, Somalia`, `6. Country of birth: China
 * (Taishan, Guangdong)`, `| Birthplace | Anogeia, Crete, Greece |`, `Arrived UK: 2004, via Nairobi`, `Came to US:
 * 1974, from Busan via Honolulu`, `Lieu de naissance : Jacmel`. The field says the value is where someone comes from,
 * so every place in it is a quasi-identifier, the country included (GUIDELINES: country of origin of someone living
 * elsewhere). After an arrival field only the places after `from` or `via` count: the rest is where they live now.
 */
import type { Candidate } from './detector';

const BIRTH_LABELS =
  'place of birth|birth ?place|born(?: in| at)?|country of (?:birth|origin)|(?:place|region) of origin|origin|home ?town|home village|native (?:place|village|town|country)|' +
  'lugar de nacimiento|pa[ií]s de (?:origen|nacimiento|origem|nascimento)|naturalidade|local de nascimento|terra natal|' +
  'lieu de naissance|pays d[\'’](?:origine)|pays de naissance|ville natale|geburtsort|geburtsland|herkunftsland|herkunft|heimatort|' +
  'luogo di nascita|paese d[\'’]origine|paese di (?:origine|nascita)|miejsce urodzenia|kraj pochodzenia';
const ARRIVAL_LABELS = 'arrived|arrival|came|emigrated|migrated|immigrated|entered|resettled|llegada|lleg[oó]|chegada|chegou|arrivée|arriv[ée]e?|einreise|eingereist';

/**
 * One field a line: numbering, bullets, Markdown emphasis and table bars allowed before the label; up to two words
 * after an arrival label (`Arrived Australia`, `Came to US`); a colon or a table bar before the value.
 */
const FIELD = new RegExp(
  `^[ \\t>*#|-]*(?:\\d{1,2}[.)][ \\t]*)?\\**[ \\t]*(?:(${BIRTH_LABELS})|(${ARRIVAL_LABELS})(?:[ \\t]+[\\p{L}.]+){0,2})\\**[ \\t]*(?::|\\|)[ \\t]*\\**[ \\t]*([^\\n|]{1,160})`,
  'gimu',
);
/** A cheap first test for any of the labels' stems. */
const MENTIONS_FIELD = /birth|born|origin|home ?town|native|nacimiento|origen|origem|nascimento|naturalidade|natal|naissance|geburt|herkunft|heimat|nascita|urodzenia|pochodzenia|arriv|came|migrated|entered|resettled|lleg|cheg|einreise|eingereist/i;
/** Where an arrival field's places start: the places someone came from or through. */
const FROM_OR_VIA = /\b(?:from|via|through|desde|depuis|über|aus|vía)\s+/giu;
/** Items of a value: commas, semicolons, brackets, slashes, dashes between spaces, and the joining words of a route. */
const ITEM_SPLIT = /[,;()/]|\s[-–—]\s|\s(?:via|from|then|through|and|y|e|et|und|desde|depuis|über)\s/gu;
/** A place: capitalised words, with the small words of place names between them (`Nossa Senhora do Monte`). */
const PLACE_ITEM =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:do|da|de|dos|das|del|di|du|la|le|el|al|of|upon|on|am|an|der|sur|en)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** Answers and words that are no place. */
const NOT_PLACES = /^(?:y|n|yes|no|unknown|not\s+(?:known|stated|given)|n\/a|na|none|other|tbc|same|see\s+notes?|january|february|march|april|may|june|july|august|september|october|november|december|approx\.?|circa|c\.)$/i;

export function originFields(text: string): Candidate[] {
  if (!MENTIONS_FIELD.test(text) || !/[:|]/.test(text)) return [];
  const found: Candidate[] = [];
  FIELD.lastIndex = 0;
  for (let line = FIELD.exec(text); line; line = FIELD.exec(text)) {
    const value = line[3];
    const valueStart = line.index + line[0].length - value.length;
    let from = 0;
    if (line[2] !== undefined) {
      FROM_OR_VIA.lastIndex = 0;
      const cue = FROM_OR_VIA.exec(value);
      if (!cue) continue;
      from = cue.index + cue[0].length;
    }
    found.push(...placesIn(value, valueStart, from));
  }
  return found;
}

function placesIn(value: string, valueStart: number, from: number): Candidate[] {
  const found: Candidate[] = [];
  let itemStart = from;
  ITEM_SPLIT.lastIndex = from;
  for (;;) {
    const separator = ITEM_SPLIT.exec(value);
    const itemEnd = separator ? separator.index : value.length;
    const raw = value.slice(itemStart, itemEnd);
    const item = raw.trim().replace(/[.*]+$/u, '');
    if (item && PLACE_ITEM.test(item) && !NOT_PLACES.test(item)) {
      const start = valueStart + itemStart + raw.indexOf(item);
      found.push({ start, end: start + item.length, type: 'LOCATION', confidence: 0.7, reason: 'a place of origin in a form field' });
    }
    if (!separator) break;
    itemStart = separator.index + separator[0].length;
  }
  return found;
}
