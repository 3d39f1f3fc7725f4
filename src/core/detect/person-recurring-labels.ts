import { isFieldLabel, isRoleLabel } from '../speaker-roles';
import type { Finding } from '../types';
import { DEMONYMS } from './lexicon/compromise-lexicon';
import { LANGUAGES } from './lexicon/public-names';
import { isCalendarWordInUse } from './person-calendar';

/** `Mere: Kia ora`, `Ember: yeah`: a single capitalised word opening a line as a speaker label. */
const WORD_LABEL = /^[ \t]*(\p{Lu}[\p{Ll}'’-]{2,19}):[ \t]+\S/gmu;

/** Labels of a researcher's notes or a bilingual layout that recur like speakers but are nobody. */
const NOTE_LABELS = new Set(['example', 'prompt', 'probe', 'context', 'tip', 'finding', 'original', 'gloss', 'aside', 'theme', 'quote']);

/** How many turns a word must open before it is read as a speaker's name. */
const MIN_TURNS = 3;

/**
 * A speaker's name that is also an English word (`Ember`, `Mere`), which the per-paragraph parse reads as
 * a form field (`Issue: housing`), is a person where it opens at least three turns of a transcript whose other labels
 * include a named speaker: a field does not alternate with people's turns. Whole-document, so it runs after the chunks.
 */
export function recurringWordLabels(text: string, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.type === 'PERSON' && finding.detector === 'speaker-labels')) return [];
  const starts = new Map<string, number[]>();
  WORD_LABEL.lastIndex = 0;
  for (let match = WORD_LABEL.exec(text); match; match = WORD_LABEL.exec(text)) {
    const name = match[1];
    const start = match.index + match[0].indexOf(name);
    const known = starts.get(name);
    if (known) known.push(start);
    else starts.set(name, [start]);
  }
  const found: Finding[] = [];
  for (const [name, at] of starts) {
    if (at.length < MIN_TURNS || !isSpeakerWord(name)) continue;
    for (const start of at) {
      if (isCalendarWordInUse(text, start, start + name.length)) continue;
      found.push({ start, end: start + name.length, type: 'PERSON', confidence: 0.85, reason: 'a word that opens turns like a named speaker', text: name, detector: 'speaker-labels' });
    }
  }
  return found;
}

function isSpeakerWord(name: string): boolean {
  const lower = name.toLocaleLowerCase();
  return !isRoleLabel(name) && !isFieldLabel(name) && !NOTE_LABELS.has(lower) && !LANGUAGES.has(lower) && !DEMONYMS.has(lower);
}
