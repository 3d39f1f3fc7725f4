/**
 * A capitalised word opening a sentence, told of what only a person is or does: `Pita was a quiet man.`, `Pita died
 * at Easter.`, `Sterling passed away last year.`, `Noble was my husband's cousin.` At a sentence's start a capital
 * proves nothing, and a name that is also a word (`pita`, `sterling`) is taken for the word; what is said of it decides.
 */
import type { Candidate, DetectionContext } from './detector';
import { KIN_WORDS, NEVER_NAMES, OPENERS, TITLES } from './lexicon/cues';

const KIN = [...KIN_WORDS].map((word) => word.replace(/-/g, '[- ]')).join('|');
/** A sentence's first word (after a label, a timing line or a full stop), then a predicate only a person takes. */
const OPENING_WORD_WITH_PERSON_PREDICATE = new RegExp(
  `(?<=^|[.!?]["”]?[ \\t]+|\\n[ \\t]*|:[ \\t]+)(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)[ \\t]+` +
    // Not `died down`, `died out`; `passed` only `away` or `on` (`Time passed` is no one).
    `(?:died\\b(?![ \\t]+(?:down|out|off|back|away)\\b)|passed[ \\t]+(?:away|on)\\b|` +
    `(?:was|is)[ \\t]+(?:a|an|such[ \\t]+a)[ \\t]+(?:(?:very|really|quiet|kind|good|lovely|gentle|strong|proud|hard-working|hardworking|funny|tough|big|small|tall|short|old|young|wise|shy|loud)[ \\t]+){0,2}(?:man|woman|person|lady|gentleman|fella|fellow|bloke|guy|girl|boy|soul)\\b|` +
    `(?:was|is)[ \\t]+(?:my|our|his|her|their)[ \\t]+(?:(?:late|older|younger|big|little|best|eldest|youngest)[ \\t]+)?(?:${KIN})\\b)`,
  'gmu',
);

/** Opening words that are no names whatever follows: quantifiers and pronouns (`Nobody died`, `Everyone passed`). */
const NOT_NAMES = new Set(
  'nobody everybody somebody anybody everyone someone anyone noone none nothing everything something anything each all both many most one another other others whoever who which what whatever this that these those it he she they we you there here then now well so and but also still only even just'.split(' '),
);

export function namesOpeningAPersonPredicate({ text }: DetectionContext): Candidate[] {
  if (!/\b(?:died|passed|was|is)\b/.test(text)) return [];
  const found: Candidate[] = [];
  const opening = OPENING_WORD_WITH_PERSON_PREDICATE;
  opening.lastIndex = 0;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const word = match[1];
    const lower = word.toLocaleLowerCase();
    if (NOT_NAMES.has(lower) || OPENERS.has(lower) || NEVER_NAMES.has(lower) || KIN_WORDS.has(lower) || TITLES.has(lower)) continue;
    found.push({ start: match.index, end: match.index + word.length, type: 'PERSON', confidence: 0.7, reason: 'a capitalised word opening a sentence that tells what only a person is or does' });
  }
  return found;
}
