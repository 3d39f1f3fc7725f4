/**
 * An age said as a sentence of its own in a round of introductions: `Cash. Cassius Whitebrook, but if you call me
 * Cassius I'll walk out. Thirty-eight. I'm a shearing contractor`, `Everybody does call me Sonny. Seventy-five.`
 * A number alone is an age only after the speaker has just introduced themselves (or someone, by full name) nearby.
 */
import { NUM } from './age-rules';
import { ageValue } from './age-value';
import type { Candidate } from './detector';
import { KIN_WORDS } from './lexicon/cues';

/** Relations, capitalised as a sentence of one word says them: `Grandmother.` */
const KIN_CAPITALISED = [...KIN_WORDS].filter((word) => /^[a-z-]+$/.test(word)).map((word) => word[0].toUpperCase() + word.slice(1)).join('|');

/** A number (in figures or words) that is a whole sentence, optionally with `now`: `Sixty-one.`, `Forty-four now!`. */
const NUMBER_SENTENCE = new RegExp(`(?<=(?:^|[.!?][ \\t]+|\\n[ \\t]*|[:>][ \\t]*)(?:(?:[Oo]nly|[Jj]ust|[Bb]arely|[Nn]early|[Aa]lmost)[ \\t]+)?)(${NUM})(?=(?:[ \\t]+now)?[ \\t]*[.!](?:[ \\t]|\\r?\\n|$))`, 'gu');
/** What a speaker says introducing themselves, a little before the number. */
const INTRODUCTION =
  /\b(?:I['’]m|I am|my name(?:['’]s| is)|name['’]s|call(?:s)? me|I['’]ll start|on the birth certificate|me first|introduce myself|new (?:patient|client|resident|admission|referral))\b/i;
/**
 * Or a person's full name as the sentence just before, perhaps with the name they go by after it (`Alisha D'Costa.
 * Only 34.`, `Walter Renwick. Wattie. Seventy-six.`), or a relation said alone (`Grandmother? Grandmother. Eighty-seven.`).
 */
const NAME_SENTENCE_BEFORE = new RegExp(
  `(?:(?:^|[.!?:][ \\t]+|\\n[ \\t]*)\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]+\\.(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+\\.)?|(?:^|[.!?:\\]][ \\t]+|\\n[ \\t]*)(?:${KIN_CAPITALISED})\\.)[ \\t]+(?:(?:[Oo]nly|[Jj]ust|[Bb]arely|[Nn]early|[Aa]lmost)[ \\t]+)?$`,
  'u',
);
/**
 * A turn that opens with the speaker's own name, in a round of introductions: `BROOK: Brook, no E. Sixteen.`, `DENIS:
 * Denis. Fifteen.`, `ŽANETA: Žaneta, but everyone says Zanny. Fourteen.` Young people introduce themselves so too,
 * so a teenager's age counts here.
 */
const OWN_NAME_TURN_BEFORE = /(?:^|\n)[ \t>*_]*(\p{Lu}[\p{L}\p{M}'’-]*)[*_]*:[*_]*[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?:,[^.!?\n]{1,40})?\.[ \t]+$/u;
/** True when the turn's label is the name its speaker opens with (`DENIS: Denis.`): not `MOD: Okay.` */
function opensWithOwnName(before: string): boolean {
  const turn = OWN_NAME_TURN_BEFORE.exec(before);
  return turn !== null && turn[1].toLocaleLowerCase() === turn[2].toLocaleLowerCase();
}
/** How far back, in the turn, the introduction may be. */
const LOOK_BACK = 200;

export function agesInIntroductions(text: string): Candidate[] {
  const found: Candidate[] = [];
  NUMBER_SENTENCE.lastIndex = 0;
  for (let match = NUMBER_SENTENCE.exec(text); match; match = NUMBER_SENTENCE.exec(text)) {
    const value = ageValue(match[1]);
    if (value === undefined || value < 10 || value > 110) continue;
    const before = text.slice(Math.max(0, match.index - LOOK_BACK), match.index);
    const ownNameTurn = opensWithOwnName(before);
    if (value < 16 && !ownNameTurn) continue;
    // `she says I'm number thirty-one. Thirty-one!`: a number echoed is no age.
    if (!(INTRODUCTION.test(before) || NAME_SENTENCE_BEFORE.test(before) || ownNameTurn) || before.toLowerCase().includes(match[1].toLowerCase())) continue;
    found.push({ start: match.index, end: match.index + match[1].length, type: 'AGE', confidence: 0.6, reason: 'age: a number said alone after a speaker introduces themselves' });
  }
  return found;
}
