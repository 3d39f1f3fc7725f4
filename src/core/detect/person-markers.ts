import { matchAll, type Candidate, type DetectionContext } from './detector';
import { overlapsAny } from '../spans';
import { KIN_WORDS, TITLES } from './lexicon/cues';

/**
 * Tagalog marks a person's name with a particle: `si Grace` (subject), `ni Grace` (of, by), `kay Faith` (to, for),
 * `sina`/`nina`/`kina` for several. The particle decides even for a name that is a word or a month (`si May`,
 * `kay Joy`), which capitalisation alone cannot. Looked for only in text with everyday Tagalog words, since `si`, `ni`
 * are words of Spanish, Italian and French too (`si Dios quiere`, `ni Paris ni Lyon`).
 */
const MARKED_NAME = /(?<![\p{L}\p{M}'’-])(?:[Ss]i|[Nn]i|[Kk]ay|[Ss]ina|[Nn]ina|[Kk]ina) (\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{M}])/gu;
const TAGALOG = /(?<![\p{L}])(?:ang|mga|siya|niya|naman|lang|yung|po|daw|kami|tayo|kayo|natin|namin)(?![\p{L}])/u;
/** After a particle, what is not a person: God and saints' feasts, and `Sa`-words used as a second particle. */
const NOT_PERSONS = new Set(['Dios', 'Diyos', 'God', 'Lord', 'Hesus', 'Jesus', 'Kristo', 'Sabado', 'Linggo']);

export function tagalogMarkedNames({ text, structure }: DetectionContext): Candidate[] {
  if (!TAGALOG.test(text)) return [];
  return matchAll(text, MARKED_NAME, (match) => {
    const name = match[1].replace(/['’]s$/u, '');
    if (NOT_PERSONS.has(name.split(' ')[0])) return undefined;
    // `Tama si Tito`, `iconic si Lola`: a respect or kin word alone is how they address the person, not the name.
    const lower = name.toLocaleLowerCase();
    if (!name.includes(' ') && (TITLES.has(lower) || KIN_WORDS.has(lower))) return undefined;
    const start = match.index + match[0].length - match[1].length;
    const end = start + name.length;
    if (overlapsAny(structure.protectedSpans, start, end)) return undefined;
    return { start, end, type: 'PERSON', confidence: 0.85, reason: 'a name after a Tagalog person marker (si, ni, kay)' };
  });
}
