import { isCommonWord } from './detect/lexicon/english-words';
import { neverSharedAcrossCorpus } from './never-shared';
import type { Finding, FindingType, KnownForm } from './types';

/** Types whose confident forms are worth flagging across the whole corpus. */
const SHARED_TYPES: ReadonlySet<FindingType> = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);
export const CONFIRMED_MIN_CONFIDENCE = 0.8;
const ORDINARY_PHRASE_MIN_CONFIDENCE = 0.85;

/**
 * Corpus-level consistency, pass one to pass two: the confident PERSON/LOCATION/ORGANIZATION forms found in any
 * document, to pass back as `options.knownForms` so a name found in one transcript is flagged in all of them.
 * Known forms match in any case, so single ordinary English words (`Joy`, `Mark`) are left to each document's own
 * context cues rather than flagged everywhere.
 */
export function confirmedForms(findingsPerDoc: readonly (readonly Finding[])[]): KnownForm[] {
  const byForm = new Map<string, KnownForm>();
  for (const findings of findingsPerDoc) {
    for (const finding of findings) {
      if (!SHARED_TYPES.has(finding.type) || finding.confidence < CONFIRMED_MIN_CONFIDENCE) continue;
      const form = finding.text.trim().replace(/\s+/g, ' ');
      const key = form.toLocaleLowerCase();
      if (form.length < 2) continue;
      const known = byForm.get(key);
      if (known) {
        // The first spelling and type stay; a surer finding of the same form raises the evidence.
        known.confidence = Math.max(known.confidence ?? 0, finding.confidence);
        continue;
      }
      if (!/\s/.test(form) && isCommonWord(key)) continue;
      // A phrase of ordinary words (`Housing Pathways`) is a name only by its context there; it needs a stronger
      // finding (a suffix, a label) before it is flagged in every other transcript.
      if (finding.confidence < ORDINARY_PHRASE_MIN_CONFIDENCE && form.split(' ').every((word) => isCommonWord(word.toLocaleLowerCase()))) continue;
      if (neverSharedAcrossCorpus(form, finding.type)) continue;
      // Flagged elsewhere no more surely than it was found here: the evidence is this finding's.
      byForm.set(key, { form, type: finding.type, confidence: finding.confidence });
    }
  }
  return [...byForm.values()].sort((a, b) => a.form.localeCompare(b.form));
}
