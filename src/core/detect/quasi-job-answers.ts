/** Jobs given as the answer to "What do you do?" in the next turn ("What do you do now?" / "Commercial setnetter in the summer"). */
import { answerTurnsAfter } from './age-answer';
import type { Candidate } from './detector';
import { otherAt } from './quasi-cues';
import { isJobPhrase } from './quasi-occupation';
import type { Finding } from '../types';

const QUESTION =
  /\b(?:what\s+(?:do|did)\s+(?:you|they|he|she)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work|a\s+job))?(?:\s+(?:now|then|these\s+days|there))?|what(?:['’]s|\s+is|\s+was)\s+(?:your|his|her|their)\s+(?:job|occupation|profession|line\s+of\s+work|work)|what\s+(?:kind|sort)\s+of\s+work\s+(?:do|did)\s+(?:you|they|he|she)\s+do)\s*\?/gi;
/** The words opening the answer, up to a pause or a word that starts where or when: the job is their longest leading run. */
const OPENING = /^(?:(?:um+|uh+|erm|well|so|oh|yeah|now|currently|still|mostly)[,.]?\s+)*((?:[\p{L}\p{M}'’-]+\s+){0,3}[\p{L}\p{M}'’-]+?)(?=\s*[,.;!?]|\s+(?:in|at|for|on|with|and|but|now|these|mostly|part|full)\b|\s*$)/u;
/** Only the turn right after the question: later turns answer other things (`That's brilliant`). */
const ANSWER_TURNS = 1;

/** A job said as a whole answer: `Commercial setnetter in the summer`, `Bus driver, for twenty years`. */
export function jobAnswers(text: string): Candidate[] {
  const found: Candidate[] = [];
  QUESTION.lastIndex = 0;
  for (let question = QUESTION.exec(text); question; question = QUESTION.exec(text)) {
    for (const answer of answerTurnsAfter(text, question.index + question[0].length, ANSWER_TURNS, 8)) {
      const opening = OPENING.exec(text.slice(answer.start, answer.end));
      const words = opening?.[1].split(/\s+/) ?? [];
      // The longest leading run of words that is a job; a single capitalised word may be a name, so two or more.
      for (let count = words.length; count >= 2; count--) {
        const phrase = words.slice(0, count).join(' ');
        if (/['’]/.test(phrase) || !isJobPhrase(phrase)) continue;
        const start = answer.start + (opening?.[0].length ?? 0) - (opening?.[1].length ?? 0);
        found.push(otherAt(start, start + phrase.length, 0.45, 'occupation given as the answer to "What do you do?"'));
        break;
      }
    }
  }
  return found;
}

/** The same answers over a whole document, for its document-level step (a chunk ends at a blank line). */
export function jobAnswersAcrossTurns(text: string, existing: readonly Finding[]): Finding[] {
  if (!/\bwhat\b/i.test(text)) return [];
  return jobAnswers(text)
    .filter((answer) => !existing.some((other) => other.start < answer.end && answer.start < other.end))
    .map((answer) => ({ ...answer, text: text.slice(answer.start, answer.end), detector: 'quasi' }));
}
