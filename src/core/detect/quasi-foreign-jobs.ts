import type { Candidate } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';
import { FOREIGN_NOT_JOBS, FOREIGN_OCCUPATIONS, FOREIGN_PEOPLE_ENDING } from './lexicon/foreign-occupations';
import { peopleAt } from './quasi-community';
import { isForeignJobWord, otherAt, PERSON_IS } from './quasi-cues';
import { isJobPhrase } from './quasi-occupation';

const JOB_REASON = 'occupation of a person in the story';
const PEOPLE_REASON = 'ethnicity, nationality or faith of a person in the story';

/**
 * Jobs, posts and peoples said in Spanish, Portuguese, French or Italian (`Mi mamá era comadrona`, `fa il muratore`,
 * `je suis aide-soignante`, `casou com um australiano`, `Doña Tomasa (presidenta)`, `Rigoberta, la tesorera,`), and a
 * community's or faith's office said in English by a word that is not English (`I am the mukri at the masjid`,
 * `I was also the sirdar of the cane cutting gang`).
 */
export function findForeignJobs(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (candidate: Candidate | undefined): void => {
    if (candidate) found.push(candidate);
  };
  if (MAY_HAVE_FOREIGN_CUE.test(text)) {
    FOREIGN_CUE.lastIndex = 0;
    for (let cue = FOREIGN_CUE.exec(text); cue; cue = FOREIGN_CUE.exec(text)) add(foreignWordAt(text, cue.index + cue[0].length, true));
  }
  if (text.includes('(')) {
    IN_BRACKETS_AFTER_NAME.lastIndex = 0;
    for (let match = IN_BRACKETS_AFTER_NAME.exec(text); match; match = IN_BRACKETS_AFTER_NAME.exec(text)) add(bracketedPost(match));
  }
  if (ARTICLE_APPOSITION_TEST.test(text)) {
    ARTICLE_APPOSITION.lastIndex = 0;
    for (let match = ARTICLE_APPOSITION.exec(text); match; match = ARTICLE_APPOSITION.exec(text)) {
      const job = foreignWordAt(text, match.index + match[0].length, false);
      if (job && job.reason === JOB_REASON && /^\s*[,.;]/.test(text.slice(job.end, job.end + 2))) add(job);
    }
  }
  THE_UNKNOWN_WORDS.lastIndex = 0;
  for (let match = THE_UNKNOWN_WORDS.exec(text); match; match = THE_UNKNOWN_WORDS.exec(text)) add(unknownWordPost(match));
  return found;
}

/**
 * A person said to be something in one of the four languages: `soy`, `era`, `fue`, `sou`, `é`, `foi`, `je suis`,
 * `il est`, `sono`, `è`, `fa il`, `trabaja como`, `travaille comme`, `lavora come`, `casou com` (married a ...), then
 * an adverb and an article. The word after it is judged in foreignWordAt.
 */
const FOREIGN_CUE = new RegExp(
  '(?<![\\p{L}\\p{M}])(?:[Jj]e\\s+suis|[Jj][\'’]étais|(?:[Ii]l|[Ee]lle)\\s+(?:est|était)|était|est|(?:[Ii]o\\s+)?[Ss]ono|(?:[Ll]ui|[Ll]ei)\\s+è|è|[Ee]ra|[Ss]oy|[Ee]s|[Ff]ue|[Ff]ui|[Ee]ro|[Ff]u|[Ss]omos|[Ss]iamo|[Ss]ou|é|[Ff]oi|' +
    '(?:fa|faceva|fanno)(?=\\s+(?:il|la|lo|l[\'’])\\s*\\p{L})|[Tt]rabaj(?:a|o|aba|ó)\\s+(?:como|de)|[Tt]rabalh(?:a|o|ava|ou)\\s+(?:como|de)|' +
    '[Tt]ravaill(?:e|ait|ais)\\s+comme|[Ll]avor(?:a|o|ava)\\s+come|(?:se\\s+)?cas(?:ó|ou)\\s+com?n?|sposat[oa]\\s+con)' +
    '\\s+(?:(?:aussi|toujours|encore|anche|ancora|también|todavía|também|ainda|ya|già|déjà|já|ahora|agora|maintenant|ora|adesso)\\s+)?' +
    '(?:(?:un|une|le|la|il|lo|uno|una|el|o|a|um|uma)\\s+|(?:l|un)[\'’])?(?=\\p{Ll})',
  'gu',
);
/** A cheap first test: one of FOREIGN_CUE's verbs as a word (most English chunks have none). */
const MAY_HAVE_FOREIGN_CUE = /\b(?:suis|est|sono|era|soy|es|fue|fui|ero|fu|somos|siamo|sou|foi|fa|faceva|fanno|trabaj[a-z]*|trabalh[a-z]*|travaill[a-z]*|lavor[a-z]*|sposat[oa]|cas[oó]u?)\b|[ée]tai[st]|[éè]\s|cas[óo]\s/i;
/** A foreign word, hyphenated compounds included (`aide-soignante`). */
const FOREIGN_WORD = /\p{Ll}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/uy;
/** `chauffeur de taxi`, `vendedora de frutas`, `femme de ménage`: a job's complement is part of its name. */
const COMPLEMENT = /^\s+(?:de|di|da|du|des|del|do|dos|das)\s+\p{Ll}[\p{L}\p{M}]*/u;

/** The job or people word starting at `start`, if the word is one (`comadrona`, `moldava`, `chauffeur de taxi`). */
function foreignWordAt(text: string, start: number, peopleToo: boolean): Candidate | undefined {
  FOREIGN_WORD.lastIndex = start;
  const word = FOREIGN_WORD.exec(text)?.[0];
  if (!word || word.length < 3) return undefined;
  const lower = word.toLowerCase();
  if (isForeignJobWord(lower)) {
    const complement = COMPLEMENT.exec(text.slice(start + word.length, start + word.length + 30));
    return otherAt(start, start + word.length + (complement?.[0].length ?? 0), 0.45, JOB_REASON);
  }
  if (!peopleToo) return undefined;
  const people = peopleAt(text, start);
  if (people) return otherAt(people.start, people.end, 0.5, PEOPLE_REASON);
  if (!FOREIGN_NOT_JOBS.has(lower) && !isCommonWord(lower) && FOREIGN_PEOPLE_ENDING.test(lower) && !FIRST_NAMES.has(lower)) {
    return otherAt(start, start + word.length, 0.45, PEOPLE_REASON);
  }
  return undefined;
}

/** `Doña Tomasa Xiloj Coyoy (presidenta)`, `Josef (caretaker)`: a name, then its job in brackets. */
// The bracket is matched first and the name looked behind at from there, so most offsets fail at once.
const IN_BRACKETS_AFTER_NAME = /\((?<=\p{Lu}[\p{L}\p{M}'’.-]+[ \t]*\()[ \t]*(\p{Ll}[\p{L}\p{M}-]+(?:[ \t]+\p{Ll}[\p{L}\p{M}-]+)?)[ \t]*\)/gu;
/** Roles at the meeting or the interview itself: what the person does there, not who they are. */
const MEETING_ROLES = /^(?:(?:vice|deputy|co)[\s-]?)?(?:chair|chairperson|chairman|chairwoman|facilitator|moderator|note[\s-]?taker|minute[\s-]?taker|listener|observer|interpreter|translator|interviewer|participant|member|guest|speaker|host)$/;

function bracketedPost(match: RegExpExecArray): Candidate | undefined {
  const phrase = match[1];
  const words = phrase.split(/[ \t]+/);
  // `(via interpreter)`, `(through the nurse)`: how someone spoke, not their post.
  if (MEETING_ROLES.test(words[words.length - 1]) || /^(?:via|through|by|with|for|and|or|to|from|per)$/.test(words[0])) return undefined;
  const start = match.index + match[0].indexOf(phrase);
  if (isJobPhrase(phrase)) return otherAt(start, start + phrase.length, 0.45, 'post held by a person in the story');
  if (phrase.includes(' ')) return undefined;
  const job = foreignWordAt(match.input, start, false);
  return job && job.end === start + phrase.length ? job : undefined;
}

/** `nuestra Rigoberta, la tesorera, sepa`: a name, a comma and an article of the four languages. */
const ARTICLE_APPOSITION = /(?<=\p{Lu}[\p{L}\p{M}'’-]+,[ \t]+)(?:la|el|le|il|lo|o|a)[ \t]+(?=\p{Ll})/gu;
const ARTICLE_APPOSITION_TEST = /,[ \t]+(?:la|el|le|il|lo|o|a)[ \t]+\p{Ll}/u;

/**
 * `I am the mukri at the small juma masjid`, `I was also the sirdar of the cane cutting gang`: a person cue, `the` and
 * words that are not English (nor a name or a people), then where: a community's own title for a post.
 */
// `the` and the words are matched first, the person cue looked behind at only where the words are not English.
const THE_UNKNOWN_WORDS = /\b[Tt]he\s+(\p{Ll}[\p{L}\p{M}'’-]+(?:\s+\p{Ll}[\p{L}\p{M}'’-]+){0,2}?)(?=\s+(?:at|of|in|for|on)\s)/gu;
const PERSON_CUE_BEFORE = new RegExp(`\\b(?:${PERSON_IS})\\s+(?:(?:also|now|still|once)\\s+)?$`, 'iu');

function unknownWordPost(match: RegExpExecArray): Candidate | undefined {
  const words = match[1].toLowerCase().split(/\s+/);
  if (words.some((word) => word.length < 2 || (isCommonWord(word) && !FOREIGN_OCCUPATIONS.has(word)) || FIRST_NAMES.has(word))) return undefined;
  if (!PERSON_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index))) return undefined;
  const start = match.index + match[0].length - match[1].length;
  if (peopleAt(match.input, start)) return undefined;
  return otherAt(start, start + match[1].length, 0.45, 'post held by a person in the story');
}
