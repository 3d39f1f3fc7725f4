import type { Token } from './capitalised';
import type { Candidate } from './detector';
import { isCommonWord as isEnglishWord } from './lexicon/english-words';
import { CITIES, COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';

/**
 * Names in lower-case text (automatic captions) that no list knows and no cue word introduces, found by the place they
 * hold in speech:
 * - a self-introduction at the start of a turn: `ok i'm losana losana fifita`;
 * - the subject of a clause, before what a person does: `>> pita is always on the sideline`;
 * - a list of two or more such words: `all the cousins know mele and ofa and vika`;
 * - a word with a surname's ending wherever it stands: `sorry kováčová`.
 * `isNameWord` says which words may be names (no English word, function word or brand); the caller has checked that
 * the chunk is lower case throughout.
 */
export function namesInLowerCaseSlots(text: string, tokens: readonly Token[], isNameWord: (token: Token) => boolean): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number, confidence: number, reason: string): void => {
    if (!found.some((other) => other.start < end && start < other.end)) found.push({ start, end, type: 'PERSON', confidence, reason });
  };
  const isUnknownName = (token: Token | undefined): token is Token =>
    token !== undefined && isNameWord(token) && !CITIES.has(token.lower) && !COUNTRIES_AND_REGIONS.has(token.lower);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!isUnknownName(token)) continue;
    const before = text.slice(Math.max(0, token.start - 30), token.start);
    const after = text.slice(token.end, token.end + 30);
    if (SURNAME_ENDING.test(token.lower)) {
      add(token.start, token.end, 0.6, "a word with a surname's ending, in lower-case text");
      continue;
    }
    if (INTRODUCTION_BEFORE.test(before) && !STATE_ENDING.test(token.lower)) {
      // The surname too, when it follows (`losana fifita`), and a name said twice as people restart (`losana losana`).
      let last = i;
      while (last - i < 2 && isUnknownName(tokens[last + 1]) && text.slice(tokens[last].end, tokens[last + 1].start) === ' ') last++;
      add(token.start, tokens[last].end, 0.6, 'a word that is no English word, given as a name in a lower-case self-introduction');
      i = last;
      continue;
    }
    if (CLAUSE_OPENS_BEFORE.test(before) && PERSON_ACTS_AFTER.test(after)) {
      add(token.start, token.end, 0.55, 'a word that is no English word, the subject of what a person does, in lower-case text');
      continue;
    }
    const list = listFrom(text, tokens, i);
    if (list.filter((item) => isUnknownName(item)).length >= 2) {
      for (const item of list) add(item.start, item.end, 0.55, 'one of a list of words that are no English words, in lower-case text');
      i = tokens.indexOf(list[list.length - 1]);
    }
  }
  return found;
}

/** Where a turn or clause opens, `i'm` (or `im`, `i am`) and a name: after `>>`, a line start, a greeting or a filler. */
const INTRODUCTION_BEFORE = /(?:^|\n|>>|[.?!,]|\b(?:ok|okay|hi|hello|hey|yes|yeah|so|and|um|uh|well|sorry))[ \t]*,?[ \t]*(?:i['’]m|im|i am)[ \t]+$/u;
/**
 * Endings only surnames have (`kováčová`, `petrović`, `kowalski`, `papadopoulos`, `shevchenko`, `popescu`,
 * `yılmazoğlu`), in a word of six letters or more.
 */
const SURNAME_ENDING = /^\p{L}{3,}(?:ová|ovich|ovych|ovič|evič|evich|ović|ević|enko|escu|opoulos|owski|owska|ewski|ewska|ovski|ovska|oğlu)$/u;
/** After `i'm`, a state said in slang no list has (`knackered`, `gutted`, `skint-ish`), not a name. */
const STATE_ENDING = /(?:ed|ing|ish|ful|less|ous|ly)$/u;
/** Where a clause opens: a turn's start, a line start, or a conjunction. */
const CLAUSE_OPENS_BEFORE = /(?:^|\n|>>)[ \t]*(?:(?:and|but|so|because|cause|cos|then|yeah|yes|ok|okay)[ \t]+)?$/u;
/** What a person does, after the subject. */
const PERSON_ACTS_AFTER =
  /^[ \t]+(?:is always|was always|is never|always|never|still|put|posted|made|told|said|says|came|comes|went|goes|got|gets|rang|texted|called|cried|laughed|works|worked|lives|lived|plays|played|sings|sang|wants|wanted|knows|knew|drives|drove|took|takes|brought|brings)\b/u;

/**
 * The words of a list starting at `tokens[i]` joined by `and` or commas (`mele and ofa and vika`, `mele, ofa and
 * vika`): each a word that is no English word (one of another language may be a name there too). Empty when no word
 * follows the first.
 */
function listFrom(text: string, tokens: readonly Token[], i: number): Token[] {
  const items: Token[] = [tokens[i]];
  let at = i;
  while (items.length < 6) {
    const joiner = tokens[at + 1];
    const between = joiner ? text.slice(tokens[at].end, joiner.start) : '';
    if (joiner && joiner.lower === 'and' && between === ' ' && tokens[at + 2] && text.slice(joiner.end, tokens[at + 2].start) === ' ') {
      at += 2;
    } else if (joiner && between === ', ') {
      at += 1;
    } else break;
    const item = tokens[at];
    if (!/^\p{Ll}+$/u.test(item.text) || item.text.length < 3 || isEnglishWord(item.lower)) break;
    items.push(item);
  }
  return items.length >= 2 ? items : [];
}
