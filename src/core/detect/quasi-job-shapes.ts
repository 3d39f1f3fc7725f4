import { matchAll, type Candidate } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';
import { otherAt } from './quasi-cues';
import { isJobPhrase } from './quasi-occupation';

const REASON = 'occupation of a person in the story';

/**
 * Jobs in the slots a career is told in, where no `I'm a` comes before them: a compound job named in a sequence
 * (`Picking, then reach truck driver from 2021`), in apposition (`I sold tea by the stop, a tea seller for twenty
 * years`, `a fellow here, a locum doctor from Poland`), or after a name and `the` (`our Rigoberta, the treasurer,`).
 * A bare compound (no article, two words or more) is a title: generic mentions have a determiner (`the bus driver`).
 */
export function findJobShapes(text: string): Candidate[] {
  return [
    ...matchAll(text, IN_SEQUENCE, inSequence),
    ...(text.includes(', a') ? matchAll(text, APPOSITIVE, appositive) : []),
    ...(text.includes(', the ') ? matchAll(text, NAME_THE_JOB, nameTheJob) : []),
    ...(/['’]s\s/.test(text) ? matchAll(text, GROUPS_POST, groupsPost) : []),
  ];
}

const WORD = "\\p{Ll}[\\p{L}\\p{M}'’-]*";
/** Two to four lower-case words: a job's words, the longest leading run that names a job is taken. */
const WORDS = `(${WORD}(?:[ \\t]+${WORD}){1,3})`;

/** `then reach truck driver`, `before that trawler cook`, `now forklift driver`: no article, so a title, not a person. */
const IN_SEQUENCE = new RegExp(`(?<![\\p{L}\\p{M}])(?:[Tt]hen|[Nn]ow|[Ll]ater|[Bb]efore\\s+that|[Aa]fter\\s+that|[Aa]fterwards)[ \\t]*,?[ \\t]+${WORDS}`, 'gu');

/** What may follow a job in a sequence: a pause, where or since when; not a verb (`then coach hunter is here`). */
const AFTER_SEQUENCE = /^(?:\s*[,.;:)!?"”]|\s*$|\s+(?:from|at|for|in|with|on|since|until|till|and|then|before|after|by)\b)/u;

function inSequence(match: RegExpExecArray): Candidate | undefined {
  const job = leadingJob(match, 1, 2);
  return job && AFTER_SEQUENCE.test(match.input.slice(job.end, job.end + 8)) ? job : undefined;
}

/** `, a tea seller for twenty years`, `, a locum doctor from Poland,`: an indefinite job in apposition to a clause. */
const APPOSITIVE = new RegExp(`,[ \\t]+an?[ \\t]+${WORDS}`, 'gu');
/** What may follow a job in apposition: where, since when, who, or a pause; not a verb (`, a nurse came in`). */
const AFTER_APPOSITIVE = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:for|from|at|in|with|on|who|since|of|until|till|by)\b)/u;

/** Words that start a predicate or a clause, never a job: `then we went`, `now everything changed`. */
const NOT_JOB_START = new Set(
  `i he she we they it you there this that these those some any all every each no not never just also still really
  very so too more most less much many few one two three four five six seven eight nine ten lot bit couple kind sort
  what when where why how who which whose if because but and or as at in on to from for with by of about after before`.split(/\s+/),
);

/** Plurals without an `s`: `minding children`, `state people` are no titles. */
const PLURAL_PEOPLE = new Set('children people men women folk folks kids staff crew police'.split(' '));

/** The longest leading run of the captured words (at least `minWords`) that names a job, as a candidate. */
function leadingJob(match: RegExpExecArray, group: number, minWords: number): Candidate | undefined {
  const value = match[group];
  const words = value.split(/[ \t]+/);
  if (NOT_JOB_START.has(words[0].toLowerCase())) return undefined;
  const start = match.index + match[0].length - value.length;
  for (let count = words.length; count >= minWords; count--) {
    const phrase = words.slice(0, count);
    const head = phrase[phrase.length - 1].toLowerCase();
    // A plural is a group (`then bus drivers went on strike`), not the person's own title.
    if (/[^s]s$/.test(head) || PLURAL_PEOPLE.has(head)) continue;
    if (isJobPhrase(phrase.join(' '))) return otherAt(start, start + phrase.join(' ').length, 0.45, REASON);
  }
  return undefined;
}

function appositive(match: RegExpExecArray): Candidate | undefined {
  const job = leadingJob(match, 1, 2);
  if (!job || !AFTER_APPOSITIVE.test(match.input.slice(job.end, job.end + 8))) return undefined;
  return job;
}

/**
 * `our Rigoberta, the treasurer, should know`: a group's officer after a name. Not any job (`Mr Paterson, the lecturer,`
 * `Seonag, the cook,`): annotators read those as generic roles, while a club or co-operative has one treasurer.
 */
const NAME_THE_JOB = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}'’-]+),[ \\t]+the[ \\t]+((?:vice[ \\t-]|deputy[ \\t]+)?(?:treasurer|secretary|president|chairwoman|chairman|chairperson|convenor|convener))(?=,)`, 'gu');

function nameTheJob(match: RegExpExecArray): Candidate | undefined {
  const name = match[1].toLowerCase();
  // `Sorry, the nurse, she said`: an ordinary word before the comma is no name.
  if (isCommonWord(name) && !FIRST_NAMES.has(name)) return undefined;
  const start = match.index + match[0].length - match[2].length;
  return otherAt(start, start + match[2].length, 0.45, 'post held by a person in the story');
}

/**
 * `Siti (41), the group's ustadzah, leads`, `she is the mosque's muezzin`: a post of a group or a place, one holder.
 * The word is a job, or not English at all (a community's own title).
 */
const GROUPS_POST = /(?:,[ \t]+|\b(?:is|was|['’]s)[ \t]+)the[ \t]+[\p{L}-]+['’]s[ \t]+(\p{Ll}[\p{L}\p{M}-]+(?:[ \t]+\p{Ll}[\p{L}\p{M}-]+)?)(?=[ \t]*[,.;]|[ \t]+(?:at|in|for|and|since|who)[ \t])/gu;

function groupsPost(match: RegExpExecArray): Candidate | undefined {
  const phrase = match[1];
  const words = phrase.toLowerCase().split(/[ \t]+/);
  const unknown = words.every((word) => !isCommonWord(word) && !FIRST_NAMES.has(word));
  if (!unknown && !isJobPhrase(phrase)) return undefined;
  const start = match.index + match[0].length - phrase.length;
  return otherAt(start, start + phrase.length, 0.45, 'post held by a person in the story');
}

/**
 * Jobs coordinated with one already found: `you are a boat person and a baker`, `a camel herder first, then pickup
 * driver`. The first job is the cue, so one job word is enough.
 */
const AFTER_JOB = new RegExp(
  `^(?:[ \\t]+(?:first|too|also|before|once))?(?:[ \\t]*,)?[ \\t]+(?:and|or|then|and[ \\t]+then|but[ \\t]+now|now|later)[ \\t]+(?:(?:also|later)[ \\t]+)?(?:an?[ \\t]+)?(${WORD}(?:[ \\t]+${WORD}){0,3})`,
  'u',
);
/** `I am iTaukei, Methodist lay preacher.`, `an inyanga, a herbalist, in Folweni`: a self-description listed on, a job item with a pause after it. */
// Also after a bracketed post (`Mamadou Sarr (président), pirogue captain, 58`) and before where (`..., fish smoker from Joal`).
const LISTED_AFTER = /^\)?,[ \t]+(?:an?[ \t]+)?((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)?\p{Ll}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Ll}[\p{L}\p{M}'’-]*){0,2}?)(?=[ \t]*[.;,]|[ \t]*$|[ \t]+(?:at|for|in|with|on|from)[ \t])/u;

/** A listed item is a job only as a whole (`Methodist lay preacher`), its capitalised first word a faith or a place. */
function listedJob(offset: number, match: RegExpExecArray): Candidate | undefined {
  const words = match[1].split(/[ \t]+/);
  const job = /^\p{Lu}/u.test(words[0]) ? words.slice(1).join(' ') : match[1];
  if (NOT_JOB_START.has(job.split(' ')[0].toLowerCase()) || !isJobPhrase(job)) return undefined;
  const end = offset + match[0].length;
  return otherAt(end - job.length, end, 0.45, REASON);
}

export function jobsCoordinatedAfter(text: string, found: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const first of found) {
    if (!/occupation|post|trade|immigration status|ethnicity/.test(first.reason ?? '')) continue;
    const after = text.slice(first.end, first.end + 80);
    const coordinated = AFTER_JOB.exec(after);
    const listed = coordinated ? null : LISTED_AFTER.exec(after);
    const match = coordinated ?? listed;
    if (!match) continue;
    const next = listed ? listedJob(first.end, listed) : leadingJob(Object.assign(match, { index: first.end + match.index }) as RegExpExecArray, 1, 1);
    if (next && !found.some((other) => other.start < next.end && next.start < other.end)) added.push(next);
  }
  return added;
}
