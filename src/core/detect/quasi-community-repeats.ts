/**
 * A people or faith word the transcript ties to someone in the story (`I'm Tongan`, `she's Haitian too`: found by
 * quasi-community.ts) tells that person's community where the transcript says it again of people (`all the
 * Tongans`, `Haitian families`, `Somali taxi drivers`, `a patient, Haitian, like`), so those mentions are flagged too,
 * at a lower confidence, for the reviewer to generalise them alike. Not where the word names a language (`speaks
 * Tongan`, `Tongan words`) nor where it describes a thing (`a Polish agency`, `the Tongan way`).
 */
import type { FormMatcher } from '../propagate';
import { overlapsAny } from '../spans';
import type { TranscriptStructure } from '../transcript';
import type { Finding } from '../types';
import { COMMUNITY_REASON } from './quasi-community';

/** Below the `balanced` setting's cut: a people word said again of a group is weaker evidence than one said of someone. */
const CONFIDENCE = 0.45;
const REASON = 'ethnicity, nationality or faith that this transcript gives a person in the story';

/** A language, not a people, just before: `speaks Somali`, `in Tongan`, `into Ukrainian`, `a bit of Polish`. */
const LANGUAGE_BEFORE =
  /(?:\b(?:speaks?|spoke|speaking|spoken|in|into|learn(?:s|t|ed|ing)?|teach(?:es|ing)?|taught|teacher of|translat(?:e|es|ed|ing)|interpret(?:s|ed|ing)?|fluent|(?:better|good|bad|worse)\\s+at|understands?|understood|read|reads|write|writes|wrote|say(?:s|ing)?|said|called|bit of|word of)\s+(?:(?:a\s+)?(?:little|bit|some|good|better|more|only|mostly|the|broken|proper|basic|fluent|business|medical)\s+)*)$/i;
/**
 * ... or just after: `Tongan words`, `Somali passages`, `Polish and Romanian kept as spoken`, `Ukrainian-speaking`,
 * `my Creole is limited`.
 */
const LANGUAGE_AFTER = new RegExp(
  `^(?:-speaking|\\s+(?:language|languages|words?|phrases?|passages?|names?|for|translation|transliteration|interpretation|version|lessons?|class(?:es)?|course|test|speakers?|given|kept|left|glossed|subtitles|text)\\b|` +
    `(?:,?\\s+(?:and|or)\\s+[\\p{Lu}][\\p{L}\\p{M}]+)+\\s+(?:words|phrases|passages|given|kept|left|glossed|languages)\\b|` +
    `\\s+(?:is|was|isn['’]t|wasn['’]t)\\s+(?:(?:very|so|quite|not|still|a\\s+bit|pretty|too)\\s+)*(?:limited|rusty|good|bad|poor|better|worse|fluent|basic|broken|terrible|perfect|weak|strong)\\b)`,
  'iu',
);
/** People the word describes, right after it (one or two words between): `Tongan men`, `Somali taxi drivers`. */
const PEOPLE_AFTER = new RegExp(
  `^(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,2}?\\s+(?:people|person|persons|folks?|men|man|women|woman|lad(?:y|ies|s)?|guys?|boys?|girls?|kids?|child(?:ren)?|bab(?:y|ies)|famil(?:y|ies)|households?|mothers?|mums?|moms?|fathers?|dads?|parents?|grandparents?|elders?|youths?|teen(?:ager)?s?|students?|patients?|clients?|doctors?|nurses?|teachers?|drivers?|workers?|neighbou?rs?|friends?|couples?|widows?|community|communities)\\b`,
  'u',
);
/** Said of one person by itself: `a patient, Haitian, like Nadège`. */
const PEOPLE_BY_ITSELF = { before: /,\s*$/, after: /^\s*[,.;!?]/ };
/** A caption's cue number and timing line between words of one sentence (`in⏎⏎00:08:04.324 --> 00:08:10.832⏎Somali`). */
const CUE_BREAK = /\n[ \t]*(?:\n[ \t]*)*(?:\d+[ \t]*\n)?[\d:.,]+[ \t]*-->[ \t]*[\d:.,]+[^\n]*\n/g;
/** The line says it lists languages (`Languages: English, Tongan`, `my first language is Mixteco`). */
const LANGUAGE_LINE = /\blanguages?\b[^\n]*$/i;

/** Every other mention of a people or faith word that a finding of quasi-community.ts ties to someone. */
export function communityRepeats(text: string, findings: readonly Finding[], matchForms: FormMatcher, structure: () => TranscriptStructure): Finding[] {
  const forms = new Set<string>();
  // Forms found in lower case (a lower-case transcript): their other mentions need no capital either.
  const lowerCaseForms = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'OTHER' || finding.reason !== COMMUNITY_REASON) continue;
    const form = finding.text.toLocaleLowerCase();
    // The people and one of them: `Travellers`, `Traveller`; `Tongan`, `Tongans`.
    const other = form.endsWith('s') ? form.slice(0, -1) : `${form}s`;
    forms.add(form).add(other);
    if (finding.text === form) lowerCaseForms.add(form).add(other);
  }
  if (forms.size === 0) return [];
  const { protectedSpans, speakers } = structure();
  const added: Finding[] = [];
  for (const { start, end } of matchForms([...forms])) {
    // Capitalised as peoples and faiths are (`Traveller`, not a traveller), unless the form itself was in lower case.
    if (!/^\p{Lu}/u.test(text.charAt(start)) && !lowerCaseForms.has(text.slice(start, end))) continue;
    const overlaps = (span: { start: number; end: number }): boolean => span.start < end && start < span.end;
    if (findings.some(overlaps) || speakers.some(overlaps) || overlapsAny(protectedSpans, start, end)) continue;
    const before = text.slice(Math.max(0, start - 120), start).replace(CUE_BREAK, ' ');
    if (LANGUAGE_BEFORE.test(before) || LANGUAGE_LINE.test(before) || LANGUAGE_AFTER.test(text.slice(end, end + 60))) continue;
    const plural = forms.has(text.slice(start, end).toLocaleLowerCase()) && /s$/i.test(text.slice(start, end)) && !/s$/i.test(text.slice(start, end - 1));
    const ofPeople =
      plural ||
      PEOPLE_AFTER.test(text.slice(end, end + 60)) ||
      (PEOPLE_BY_ITSELF.before.test(text.slice(Math.max(0, start - 3), start)) && PEOPLE_BY_ITSELF.after.test(text.slice(end, end + 3)));
    if (!ofPeople) continue;
    added.push({ start, end, type: 'OTHER', confidence: CONFIDENCE, reason: REASON, text: text.slice(start, end), detector: 'quasi' });
  }
  return added;
}
