/**
 * Jobs in the frames people use for someone's post that the occupation rules' `I'm a X` misses: `I'm their
 * mechanic`, `I'm the pastor here`, `Harrell made me foreman`, `she went to be a nun`, `Rusty Moore, a cowboy from
 * Tuscarora`. Each frame ties the job to one person; the head word must be a job the occupation lists know (`the
 * one`, `their problem`, `a lovely man`, `made him older` are not).
 */
import { matchAll, type Candidate } from './detector';
import { occupationFrom } from './quasi-occupation';

const WORD = "\\p{Ll}[\\p{L}\\p{M}'’-]*";
/** One to three lower-case words: the job, its head last (`truck driver`, `senior care worker`). */
const JOB = `(${WORD}(?:\\s+${WORD}){0,2})`;
const SUBJECT_IS = "(?:I['’]m|I am|I was|(?:he|she|they|we|you)(?:['’]s|['’]re|\\s+is|\\s+was|\\s+are|\\s+were))";
// Each frame opens with its fixed words (`their`, `ma`, `to be`) and looks behind for the subject, so the scan stops
// only where those words are.

/** `I'm their mechanic`: a post held for the people named by the possessive (`I'm your caseworker` is a service's). */
const IS_THEIR = new RegExp(`(?<=\\b${SUBJECT_IS}\\s+)their\\s+${JOB}(?=[\\s,.;:!?]|$)`, 'giu');
/** `I'm the pastor here`, `he's the caretaker there at the school`: the post held at a place. */
const IS_THE_HERE = new RegExp(`(?<=\\b${SUBJECT_IS}\\s+)the\\s+${JOB}\\s+(?:here|there)\\b`, 'giu');
/** `made me foreman`, `they made him sergeant`: a post given to someone. */
const MADE_INTO = new RegExp(`(?<![\\p{L}])ma(?:de|kes?|king)\\s+(?:me|him|her|them|us)\\s+(?:a\\s+|an\\s+|the\\s+)?${JOB}(?=[\\s,.;:!?]|$)`, 'giu');
/** `went to be a nun`, `left to be a priest`, `went off to be a nurse`: a calling followed. */
const WENT_TO_BE = new RegExp(`(?<=\\b(?:went|left|gone)(?:\\s+off|\\s+away)?\\s+)to\\s+be\\s+(?:a|an)\\s+${JOB}(?=[\\s,.;:!?]|$)`, 'giu');
/**
 * `Rusty Moore, a cowboy from Tuscarora`: a job in apposition after a name. Not `Dr. Amos, the foot doctor`: a job
 * after `the` is most often a service's provider, whose post identifies no one in the story.
 */
const NAME_COMMA_A_JOB = new RegExp(
  `(?<=\\p{Lu}[\\p{L}\\p{M}'’-]+,\\s)(?:a|an)\\s+(?:(?:young|old|retired|local|former)\\s+)?${JOB}(?=\\s+(?:who|from|at|for|with|on|in)\\b|\\s*[,.;)])`,
  'gu',
);

/** Each frame with words it cannot match without, looked for first: most chunks hold none of them. */
const FRAMES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [IS_THEIR, ['their']],
  [IS_THE_HERE, ['here', 'there']],
  [MADE_INTO, ['made', 'make', 'MADE', 'MAKE', 'Made', 'Make']],
  [WENT_TO_BE, ['to be']],
  [NAME_COMMA_A_JOB, [', a']],
];

/** The jobs in the frames above, the longest run of the words ending in a listed job. */
export function findJobFrames(text: string): Candidate[] {
  return FRAMES.flatMap(([frame, needles]) => (needles.some((needle) => text.includes(needle)) ? matchAll(text, frame, jobIn) : []));
}

const jobIn = (match: RegExpExecArray): Candidate | undefined => occupationFrom(match, 1, { confidence: 0.45, listedHead: true });
