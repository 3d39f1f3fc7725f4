/**
 * An acronym made of the initials of an organisation named in the same passage is that organisation:
 * `2 RGR, the Royal Gurkha Rifles`, `Kwara Women's Co-operative (KWC)`. The people detector reads a person's initials
 * the same way; an organisation typed as one would otherwise leave its acronym behind.
 */
import type { Candidate } from './detector';

const CAPITALISED_WORD = /^\p{Lu}/u;

export function initialsOfNamedOrganisations(text: string, organisations: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (const organisation of organisations) {
    if (organisation.type !== 'ORGANIZATION' || organisation.confidence < 0.6) continue;
    const words = text.slice(organisation.start, organisation.end).split(/[\s-]+/).filter((word) => CAPITALISED_WORD.test(word));
    if (words.length < 3) continue;
    const initials = words.map((word) => word[0]).join('');
    if (seen.has(initials) || !/^\p{Lu}+$/u.test(initials)) continue;
    seen.add(initials);
    // Declared in brackets after the name (`Yirrilinya Aboriginal Health Service (YAHS)`): sure enough to be spread to
    // the acronym's other mentions in the document and the corpus.
    const declared = text.startsWith(` (${initials})`, organisation.end);
    for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + initials.length)) {
      const end = at + initials.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      found.push({ start: at, end, type: 'ORGANIZATION', confidence: declared ? 0.8 : 0.7, reason: 'initials of an organisation named in this passage' });
    }
  }
  return found;
}
