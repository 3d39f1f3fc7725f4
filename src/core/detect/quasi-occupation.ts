import { matchAll, type Candidate, type TextRule } from './detector';
import { CARDINAL_WORDS_LOWER } from './pattern-number-words';
import { jobsInBracketsAfterNames } from './quasi-job-brackets';
import { jobsByTheirLetters } from './quasi-job-acronyms';
import { ROLE_NOUNS } from './lexicon/compromise-lexicon';
import { EXTRA_OCCUPATIONS, NOT_JOBS, RELATIONS, SERVICE_TRADES, TRADE_GOODS, WORKPLACES } from './lexicon/occupations';
import { alternation, groupCandidate, isForeignJobWord, mentionsAny, needlesOf, otherAt, PERSON_IS } from './quasi-cues';

/** Occupations and jobs of people in the story: `I'm a lineman`, `retired solicitor`, `the only Polish-speaking midwife`. */
export const OCCUPATION_RULES: readonly TextRule[] = [
  (text) => matchAll(text, OCCUPATION, occupation),
  (text) => matchAll(text, NAMED_IS_A, namedIsA),
  (text) => matchAll(text, RELATIVE_IS_A, (match) => occupationFrom(match, 1, { reason: 'occupation of a relative or friend in the story' })),
  (text) => matchAll(text, NAME_THE_JOB, (match) => occupationFrom(match, 1, { confidence: 0.45, reason: 'post held by a person in the story', minWords: 2, whole: true })),
  (text) => (mentionsAny(text, FORMER_NEEDLES) ? matchAll(text, FORMER, (match) => occupationFrom(match, 1, { reason: 'former or retired occupation' })) : []),
  (text) => matchAll(text, APPOSITION, (match) => occupationFrom(match, 1, { confidence: 0.45, reason: 'occupation after a name', whole: true })),
  (text) => matchAll(text, PERSON_IS_THE, (match) => occupationFrom(match, 2, { confidence: 0.45, reason: 'post held by a person in the story', minWords: 2 })),
  (text) => matchAll(text, PERSON_IS_THE_LISTED_JOB, (match) => groupCandidate(match, 0.45, 'post held by a person in the story')),
  (text) => matchAll(text, ONLY_ONE, onlyOne),
  (text) => (mentionsAny(text, TRADE_NEEDLES) ? matchAll(text, SERVICE_TRADE, (match) => groupCandidate(match, 0.5, 'military trade of a person in the story')) : []),
  (text) => matchAll(text, WORKS_IN, (match) => groupCandidate(match, 0.4, 'section someone works in')),
  (text) => matchAll(text, TRADE_DONE, (match) => (ORDINARY_ACTIVITY.has(match[1].split(/\s+/)[0].toLowerCase()) ? undefined : groupCandidate(match, 0.4, 'trade someone does'))),
  (text) => matchAll(text, ONE_OF_FEW, oneOfFew),
  (text) => matchAll(text, THE_ONE_AT, theOneAt),
  (text) => matchAll(text, THE_LISTED_JOB_AT, theListedJobAt),
  (text) => (mentionsAny(text, POST_NEEDLES) ? matchAll(text, THE_POST, thePost) : []),
  (text) => matchAll(text, TRADE_FOR, tradeFor),
  (text) => matchAll(text, NAME_THE_JOB_AT, (match) =>
    NAME_COMMA_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index)) ? occupationFrom(match, 1, { confidence: 0.45, reason: 'post held by a person in the story' }) : undefined),
  (text) => matchAll(text, TRADE_AT, tradeAt),
  (text) => (/[|·•]/.test(text) ? matchAll(text, SIGNATURE_ROLE, signatureRole) : []),
  (text) => (/[–—]/.test(text) ? rosterRoles(text) : []),
  (text) => matchAll(text, AT_A_NAMED_PLACE, jobOpeningNote),
  (text) => (mentionsAny(text, ['sell', 'sold']) ? matchAll(text, SELLS, sells) : []),
  (text) => matchAll(text, TITLE_OPENING, titleOpening),
  jobsInBracketsAfterNames,
  jobsByTheirLetters,
  (text) => (mentionsAny(text, [' years']) ? matchAll(text, JOB_FOR_YEARS, jobForYears) : []),
];

/**
 * `nurse for about 11 years now`, `a headmistress for almost 30 years in lagos`: a job held for a number of years,
 * as people tell a career (and as captions break it from its `I've been a`). The words before `for` are read back from
 * it, and the longest that make a job are taken.
 */
const JOB_FOR_YEARS = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*)\\s+for\\s+(?:(?:about|almost|nearly|over|more than|like|the past|the last)\\s+)?(?:\\d{1,2}|${CARDINAL_WORDS_LOWER})\\s+years\\b`,
  'gu',
);

const POSSESSIVE_BEFORE = /\b(?:our|my|his|her|their|your)\s+$/i;

function jobForYears(match: RegExpExecArray): Candidate | undefined {
  const words = match[1].split(/\s+/);
  for (let first = 0; first < words.length; first++) {
    const phrase = words.slice(first).join(' ');
    if (!isJobPhrase(phrase)) continue;
    const start = match.index + match[1].length - phrase.length;
    // `Dr. Iqbal, our doctor for thirty years`: someone who serves the speaker, not the speaker's job.
    if (POSSESSIVE_BEFORE.test(match.input.slice(Math.max(0, start - 8), start))) return undefined;
    return otherAt(start, start + phrase.length, 0.45, 'occupation held for a number of years');
  }
  return undefined;
}

/**
 * `> Postdoctoral Fellow, Department of Sociology` under a name in a signature, `Claudette. Assistant head nurse, night
 * shift, CHSLD Saint-Michel.` in a round of introductions, `HY: Crane driver, Oxygenstahlwerk 2.` after a speaker label:
 * a job title of two to four words opening a line, a turn or a sentence, then a comma and more about the post.
 */
// The capital is matched first and the line or sentence start looked behind at, so most offsets fail at once.
const TITLE_OPENING = /(?<=^[ \t>]*|[.!?][ \t]+|^[^\n:]{1,40}:[ \t]+)(\p{Lu}[\p{Ll}\p{M}-]+(?:[ \t]+[\p{L}\p{M}-]+){1,3}?)(?=,\s+\S)/gmu;

/** Openers that make the phrase a count or an address, not a title: `One nurse, ...`, `First caller, ...`, `Wor lass, ...`. */
const NOT_TITLE_START = new Set(
  'one two three another first second third next last every each some any no wor our my his her their the this that yes yeah yep ok okay hi hey hello well oh thanks thank sorry right so and but'.split(' '),
);
/** Terms of address that chat tags as people: `Yes bro, 16 is fine.` */
const ADDRESS_TERMS = new Set('bro bruh mate dude sis cuz fam boss love darling honey babe'.split(' '));

function titleOpening(match: RegExpExecArray): Candidate | undefined {
  const words = match[1].split(/[ \t]+/);
  if (NOT_TITLE_START.has(words[0].toLowerCase()) || !isJobPhrase(match[1])) return undefined;
  // In Title Case (`Postdoctoral Fellow`) the head must be a listed job, not just a job-like ending (`Facebook Messenger`).
  const head = words[words.length - 1].toLowerCase();
  if (ADDRESS_TERMS.has(head)) return undefined;
  if (/^\p{Lu}/u.test(words[1]) && !ACADEMIC_FELLOW.test(words.slice(-2).join(' ').toLowerCase()) && !ROLE_NOUNS.has(head) && !EXTRA_OCCUPATIONS.has(head)) return undefined;
  return otherAt(match.index, match.index + match[1].length, 0.45, 'job title opening a line');
}

/** `Nurse at Mbagathi Hospital, 29 yrs old`: a job opening a note's sentence, then where (found from the `at`). */
const AT_A_NAMED_PLACE = /\s(?:at|for)\s+(?:the\s+)?\p{Lu}/gu;
const JOB_OPENING_BEFORE = /(?:^|[.!?"]\s*|\n\s*)(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2})$/u;

function jobOpeningNote(match: RegExpExecArray): Candidate | undefined {
  const before = match.input.slice(Math.max(0, match.index - 40), match.index);
  const job = JOB_OPENING_BEFORE.exec(before);
  if (!job || !isJobPhrase(job[1])) return undefined;
  const start = match.index - job[1].length;
  return otherAt(start, match.index, 0.45, 'occupation opening a note');
}
/** `My wife sells omena at Kibuye market`, `he sold fish in Kinsale`: goods sold at a named place, a trade. */
const SELLS = /\b((?:sells?|selling|sold)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+)(?=\s+(?:at|in|on|from)\s+(?:the\s+)?\p{Lu})/gu;
/** Words that make `sold ...` a one-off sale, not a trade: `sold my car at auction`, `sold it on eBay`. */
const NOT_GOODS = new Set('my his her our their the a an it them that this everything anything something nothing out up off'.split(' '));

const SELLER_BEFORE = /\b(?:I|i|he|she|they|we|He|She|They|We|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+\p{Ll}+)\s+$/u;

function sells(match: RegExpExecArray): Candidate | undefined {
  if (!SELLER_BEFORE.test(match.input.slice(Math.max(0, match.index - 24), match.index))) return undefined;
  if (match[1].split(/\s+/).slice(1).some((word) => NOT_GOODS.has(word))) return undefined;
  return otherAt(match.index, match.index + match[1].length, 0.45, 'trade someone does');
}

/** `Bhai Sukhdev, the granthi at Singh Sabha`: a job in apposition to a name, pinned to a named place. */
const NAME_COMMA_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]+,\s+$/u;
const NAME_THE_JOB_AT = /\bthe\s+(\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Ll}[\p{L}\p{M}'’-]*){0,2}?)(?=\s+(?:at|of|for|in)\s+(?:the\s+)?\p{Lu})/gu;
/** Trades said as what someone does (`i do welding at hegar fab`, `now cleaning at Hotel Mercure`). */
const TRADES_DONE = new Set(
  `welding cleaning nursing farming fishing teaching tutoring driving trucking cooking plumbing roofing logging mining
  babysitting bartending waitressing caregiving landscaping hairdressing barbering bricklaying plastering labouring
  laboring packing picking sewing tailoring catering bookkeeping accounting shearing carpentry joinery upholstery
  scaffolding tiling painting decorating gardening nannying childminding midwifery chauffeuring delivering couriering
  security housekeeping dishwashing butchering baking machining fabrication fabricating engineering nursing`.split(/\s+/),
);
/** A trade, then where: not `cleaning at home`, `driving at night`, `at the moment`. The cue before is checked in code. */
const TRADE_AT =
  /\b([a-z]{3,}(?:ing|ry|ery|ion))\s+(?:at|for|in)\s+(?!(?:the\s+)?(?:time|moment|weekends?|home|night|nights|mornings?|evenings?|first|last|least|all|once|\d))/gu;
/** A cue of doing a trade right before it: `i do welding`, `now cleaning`, `she's been nursing`. */
const TRADE_CUE_BEFORE = /\b(?:do|does|did|doing|now|been|was|were|is|am|['’]m|['’]s|started|start|went\s+into|got\s+into)\s+$/u;

/** `doing nursing at Manukau Institute`: a course studied at a school, not a trade done. */
const SCHOOL_AFTER = /^(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){0,3}(?:Institute|College|University|Uni|School|Polytechnic|TAFE|Academy|Conservatoire)\b/u;

function tradeAt(match: RegExpExecArray): Candidate | undefined {
  if (!TRADES_DONE.has(match[1]) || !TRADE_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 12), match.index))) return undefined;
  if (SCHOOL_AFTER.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 60))) return undefined;
  return groupCandidate(match, 0.45, 'trade someone does');
}

const WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*";
/** Up to four words after the article: the job is the longest leading run whose last word names a job. */
const PHRASE = `(${WORD}(?:\\s+${WORD}){0,3})`;

/**
 * `she's training to become a midwife`, `I'm studying to be a vet`: a job under way. Not wishes (`Jordan wants to be
 * a footballer`): children's dreams are everywhere in transcripts and point at no one.
 */
const ASPIRATION = '(?:training|studying|retraining|qualifying|apprenticed)\\s+to\\s+(?:be|become)';
/** `I was always a nurse`, `she's still a carer`: adverbs between the cue and the article; not `never`. */
const ADVERB = '(?:always|also|still|once|actually|originally|basically|previously|formerly|then|now)';
/**
 * `I'm a lineman`, `he was a shearing shed cook`, `she's my sternman`, `nights as a dialysis technician`; and with no
 * article, as second-language speakers and some dialects say it: `I am lorry driver`, `I was recording secretary`.
 * Groups: 1 the person cue, 2 an adverb, 3 the article, 4 the phrase (looked ahead at, so that a phrase that is no
 * job does not hide a cue inside it: `I was lucky as a nurse`).
 */
const OCCUPATION = new RegExp(
  `(?<!\\w)(?:(${PERSON_IS})|${ASPIRATION}|(?<!\\b(?:not|such|same|just)\\s)as)\\s+(${ADVERB}\\s+)?((?:a|an|my|our|his|her)\\s+)?(?=${PHRASE})`,
  'giu',
);
/** First words that make an article-less phrase a predicate, not a job: `I was lucky`, `we were in the car`. */
const NOT_BARE_START = new Set(
  `a an the my our his her their your its this that not no never so very really just also still always more most quite
  too all both only even now then there here in on at for with from to by of like about going getting being one kind
  sort another other some any every each`.split(/\s+/),
);

/** `Nour wants to become a doctor`: a wish, not a job (children's dreams are everywhere in transcripts). */
const WISH_BEFORE = /\b(?:wants?|wanted|hopes?|hoped|dreams?|dreamed|dreamt|would\s+like|['’]d\s+like|going|plans?|planned|planning|wishes|wish|aims?)\s+(?:of\s+|to\s+)?$/i;
/** Cues strong enough that a single job word needs no article: `works as hawker`, `trained as welder`. */
const STRONG_CUE = /^(?:work(?:s|ed|ing)?|job|trained|qualified|retired|employed)\s+as$/i;

function occupation(match: RegExpExecArray): Candidate | undefined {
  const start = match.index + match[0].length;
  if (match[1] && /^become$/i.test(match[1]) && WISH_BEFORE.test(match.input.slice(Math.max(0, match.index - 20), match.index))) return undefined;
  if (match[1] && !match[3] && !match[2] && STRONG_CUE.test(match[1]) && /^\p{Ll}+$/u.test(match[4].split(/\s+/)[0]) && isOccupationHead(match[4].split(/\s+/)[0])) {
    return otherAt(start, start + match[4].split(/\s+/)[0].length, 0.5, 'occupation of a person in the story');
  }
  // `He's been our family doctor forever`, `he's been his own boss`: who serves them, or no job; `been a` is a job.
  if (match[1] && /been$/i.test(match[1]) && match[3] && !/^an?\s/i.test(match[3])) return undefined;
  if (match[3]) return occupationFrom(match, 4, { start });
  // No article: only after a person cue, and stricter (see `bare` in occupationFrom).
  if (NOT_BARE_START.has(match[4].split(/\s+/)[0].toLowerCase())) return undefined;
  // After `as` or an adverb (`as scaffolding foreman`, `I am still cleaning lady`), a compound of two words or more.
  if (!match[1] || match[2]) return occupationFrom(match, 4, { bare: true, start, minWords: 2 });
  return occupationFrom(match, 4, { bare: true, start }) ?? pinnedPost(match.input, start, match[4]);
}

/** `He was headmaster of a school in Omdurman`, `she was manager at the Co-op`: one job word, pinned to a place. */
const PINNED_AFTER = /^\s+(?:of|at)\s+(?:an?\s|the\s|\p{Lu})/u;

function pinnedPost(text: string, start: number, phrase: string): Candidate | undefined {
  const word = phrase.split(/\s+/)[0];
  // A listed job word only: a job-like ending is not enough here (`my mother's appointment at Tan Tock Seng`).
  if (!/^\p{Ll}+$/u.test(word) || !(EXTRA_OCCUPATIONS.has(word) || ROLE_NOUNS.has(word)) || !isOccupationHead(word) || !PINNED_AFTER.test(text.slice(start + word.length, start + word.length + 8))) return undefined;
  return otherAt(start, start + word.length, 0.45, 'post held by a person in the story');
}
/** `Forty years I was the baker on Commercial Road`: one job word, pinned to a named place, after a person cue. */
const THE_ONE_AT = /\b[Tt]he\s+(\p{Ll}[\p{L}\p{M}'’-]*)(?=\s+(?:on|at|in|for|of)\s+(?:the\s+)?\p{Lu})/gu;
const PERSON_IS_BEFORE = new RegExp(`\\b(?:${PERSON_IS})\\s+$`, 'iu');

function theOneAt(match: RegExpExecArray): Candidate | undefined {
  if (!PERSON_IS_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index))) return undefined;
  return occupationFrom(match, 1, { confidence: 0.45, reason: 'post held by a person in the story' });
}
/** `She is the landlady at the blue building`: a listed job word pinned to any place (the cue checked in code). */
// Not `on` (`I was the coordinator on the labour ward` that night: a shift, not a post).
const THE_LISTED_JOB_AT = /\b[Tt]he\s+(\p{Ll}+)(?=\s+(?:at|in|of)\s)/gu;

function theListedJobAt(match: RegExpExecArray): Candidate | undefined {
  const word = match[1];
  if (!EXTRA_OCCUPATIONS.has(word) || !isOccupationHead(word)) return undefined;
  if (!PERSON_IS_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index))) return undefined;
  const start = match.index + match[0].length - word.length;
  return otherAt(start, start + word.length, 0.45, 'post held by a person in the story');
}
/** `i'm the chair for anyone new`, `she's the treasurer`: the posts of a committee, one holder each. */
const THE_POST = new RegExp(
  `\\b((?:vice[\\s-]|deputy\\s+)?(?:chair|chairperson|chairwoman|chairman|chairlady|secretary|treasurer|convenor|convener|president|minute[\\s-]taker))(?![\\p{L}])`,
  'giu',
);
/** Letters every THE_POST match contains: the regex runs only on chunks that have one. */
const POST_NEEDLES = ['chair', 'secretary', 'treasurer', 'conven', 'president', 'minute'];
const POST_CUE_BEFORE = new RegExp(`\\b(?:${PERSON_IS})\\s+(?:the|our|their)\\s+$`, 'iu');

function thePost(match: RegExpExecArray): Candidate | undefined {
  if (!POST_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 50), match.index))) return undefined;
  return groupCandidate(match, 0.45, 'post held by a person in the story');
}
/**
 * `he does aircon for the hotels`, `I do deliveries for Uber`: a bare trade done for a client (a firm, not `for my
 * back`); not `it`, `everything`.
 */
const TRADE_FOR =
  /\b(?:do|does|did)\s+([\p{Ll}\p{M}]+(?:\s+[\p{Ll}\p{M}]+)?)\s+for\s+(?:(?:the|a|an)\s+[\p{L}\p{M}][\p{L}\p{M}'’-]*|\p{Lu}[\p{L}\p{M}'’-]*)/gu;
const SUBJECT_BEFORE = /\b(?:I|i|he|she|we|they|He|She|We|They)\s+$/u;
const NOT_TRADES = new Set(
  `it this that these those them him her me us you everything anything nothing something all stuff things whatever what
  lots more most much well badly better best fine ok okay enough right wrong good great a an the my his her our their
  your some any no so too just not really same likewise likes things exactly wonders`.split(/\s+/),
);

function tradeFor(match: RegExpExecArray): Candidate | undefined {
  if (match[1].split(/\s+/).some((word) => NOT_TRADES.has(word) || ORDINARY_ACTIVITY.has(word))) return undefined;
  // The subject belongs to the span (`he does aircon for the hotels`).
  const subject = SUBJECT_BEFORE.exec(match.input.slice(Math.max(0, match.index - 8), match.index));
  if (!subject) return undefined;
  return otherAt(match.index - subject[0].length, match.index + match[0].length, 0.4, 'trade someone does');
}
/** `My son Jaaji is a wildlife officer`, `Kerry's a welder`: a named subject, but not `There was a nurse`. */
// Also after an apposition's comma (`his father, Nhô Djosa, was a whaleboat harpooner`) and with no article
// (`Taras was mine electrician`), as second-language speakers say it: then two words or more (see namedIsA).
// With `the`, only a post pinned to a named place (`padre Vasyl is the parish priest at the Ukrainian chapel`).
const NAMED_IS_A = new RegExp(`\\b(\\p{Lu}[\\p{L}\\p{M}'’-]*?),?(?:\\s+is|\\s+was|['’]s)\\s+(a\\s+|an\\s+|the\\s+)?${PHRASE}`, 'gu');
const PINNED_PLACE_AFTER = /^\s+(?:at|of|in|on|for)\s+(?:the\s+)?\p{Lu}/u;

function namedIsA(match: RegExpExecArray): Candidate | undefined {
  if (NOT_SUBJECTS.has(match[1].toLowerCase())) return undefined;
  if (match[2] && /^the/i.test(match[2])) {
    const post = occupationFrom(match, 3, { confidence: 0.45, reason: 'post held by a person in the story' });
    return post && PINNED_PLACE_AFTER.test(match.input.slice(post.end, post.end + 12)) ? post : undefined;
  }
  if (match[2]) return occupationFrom(match, 3);
  if (!/^\p{Ll}/u.test(match[3]) || NOT_BARE_START.has(match[3].split(/\s+/)[0])) return undefined;
  return occupationFrom(match, 3, { bare: true, minWords: 2 });
}
/** Relatives and friends whose jobs people tell (`my ex-husband was a chef`, `his uncle who is a vulcaniser`). */
const RELATIVES = 'husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|son|daughter|brother|sister|mum|mom|mother|dad|father|' +
  'uncle|aunt|auntie|aunty|cousin|nephew|niece|grandpa|grandfather|grandma|grandmother|stepdad|stepfather|stepmum|stepmom|' +
  'neighbou?r|friend|flatmate|roommate|(?:brother|sister|father|mother|son|daughter)-in-law';
const RELATIVE_IS_A = new RegExp(
  `\\b(?:my|his|her|our|their|your)\\s+(?:(?:ex-|late\\s+|older\\s+|younger\\s+|big\\s+|little\\s+|eldest\\s+|oldest\\s+|youngest\\s+)?(?:${RELATIVES}))` +
    `(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?,?\\s+(?:who\\s+)?(?:is|was|['’]s|is now|was now|became|is still|was still)\\s+(?:a|an)\\s+${PHRASE}`,
  'giu',
);
/** `It was Mallam Musa, the night guard.`: a full name set off before `the` and a job of two words or more. */
const NAME_THE_JOB = new RegExp(`(?<=\\p{Lu}[\\p{L}\\p{M}'’-]+\\s\\p{Lu}[\\p{L}\\p{M}'’-]+,\\s+the\\s+)(${WORD}\\s+${WORD}(?:\\s+${WORD})?)(?=\\s*[,.;!?]|\\s*$)`, 'gu');
const NOT_SUBJECTS = new Set('it that this there what here which who where life mine yours he she i we they you'.split(' '));
/** `retired solicitor`, `a former garda sergeant`, `ex-firefighter`, `trainee accountant`: a past or future job. */
const FORMER = new RegExp(`\\b((?:(?:retired|former|semi-retired|trainee|apprentice|newly qualified)\\s+|ex-)${WORD}(?:\\s+${WORD}){0,3})`, 'giu');
/** Letters every FORMER match contains. */
const FORMER_NEEDLES = ['retired', 'former', 'trainee', 'apprentice', 'newly', 'ex-'];
/**
 * `Rupert Ashdown, planning consultant, Ashdown Planning`, `Calum MacRae, crofter and retained firefighter at X`: jobs
 * right after a full name (not `May, our deputy`), up to a comma, `and`, or where they work.
 */
const APPOSITION_JOB = `(?!(?:our|my|his|her|their|the|a|an|your|and|she|he|they|it|i|we|you|who|which|that)(?:['’]\\p{L}+)?\\s)((?:(?:\\p{Ll}[\\p{L}\\p{M}'’-]*|\\p{Lu}{2,4})\\s+){0,2}?\\p{Ll}[\\p{L}\\p{M}'’-]*)(?=[,.;]|\\s*\\(|\\s*$|\\s+(?:and|at|for|with|in|on|from)\\s)`;
/** A full name, with the lower-case particles of `Anél van der Merwe`, `Ana de la Cruz`. */
const FULL_NAME = `\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s(?:van|von|der|den|de|da|du|del|della|di|la|le|bin|binti|al|el|ter|ten|ap|dos|das))*\\s\\p{Lu}[\\p{L}\\p{M}'’-]+`;
/** `Declan Gillespie | SENCO and P6 teacher | St Colmcille's PS`: the role cell of a signature line after a full name. */
// Also a row of a Markdown table (`| Josef Gábor | Roma community mentor, Nová Cesta | JG |`).
const SIGNATURE_ROLE = new RegExp(`^[ \\t]*(?:\\|[ \\t]*)?${FULL_NAME}[ \\t]*[|·•][ \\t]*([^|·•\\n]{2,50}?)(?=[ \\t]*(?:[|·•]|\\r?$))`, 'gmu');

/** The whole cell when any of its roles joined by `and`/`&` ends in a job word (`SENCO and P6 teacher`). */
function signatureRole(match: RegExpExecArray): Candidate | undefined {
  const parts = match[1].split(/\s+(?:and|&)\s+|\s*[,/]\s*/);
  if (!parts.some((part) => isJobPhrase(part.replace(/\b\p{Lu}+\d*\b\s*/gu, '').trim() || part))) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return otherAt(start, start + match[1].length, 0.5, 'occupation in a signature');
}
/**
 * `Bashir Osman Guled (BOG) – parent, imam's assistant at Masjid An-Nur`, `Bethany Sorensen (BS) – ELL teacher, X`: the
 * jobs on a line of a minutes' attendance list, after a full name, its initials and a dash (each item that names a job).
 */
const ROSTER_LINE = new RegExp(`^[ \\t]*${FULL_NAME}(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'’-]+)*(?:[ \\t]+\\([^)\\n]{1,12}\\))?[ \\t]+[–—][ \\t]+([^\\n]{2,120})$`, 'gmu');

/** Posts of the meeting itself (`Chair`, `Secretary`): what the person does there, not their job. */
const MEETING_POSTS = /^(?:(?:vice|deputy|co)[\s-]?)?(?:chair|chairperson|chairman|chairwoman|secretary|treasurer|president|minute[\s-]?taker|note[\s-]?taker|facilitator|member)$/i;

function rosterRoles(text: string): Candidate[] {
  const found: Candidate[] = [];
  ROSTER_LINE.lastIndex = 0;
  for (let match = ROSTER_LINE.exec(text); match; match = ROSTER_LINE.exec(text)) {
    let offset = match.index + match[0].length - match[1].length;
    for (const item of match[1].split(',')) {
      // The job ends before where it is done (`imam's assistant at Masjid An-Nur`); an acronym before it is part of it.
      const job = item.trim().split(/\s+(?:at|for|with|in|on)\s/u)[0];
      const start = offset + item.indexOf(job);
      const head = job.replace(/^(?:\p{Lu}{2,5}|\p{L}+['’]s)\s+/u, '');
      if (job !== '' && !MEETING_POSTS.test(job) && job.split(/\s+/).length <= 3 && isJobPhrase(head)) found.push(otherAt(start, start + job.length, 0.45, 'occupation in an attendance list'));
      offset += item.length + 1;
    }
  }
  return found;
}

/** `Ruwayda Jacobs, HR administrator`, `Calum MacRae, crofter and retained firefighter`: after a full name and a comma. */
const APPOSITION = new RegExp(`(?<=${FULL_NAME},\\s(?:\\p{Ll}[\\p{L}\\p{M}'’-]*\\s+){1,2}and\\s+|${FULL_NAME},\\s)${APPOSITION_JOB}`, 'gmu');
/** `I was the community health representative`: `the` and two or more words ending in a job. */
const PERSON_IS_THE = new RegExp(`(?<!\\w)(${PERSON_IS})\\s+the\\s+(${WORD}(?:\\s+${WORD}){1,3})`, 'giu');
/** `I'm the only Polish-speaking midwife on the unit`, `the school's only trained special-needs coordinator`. */
const NOT_PREPOSITION = `(?!(?:on|in|at|for|the|a|an|and|with|who|that)(?![\\p{L}]))${WORD}`;
const ONLY_ONE = new RegExp(
  `\\b(?:the|our|their|(?:the\\s+)?[\\p{L}-]+['’]s)\\s+(only\\s+${NOT_PREPOSITION}(?:\\s+${NOT_PREPOSITION}){0,3})((?:\\s+(?:on|in|at|for)\\s+(?:the\\s+)?${WORD})?)`,
  'giu',
);
const TRADES = alternation(SERVICE_TRADES);
/** One word of each trade: SERVICE_TRADE runs only on chunks that have one. */
const TRADE_NEEDLES = needlesOf(SERVICE_TRADES);
/** `eight years in the Army, infantry`, `I was artillery`: an arm of service named without an article. */
const SERVICE_TRADE = new RegExp(
  `(?:\\b(?:Army|Navy|Marines|Marine Corps|RAF|Air Force|National Guard|Guard|Reserves?|Territorials)\\s*,\\s*(?:(?:as\\s+)?an?\\s+)?|\\b(?:${PERSON_IS})\\s+(?:in\\s+(?:the\\s+)?)?)(${TRADES})(?![\\p{L}])`,
  'giu',
);
const WORKPLACE_WORDS = [...WORKPLACES].join('|');
/** `I work in the packing shed at Sunrise Orchards`, `he works on the rigs`: a section of a workplace. */
const WORKS_IN = new RegExp(`\\b(?:work|works|worked|working)\\s+(?:in|on)\\s+the\\s+((?:\\p{Ll}+\\s+)?(?:${WORKPLACE_WORDS}))(?=\\s+(?:at|for|in)\\s(?!home)|[,.;])`, 'gu');

/** `I do contract shearing`, `on weekends i do quinceañera photography`: a described trade, with its modifier. */
const TRADE_DONE = /\b(?:I|i|he|she|we|they|He|She|We|They)\s+(?:do|does|did|(?:am|was|is|were|['’]m|['’]s)\s+doing\s+the)\s+(?:a\s+bit\s+of\s+|some\s+|a\s+lot\s+of\s+)?((?:[\p{Ll}\p{M}]+)\s+(?:[\p{Ll}\p{M}]+(?:ing|graphy|work|smithing|keeping)|work(?=\s+for\s)))(?![\p{L}])/gu;
const ORDINARY_ACTIVITY = new Set(
  'the a my his her our their some any no more less all much extra home house shift school night day online food grocery weekly big was is it that to what this'.split(' '),
);
/** `one of the last two boats working from the cove`, `one of the only women pilots in the region`. */
const ONE_OF_FEW = new RegExp(
  `\\bone\\s+of\\s+(?:the\\s+)?(?:last|only|first|few)\\s+(?:(?:two|three|four|five|six|few|handful\\s+of|remaining|\\d+)\\s+)?((?:${WORD}\\s+){0,2}?${WORD})((?:\\s+(?!and\\b|but\\b|so\\b)${WORD}){0,6}?)(?=[,.;!?]|$)`,
  'gu',
);
const FEW_OF_A_KIND = new Set('boats boat farms farm families family women woman men man girls boys people members crews trawlers shops pubs'.split(' '));

function oneOfFew(match: RegExpExecArray): Candidate | undefined {
  const words = match[1].toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (!FEW_OF_A_KIND.has(head) && !isOccupationHead(head.replace(/s$/, '')) && !isOccupationHead(head)) return undefined;
  return otherAt(match.index, match.index + match[0].length, 0.4, 'one of the few of a kind');
}

const GENERIC_ROLES = new Set(
  'helper volunteer person thing way man woman lady guy fella bloke boy girl kid child baby mother father mum mom dad parent wife husband member user patient client customer friend mate buddy fan mess wreck nightmare state bit lot one fool idiot saint drinker smoker worrier people persons folks men women sweetheart sweetie darling angel star gem treasure legend honey dear doll babe nobody anybody somebody everybody someone anyone everyone'.split(' '),
);

/**
 * `I'm the locum, I fly up`, `he's the farrier.`: one listed job word after `the`, closing the clause (`I'm the cook
 * tonight` may be one shift).
 */
const PERSON_IS_THE_LISTED_JOB = new RegExp(`(?<!\\w)(?:${PERSON_IS})\\s+the\\s+(${alternation([...EXTRA_OCCUPATIONS].filter((word) => word.length > 2 && !GENERIC_ROLES.has(word)))})(?=\\s*[,.;!?)]|\\s*$|\\s+(?:for|so|of|there|here|now)\\s)`, 'giu');
const OCCUPATION_END = /(?:man|men|woman|er|or|ist|ian|ant|ent|cook|chef|hand|smith|wright|keeper|nurse|midwife|wife|carer|aide|guard|clerk|cop|vet|medic|marine|soldier|sailor|pilot|farmer|fisher|tech|maid)$/i;
const STOP_INSIDE = new Set(
  'for at in with on and but by from of out so who until till when like to then now since before after the a an is was it them him us me you they we she he i this that her his my our their your its'.split(' '),
);
/** `a good mother`, `a real worrier`: ordinary adjectives make it a description, not a job title. */
const DESCRIPTIVE = /^(?:good|bad|real|big|great|terrible|proper|total|complete|better|worse|bit|very|really)$/;
/** Job titles whose last word is a family word: `ward sister`, `house father` is a job anyway. */
const TITLED_RELATIONS = /^(?:ward|theatre|night|day|nursing|senior|junior|charge|lay|house|foster|den|cub|scout)\s+(?:sister|brother|mother|father|parent)$/;
const QUANTITY = new Set(['lot', 'bit', 'few', 'little', 'couple']);

/** Whether a lower-case word names a job (`scaffolder`, `seamstress`) rather than a relation (`granddaughter`). */
export function isOccupationHead(word: string): boolean {
  const head = word.toLowerCase();
  // Plurals too: `Dear sisters`, `the same people`.
  const singular = head.replace(/s$/, '');
  if (GENERIC_ROLES.has(head) || RELATIONS.has(head) || GENERIC_ROLES.has(singular) || RELATIONS.has(singular)) return false;
  if (ROLE_NOUNS.has(head) || EXTRA_OCCUPATIONS.has(head)) return true;
  return OCCUPATION_END.test(head) && !NOT_JOBS.has(head) && !NOT_JOBS.has(head.replace(/s$/, ''));
}

interface JobOptions {
  confidence?: number;
  reason?: string;
  /** Only the whole captured phrase may be the job (apposition). */
  whole?: boolean;
  minWords?: number;
  /** No article before the phrase: only two or more words, or a job from the word list, and no plural. */
  bare?: boolean;
  /** Where the phrase starts, when it was matched in a lookahead (not inside the match). */
  start?: number;
  /** The last word must be a job the word lists name (`foreman`), not only shaped like one (`older`). */
  listedHead?: boolean;
}

/** The longest run of the captured words whose last word names a job, as a candidate. */
export function occupationFrom(match: RegExpExecArray, group: number, options: JobOptions = {}): Candidate | undefined {
  const { confidence = 0.5, reason = 'occupation of a person in the story', whole = false, minWords = 1, bare = false, listedHead = false } = options;
  const value = match[group];
  if (!value) return undefined;
  const start = options.start ?? match.index + match[0].lastIndexOf(value);
  const all = value.split(/\s+/);
  for (let count = all.length; count >= minWords; count--) {
    if (whole && count < all.length) break;
    const phrase = all.slice(0, count).join(' ');
    if (bare && !isBareJob(all.slice(0, count))) continue;
    if (listedHead && !isListedJob(all[count - 1].toLowerCase())) continue;
    if (isJobPhrase(phrase)) return otherAt(start, start + phrase.length, confidence, reason);
  }
  return undefined;
}

const isListedJob = (head: string): boolean => isOccupationHead(head) && (EXTRA_OCCUPATIONS.has(head) || ROLE_NOUNS.has(head));

/** Verbs and adverbs that start a predicate, not a job title: `she's been here longer`, `I'm getting older`. */
const NOT_IN_BARE_JOB = new Set('been got gotten had gone done doing having coming going getting here there ever even much far way'.split(' '));

function isBareJob(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  const head = lower[lower.length - 1];
  if (lower.some((word) => NOT_IN_BARE_JOB.has(word))) return false;
  // `I was using Abuela's old nebulizer`: a possessive inside the phrase makes it something owned, not a job.
  if (lower.slice(0, -1).some((word) => /['’]s$/.test(word))) return false;
  if (/s$/.test(head) && !EXTRA_OCCUPATIONS.has(head)) return false;
  return words.length >= 2 || EXTRA_OCCUPATIONS.has(head);
}

/** `a taxi man`, `the bin men`: a trade before `man`, which alone is no job. */
const TRADE_MAN = /^(?:taxi|cab|bin|milk|post|coal|insurance|delivery|bread|fish|oil|gas|cable|lollipop|ice[\s-]cream|odd[\s-]job|maintenance|handy|repair|rag[\s-]and[\s-]bone|dustbin|tally|lobster|crab)\s+(?:man|men|woman|women|lady)$/;
/** `foreign domestic helper`, `classroom helper`: a helper's post, though `helper` alone is anyone who helps. */
const HELPER_JOBS = /^(?:domestic|household|kitchen|teaching|classroom|home|care|farm|shop|house)\s+helper$/;
/** `the tamale lady`, `a tea boy`, `the chai wallah`: who sells or does one of TRADE_GOODS. */
const GOODS_SELLERS = /^(?:man|men|woman|women|lady|ladies|boy|wallah|walla|wala)$/;
/** `ward sister`, `deputy sister`: a senior nurse's post in British hospitals, though `sister` alone is family. */
const NURSING_SISTER = /^(?:ward|deputy|night|junior|senior|theatre|charge|nursing|staff)\s+sister$/;
/** `HR business partner`, `GP partner`: a partner in a firm, not a spouse. */
const FIRM_PARTNER = /^(?:business|practice|gp|law|legal|senior|junior|managing|equity|salaried|founding|audit|tax)\s+partner$/;

/** `Postdoctoral Fellow`, `research fellow`: an academic post, though `fellow` alone is just a man. */
const ACADEMIC_FELLOW = /^(?:postdoctoral|postdoc|post-doctoral|research|teaching|clinical|visiting|doctoral|graduate|honorary|junior\s+research|senior\s+research)\s+fellow$/;

export function isJobPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length >= 2 && ACADEMIC_FELLOW.test(words.slice(-2).join(' ').replace(/^(?:junior|senior)\s+/, '')) ) return true;
  if (words.length >= 2 && TITLED_RELATIONS.test(words.slice(-2).join(' '))) return true;
  if (words.length >= 2 && FIRM_PARTNER.test(words.slice(-2).join(' '))) return true;
  if (words.length === 2 && TRADE_MAN.test(words.join(' '))) return true;
  if (words.length === 2 && TRADE_GOODS.has(words[0]) && GOODS_SELLERS.test(words[1])) return true;
  // `fish smoker`, `bread maker`: an agent noun after goods is a trade, though `smoker` alone is a habit.
  if (words.length === 2 && TRADE_GOODS.has(words[0]) && /(?:er|or)$/.test(words[1]) && !NOT_JOBS.has(words[1])) return true;
  if (words.length >= 2 && HELPER_JOBS.test(words.slice(-2).join(' '))) return true;
  if (words.length >= 2 && NURSING_SISTER.test(words.slice(-2).join(' '))) return true;
  if (words.length === 1 && isForeignJobWord(words[0])) return true;
  if (words.some((word) => STOP_INSIDE.has(word) || QUANTITY.has(word))) return false;
  if (DESCRIPTIVE.test(words[0])) return false;
  const head = words[words.length - 1];
  return !/['’]/.test(head) && isOccupationHead(head);
}

/** `the only Polish-speaking midwife on the unit`: the job and where, when the words name a job. */
function onlyOne(match: RegExpExecArray): Candidate | undefined {
  const job = occupationFrom(match, 1, { reason: 'the only one in a role' });
  if (!job) return undefined;
  const jobEnd = match.index + match[0].length - match[2].length;
  return job.end === jobEnd ? { ...job, end: jobEnd + match[2].length } : job;
}
