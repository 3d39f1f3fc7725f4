/** How a person's name is written as initials: `Renata Sousa-Lima` is `RS` or `RSL`, `Maria da Luz Gomes` is `MLG`. */
import { isHyphenatedEastAsianGivenName } from './person-east-asian-names';

/** A capitalised name word, with one more capital inside as in `McInnes`, `MacLeod`, `O'Brien`, `LeBlanc`. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u;
const INITIAL_WORD = /^\p{Lu}\.$/u;
/** Titles, which give no initial: `Sergeant Tomas Kervin` is `TK`. */
const TITLE_WORDS = new Set(
  `dr mr mrs ms mx prof rev fr sr sis sister bro father elder officer nurse judge auntie aunty uncle cllr councillor
  councilor revd pastor canon rabbi imam professor doctor sgt sergeant capt captain cpl lt col mayor coach sir dame`.split(/\s+/),
);
/** A title written with a full stop (`MUDr.`, `Ing.`, `Mgr.`, `Dr.`): no initial. */
const DOTTED_TITLE = /^\p{Lu}\p{L}{0,4}\.$/u;
/** Particles inside a name that its initials may leave out: `Maria da Luz Gomes` is `MLG`, `Aroha Te Whata` is `AW`. */
export const NAME_PARTICLES = new Set(
  'da de do dos das del della di du van von der den al el la le y e te ap bin binti ibn'.split(' '),
);
/** Capitals that are words or everyday abbreviations, never read as initials without a name beside them. */
const EVERYDAY_CAPITALS = new Set(
  `ok tv us uk usa eu un id am pm gp nhs aob asap tbc tba fyi ceo cfo hr pa pe re as at be by do go he if in is it me my
  no of on or so to up we an ah oh uh um ha hi yo ex vs etc dj mc pc bc dc la ny nz sa pr ps pto ooo eta nb cv
  mp bbc itv dna hiv gcse ba bsc ma msc phd md rn ic ae`.split(/\s+/),
);

export function isEverydayCapitals(capitals: string): boolean {
  return EVERYDAY_CAPITALS.has(capitals.toLowerCase());
}

function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/u, '')) || DOTTED_TITLE.test(word);
}

const hyphenParts = (word: string): string[] => word.split(/[-‐]/u).filter((part) => /^\p{Lu}/u.test(part));

/**
 * The initials a full name found alone may be written as: `Renata Sousa-Lima` is `RSL` (and `RS`), `Maria da Luz
 * Gomes` is `MLG`, `MUDr. Alena Dvořáková` is `AD`. Only names of two to four capitalised words count.
 */
export function initialsOfName(name: string): string[] {
  // `D. Oyelaran` is `DO`: a lone capital with a full stop is an initial, not a title like `Dr.`.
  const words = name.split(/[ \t]+/u).filter((word) => INITIAL_WORD.test(word) || (!isTitle(word) && !NAME_PARTICLES.has(word)));
  if (words.length < 2 || words.length > 4 || words.every((word) => INITIAL_WORD.test(word))) return [];
  if (!words.every((word) => INITIAL_WORD.test(word) || word.split(/[-‐]/u).every((part) => NAME_WORD.test(part)))) return [];
  const whole = words.map((word) => word[0]).join('');
  const parts = words.flatMap(hyphenParts).map((part) => part[0]).join('');
  return parts === whole ? [whole] : [whole, parts];
}

/**
 * True when the document may give `initials` for the name `words` beside them: the initials of all its capitalised
 * words or of their parts (`Sergeant Tomas Kervin (STK)`, `Renata Sousa-Lima (RSL)`), its initials as a name alone
 * (`MUDr. Alena Dvořáková = AD`), or those with a capitalised particle left out (`Aroha Te Whata (chair, AW)`) or
 * opening the surname (`AT`).
 */
export function mayBeDeclaredInitialsOf(initials: string, words: readonly string[]): boolean {
  const initialsOf = (kept: readonly string[]): string => kept.map((word) => word[0]).join('');
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  if (initialsOf(capitalised) === initials || initialsOf(capitalised.flatMap(hyphenParts)) === initials) return true;
  if (initialsOfName(words.join(' ')).includes(initials)) return true;
  // `Jae-min Park (JM)`, `Seo-yeon Kim (SYK)`: each syllable of a Korean or Chinese given name gives an initial.
  const syllableInitials = (word: string): string => word.split(/[-‐]/u).map((part) => part[0].toUpperCase()).join('');
  const given = capitalised.findIndex(isHyphenatedEastAsianGivenName);
  if (given >= 0 && [syllableInitials(capitalised[given]), initialsOf(capitalised.slice(0, given)) + capitalised.slice(given).map(syllableInitials).join('')].includes(initials)) return true;
  const named = words.filter((word) => !isTitle(word));
  if (named.length < 2 || named.length > 4 || !named.every((word) => NAME_WORD.test(word))) return false;
  const isParticle = (word: string): boolean => NAME_PARTICLES.has(word.toLowerCase());
  return (
    initialsOf(named.filter((word) => !isParticle(word))) === initials ||
    initialsOf(named.filter((_word, index) => index === 0 || !isParticle(named[index - 1]))) === initials
  );
}
