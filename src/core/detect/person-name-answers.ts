/**
 * A name given as the answer to a question about it in the turn before: "Can I get your name?" / "Just Bill is
 * fine."; "What was her name?" / "Maureen."; "Faith, Hope, and who's the other one?" / "Grace." The answer is a turn
 * of its own, with no cue in it, so only the whole document shows question and answer together; a name that is also
 * a word (`Bill`, `Grace`) is found only this way.
 */
import type { Finding } from '../types';
import { answerTurnsAfter } from './age-answer';
import { isCommonWord } from './lexicon/english-words';
import { OPENERS } from './lexicon/cues';
import { lowerCaseNameAt } from './person-context';

const NAME_QUESTION = new RegExp(
  String.raw`\b(?:(?:get|have|take|grab|know|ask|tell me|give me|say|state|spell)\s+(?:your|ya|yer)\s+(?:full\s+|first\s+)?name` +
    String.raw`|what(?:['’]s|\s+is|\s+was)\s+(?:your|his|her|their|(?:your|the)\s+\p{L}+['’]s)\s+(?:full\s+|first\s+)?name|your\s+name,?\s+(?:please|for the record)` +
    String.raw`|who['’]s\s+the\s+other\s+one|who\s+(?:is|was)\s+the\s+other\s+one` +
    String.raw`|who\s+(?:am\s+I|are\s+we)\s+(?:speaking|talking)\s+(?:to|with)|who['’]s\s+(?:this|speaking)` +
    String.raw`|what\s+(?:do|should|can|shall)\s+(?:I|we)\s+call\s+you|(?:and\s+)?you\s+are|introduce\s+yourself)(?![\p{L}])[^\n?]{0,30}\?`,
  'giu',
);
/** Turns after the question in which its answer is looked for ("Sure." / "It's Marta."). */
const ANSWER_TURNS = 2;
/** Words an answer may open with before the name: "Um, just Bill", "It's Marta", "My name's Kwame". */
const ANSWER_LEAD =
  /^(?:(?:um+|uh+|erm+|er|oh|ah|yeah|yes|sure|okay|ok|right|well|so|it['’]s|it is|just|I['’]m|I am|my name['’]s|my name is|the name['’]s|call me|they call me|everyone calls me|people call me|this is)[,.]?\s+)*/iu;
const NAME_WORD = /^[\p{L}][\p{L}\p{M}'’-]{1,24}(?![\p{L}\p{M}])/u;
/** A capitalised second or third word of the name (`Marta Kowalska`). */
const MORE_CAPITALISED = /^ (\p{Lu}[\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/u;
/** The answer is the name alone, or the name and a short courtesy: "Bill is fine.", "Marta, please", "Dev here". */
const ANSWER_ENDS = /^\s*(?:[.,!?;…—–]|-\s|$|is fine\b|is good\b|will do\b|please\b|thanks\b|thank you\b|here\b|speaking\b)/iu;

/** The names answering each "Can I get your name?" in `text`, that no finding covers yet. */
export function nameAnswersAcrossTurns(text: string, existing: readonly Finding[]): Finding[] {
  if (!/\bname\b|\bcall you\b|\byou are\b|\bspeaking\b|\byourself\b|\bother one\b/i.test(text)) return [];
  const found: Finding[] = [];
  NAME_QUESTION.lastIndex = 0;
  for (let question = NAME_QUESTION.exec(text); question; question = NAME_QUESTION.exec(text)) {
    const name = answerAfter(text, question.index + question[0].length);
    if (!name || [...existing, ...found].some((other) => other.start < name.end && name.start < other.end)) continue;
    found.push(name);
  }
  return found;
}

/** The name opening the first speech turn after `questionEnd` that answers with one. */
function answerAfter(text: string, questionEnd: number): Finding | undefined {
  for (const words of answerTurnsAfter(text, questionEnd, ANSWER_TURNS, 10)) {
    const name = nameOpening(text, words.start, words.end);
    if (name) return name;
  }
  return undefined;
}

function nameOpening(text: string, answerStart: number, answerEnd: number): Finding | undefined {
  const answer = text.slice(answerStart, answerEnd);
  const lead = ANSWER_LEAD.exec(answer)?.[0] ?? '';
  const word = NAME_WORD.exec(answer.slice(lead.length))?.[0];
  if (!word) return undefined;
  const start = answerStart + lead.length;
  const reason = 'the answer to a question about a name ("Can I get your name?") in the turn before';
  const first = lowerCaseNameAt(text, start, word, reason, 0.8, true);
  if (!first) return undefined;
  let end = first.end;
  // A capitalised given name may go on with a capitalised surname no list knows.
  if (/^\p{Lu}/u.test(word)) {
    for (let more = MORE_CAPITALISED.exec(text.slice(end, answerEnd)), words = 1; more && words < 3; more = MORE_CAPITALISED.exec(text.slice(end, answerEnd)), words++) {
      const lower = more[1].toLocaleLowerCase();
      if (OPENERS.has(lower) || isCommonWord(lower)) break;
      end += more[0].length;
    }
  }
  if (!ANSWER_ENDS.test(text.slice(end, answerEnd))) return undefined;
  return { start, end, type: 'PERSON', confidence: first.confidence, reason, text: text.slice(start, end), detector: 'person-context' };
}
