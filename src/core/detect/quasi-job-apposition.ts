/**
 * A job said right beside a person's name: `Mr. Okafor, the butcher,`, `Hector Morrison was the coxswain`, `a new
 * harbourmaster, Gordon Hunter`, `the supervisor at Serres Marchand, Steve Marchand`. With the name it tells who the
 * person is, so it is flagged at low confidence like other occupations. Run by quasi.ts.
 */
import { matchAll, type Candidate } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { otherAt } from './quasi-cues';
import { ROLE_NOUNS } from './lexicon/compromise-lexicon';
import { EXTRA_OCCUPATIONS, RELATIONS } from './lexicon/occupations';
import { isJobPhrase } from './quasi-occupation';

const REASON = 'occupation of a named person in the story';
const CONFIDENCE = 0.5;

const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+';
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
/** A titled name (`Mr. MacIver`) or one to three capitalised words (`Hector Morrison`). */
const NAME = `(${TITLE})?(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`;
/** One to three lower-case words, the job's last word last: `butcher`, `new harbourmaster`, `crew leader`. */
const JOB = '(\\p{Ll}[\\p{Ll}\\p{M}-]+(?:\\s+\\p{Ll}[\\p{Ll}\\p{M}-]+){0,2}?)';
/** What may follow a job said of someone: the end of the phrase, or where or for whom. */
const JOB_ENDS = '(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:at|of|in|on|for|there|here|who|from|did|said|was|is|and)(?![\\p{L}]))';

/** `Mr. Okafor, the butcher,`, `Mr. MacIver the minister did`: the name, then `the` and the job. */
const NAME_THEN_JOB = new RegExp(`(?<![\\p{L}\\p{M}])${NAME}(,?)\\s+the\\s+${JOB}${JOB_ENDS}`, 'gu');
/** `Hector Morrison was the coxswain`, `Dr. Patel is the consultant there`. */
const NAME_IS_JOB = new RegExp(`(?<![\\p{L}\\p{M}])${NAME}\\s+(?:is|was)\\s+(?:the|our|their)\\s+${JOB}${JOB_ENDS}`, 'gu');
/** `a new harbourmaster, Gordon Hunter`, `the farm's foreman, Raúl Lussier`, `the supervisor at Serres Marchand, Steve Marchand`. */
const JOB_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:the|a|an|our|their|his|her|my|\\p{L}+['’]s)\\s+${JOB}(?:\\s+(?:at|of|in|for)\\s+(?:the\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})?,\\s+${NAME}(?=\\s*[,.;:()]|\\s+(?:who|said|told|says)(?![\\p{L}]))`,
  'gu',
);

/** A name, not a capitalised word that opens a sentence (`This is the manager`, `There was the manager`). */
function isName(title: string | undefined, name: string): boolean {
  return title !== undefined || !isCommonWord(name.split(/\s+/)[0].toLowerCase());
}

/**
 * The people who serve a participant (`Dr. Okoye, the urologist`, `the principal, Mrs Hale`): their post says nothing of
 * who the participant is, and the annotated sets leave it, so only other jobs are flagged here.
 */
const SERVICE_ROLE =
  /(?:doctor|nurse|ologist|iatrist|iatrician|practitioner|registrar|consultant|physician|surgeon|therapist|physio|gp|midwife|teacher|lecturer|professor|instructor|coach|mentor|principal|head|tutor|counsell?or|worker|officer|caseworker|advocate|chaplain|pharmacist|dentist|paramedic|interpreter|translator|lawyer|solicitor|attorney|coordinator|receptionist|secretary|manager|director|researcher|interviewer)$/;
const NOT_PART_OF_JOB = new Set(['new', 'old', 'former', 'current', 'acting', 'only', 'other', 'same', 'late']);

/** The longest run of the words of `job` (which ends at `jobEnd` in the text) that ends in a job, as a candidate. */
function jobAt(job: string, jobEnd: number): Candidate | undefined {
  const words = job.split(/\s+/);
  const head = words[words.length - 1];
  // A job the word lists name (`foreman`, `butcher`), not one only shaped like one (`independent`, `barrier`).
  if (!(EXTRA_OCCUPATIONS.has(head) || ROLE_NOUNS.has(head)) || RELATIONS.has(head)) return undefined;
  for (let first = 0; first < words.length; first++) {
    // `a new harbourmaster`: when, not what, the job is.
    if (NOT_PART_OF_JOB.has(words[first])) continue;
    const phrase = words.slice(first).join(' ');
    if (isJobPhrase(phrase) && !SERVICE_ROLE.test(phrase)) return otherAt(jobEnd - phrase.length, jobEnd, CONFIDENCE, REASON);
  }
  return undefined;
}

/** Where the job of a match that ends with it (its lookahead aside) ends in the text. */
const endOf = (match: RegExpExecArray): number => match.index + match[0].length;

export function findJobsBesideNames(text: string): Candidate[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const found: Candidate[] = [];
  if (/ the /.test(text)) {
    found.push(...matchAll(text, NAME_THEN_JOB, (match) => {
      const [, title, name, comma, job] = match;
      // Without a comma only a titled name: `I told Mary the doctor was late` tells Mary something.
      if (!comma && !title) return undefined;
      return isName(title, name) ? jobAt(job, endOf(match)) : undefined;
    }));
  }
  if (/ (?:is|was) (?:the|our|their) /.test(text)) {
    found.push(...matchAll(text, NAME_IS_JOB, (match) => (isName(match[1], match[2]) ? jobAt(match[3], endOf(match)) : undefined)));
  }
  if (text.includes(', ')) {
    found.push(...matchAll(text, JOB_THEN_NAME, (match) => {
      const [whole, job, title, name] = match;
      // Two capitalised words or a title: `the manager, Tuesday` names a day.
      if (!title && !/\s/.test(name)) return undefined;
      // The job follows the determiner (a single word) and the spaces after it.
      const afterDeterminer = /\s+/.exec(whole)!;
      return isName(title, name) ? jobAt(job, match.index + afterDeterminer.index + afterDeterminer[0].length + job.length) : undefined;
    }));
  }
  return found;
}
