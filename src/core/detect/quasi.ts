import { matchAll, rulesInStages, stagedDetector, type Candidate, type Detector, type TextRule } from './detector';
import { STUDY_ROLES } from './quasi-job-brackets';
import { PET_WORDS } from './lexicon/cues';
import { PET_KINDS } from './lexicon/pets';
import { findCommunities } from './quasi-community';
import { RARE_CONDITION_RULES } from './quasi-conditions';
import { alternation, groupCandidate, mentionsAny, otherAt, PERSON_IS } from './quasi-cues';
import { findDescriptorItems } from './quasi-descriptor';
import { LOCAL_EVENT_RULES } from './quasi-events';
import { findFamilyDetails, findFamilyShapes } from './quasi-family';
import { findFormFields } from './quasi-form-fields';
import { GENERAL_QUASI_RULES } from './quasi-general';
import { OCCUPATION_RULES } from './quasi-occupation';
import { findForeignJobs } from './quasi-foreign-jobs';
import { findJobFrames } from './quasi-job-frames';
import { findJobShapes, jobsCoordinatedAfter } from './quasi-job-shapes';
import { findJobVerbs } from './quasi-job-verbs';
import { findJobsBesideNames } from './quasi-job-apposition';
import { findImmigrationStatus } from './quasi-status';
import { opensAsNoName } from './person-introductions';
import { OTHER_LANGUAGE_RULES } from './quasi-other-languages';
import { visaClasses } from './quasi-visa-classes';

/** The reason of a pet's or boat's name: propagation flags the name again wherever it recurs in the transcript. */
export const PET_NAME_REASON = 'name of a pet or boat';

/**
 * Quasi-identifiers typed OTHER, at low confidence: a person's occupation, community or faith, rare condition,
 * immigration status, named local events, pet and boat names, a group's nickname. Each needs a cue tying it to
 * someone in the story, because the same words in passing (`a nurse came`, `Polish families`) identify no one.
 * The rule families live in quasi-*.ts; this detector runs them all.
 */
export const quasi: Detector = stagedDetector('quasi', 55, function* ({ text }) {
  const found = (yield* rulesInStages(RULES, text)).filter((candidate) => !isStudyRoleInBrackets(text, candidate));
  const jobs = [...found, ...jobsCoordinatedAfter(text, found)];
  return [...jobs, ...acronymsOfJobs(text, jobs)];
});

/** `Hannah (researcher):`: the study's own people named with their role in a label; the role identifies no participant. */
function isStudyRoleInBrackets(text: string, candidate: Candidate): boolean {
  return text.charAt(candidate.start - 1) === '(' && text.charAt(candidate.end) === ')' && STUDY_ROLES.has(text.slice(candidate.start, candidate.end).toLowerCase());
}

/** The rules of every family, run in this order (a stage each: see stagedDetector). */
const RULES: readonly TextRule[] = [
  ...OCCUPATION_RULES,
  findJobShapes,
  findJobFrames,
  findJobVerbs,
  findJobsBesideNames,
  findForeignJobs,
  findCommunities,
  ...RARE_CONDITION_RULES,
  findImmigrationStatus,
  visaClasses,
  ...LOCAL_EVENT_RULES,
  findFamilyDetails,
  findFamilyShapes,
  findDescriptorItems,
  findFormFields,
  ...OTHER_LANGUAGE_RULES,
  ...GENERAL_QUASI_RULES,
  (text) => matchAll(text, PET, (match) => groupCandidate(match, 0.7, PET_NAME_REASON)).flatMap((pet) => [pet, ...secondPetName(text, pet)]),
  (text) => matchAll(text, NICKNAME, (match) => groupCandidate(match, 0.6, 'a group\'s or place\'s nickname')),
  (text) => matchAll(text, PET_AFTER_NAME, (match) => groupCandidate(match, 0.7, PET_NAME_REASON)),
  (text) => matchAll(text, ROLE_OF_PERSON, (match) => groupCandidate(match, 0.5, 'role of a person in the story')),
  (text) => matchAll(text, POST_FOR, (match) => groupCandidate(match, 0.5, 'role of a person in the story')),
  (text) => matchAll(text, IDENTITY, (match) => groupCandidate(match, 0.55, 'gender or sexual identity of a person in the story')),
  (text) => (mentionsAny(text, ['ex-']) ? matchAll(text, FORMER_SERVICE, (match) => groupCandidate(match, 0.5, 'former service of a person in the story')) : []),
  (text) => (mentionsAny(text, ['national']) ? matchAll(text, NATIONAL_SERVICE, nationalService) : []),
  (text) => matchAll(text, IS_OUR_PET, namedAsPet),
  (text) => matchAll(text, PET_THEN_NAME, (match) => (NOT_PET_NAMES.has(match[1].toLowerCase()) || opensAsNoName(match[1].toLowerCase()) ? undefined : groupCandidate(match, 0.55, PET_NAME_REASON))),
  (text) => (ORDINAL_NUMBER.test(text) ? [...matchAll(text, MILITARY_UNIT, militaryUnit), ...matchAll(text, NAMED_NUMBERED_UNIT, militaryUnit)] : []),
  (text) => (mentionsAny(text, UNIT_WORDS) ? [...matchAll(text, MILITARY_UNIT_IN_WORDS, militaryUnit), ...matchAll(text, LETTERED_COMPANY, militaryUnit)] : []),
  (text) => (JOB_CODE_SHAPE.test(text) ? matchAll(text, MILITARY_JOB_CODE, (match) => groupCandidate(match, 0.5, 'military job code of a person in the story')) : []),
  (text) => (text.includes('NS') ? matchAll(text, NS_SERVICE, (match) => groupCandidate(match, 0.45, 'former service of a person in the story')) : []),
  (text) => (BOAT_WORD.test(text) ? matchAll(text, BOAT_AFTER_NAME, (match) => groupCandidate(match, 0.6, PET_NAME_REASON)) : []),
];

/**
 * `1st cav`, `the 82nd Airborne`, `93rd Brigade`, `3rd Guards`: a numbered unit, which with a rank or a year narrows a
 * veteran down. Football's `2nd division` is no unit: a bare division needs an arm before it (`1st Infantry Division`).
 */
const MILITARY_UNIT =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:st|nd|rd|th)\s+(?:cav|cavalry|infantry|inf|id|airborne|armou?red|marines?|battalion|bn|brigade|bde|regiment|regt|rgt|squadron|sqn|signals?|engineers?|rangers?|para|paras|commando|guards|sfg|special\s+forces\s+group|fighter\s+wing|field\s+artillery|artillery|platoon|mechanized|mechanised|mountain\s+division|air\s+assault)(?:\s+(?:division|div|regiment|brigade|battalion))?)(?![\p{L}])/giu;
/**
 * `517th Maintenance Squadron`, `512th Transportation Company`, `233rd Armor`: a numbered unit named by its branch or
 * trade, capitalised as units are (so `the 2nd biggest company` is no unit).
 */
const NAMED_NUMBERED_UNIT =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:st|nd|rd|th)\s+(?:(?:\p{Lu}[\p{Ll}-]+\s+){1,2}(?:Squadron|Company|Battalion|Regiment|Brigade|Battery|Detachment|Wing)|Armou?r|Field Artillery|Artillery))(?![\p{L}])/gu;
/** `Third Battalion, Seventh Marines`, `First Armored Division`: a unit numbered in words, capitalised as units are. */
const MILITARY_UNIT_IN_WORDS =
  /(?<![\p{L}])((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)) (?:Battalion|Brigade|Regiment|Squadron|Platoon|Marines|Marine Regiment|Infantry|Cavalry|Armou?red|Airborne|Rangers|Engineers|Signals|Fleet|Army|Corps|Special Forces Group)(?: (?:Division|Regiment|Brigade|Battalion))?)(?![\p{L}])/gu;
/** `Kilo Company`, `Bravo Troop`, `Charlie Battery`: a company lettered in the phonetic alphabet. */
const LETTERED_COMPANY =
  /(?<![\p{L}])((?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Juliett|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|Whisky|X-ray|Yankee|Zulu) (?:Company|Troop|Battery|Squadron|Platoon))(?![\p{L}])/gu;
const UNIT_WORDS = ['battalion', 'brigade', 'regiment', 'squadron', 'platoon', 'marines', 'infantry', 'cavalry', 'armored', 'armoured', 'airborne', 'rangers', 'engineers', 'signals', 'fleet', 'army', 'corps', 'special forces', 'company', 'troop', 'battery'];
const militaryUnit = (match: RegExpExecArray): Candidate | undefined => groupCandidate(match, 0.5, 'military unit of a person in the story');
/** Cheap first tests: the unit and job-code rules run only on chunks with an ordinal in figures or a code's shape. */
const ORDINAL_NUMBER = /\d(?:st|nd|rd|th)\b/i;
const JOB_CODE_SHAPE = /\b\d{2}[a-z]\d?\b/i;
/** `i was the 68w with his platoon`, `as an 11B`, `my MOS was 88M`: a job code said by someone who held it. */
const MILITARY_JOB_CODE = new RegExp(
  `(?<!\\w)(?:(?:${PERSON_IS})\\s+(?:an?\\s+|the\\s+)?|as\\s+(?:an?\\s+|the\\s+)?|mos\\s+(?:was\\s+|is\\s+)?:?\\s*)(\\d{2}[a-z]\\d?)(?![\\p{L}\\p{N}])(?!\\s+(?:bus|flat|apartment|apt|room|route|street|st)\\b)`,
  'giu',
);
/** `I did my NS in 3rd Guards`: national service by its letters. */
const NS_SERVICE = /(?<=\b(?:my|his|her|their|did|doing|during|after|before|in|finished|complete|completed|for)\s+)(NS)(?![\p{L}])/gu;
const BOAT_KINDS = 'boat|skiff|dinghy|trawler|launch|ketch|sloop|schooner|yacht|lugger|currach|tinnie|punt|dory|seiner|gillnetter|longliner|crabber|canoe|kayak';
const BOAT_WORD = new RegExp(`\\b(?:${BOAT_KINDS})\\b`);
/** `on the Sea Breeze, his skiff`, `the Mary Jane, our trawler`: a boat's name before the kind it is. */
const BOAT_AFTER_NAME = new RegExp(
  `\\bthe\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}),\\s+(?:my|our|his|her|their)\\s+(?:(?:old|little|big|new)\\s+)?(?:${BOAT_KINDS})\\b`,
  'gu',
);
/** `village public safety officer, VPSO,`, `community health worker (CHW)`: a job's abbreviation said right after it. */
const ACRONYM_AFTER = /^(?:\s*,\s*|\s*\(\s*)(\p{Lu}{2,6})(?=\s*[,)])/u;

function acronymsOfJobs(text: string, found: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const job of found) {
    if (!/occupation|post|role/.test(job.reason ?? '')) continue;
    const acronym = ACRONYM_AFTER.exec(text.slice(job.end, job.end + 12));
    // Only the job's own initials (`VPSO`), not another abbreviation said next to it (`dump truck operator, FIFO`).
    const initials = text.slice(job.start, job.end).split(/[\s-]+/).map((word) => word.charAt(0).toUpperCase()).join('');
    if (!acronym || acronym[1].charAt(0) !== initials.charAt(0) || acronym[1].length > initials.length + 1) continue;
    const start = job.end + acronym[0].length - acronym[1].length;
    added.push(otherAt(start, start + acronym[1].length, job.confidence, job.reason ?? 'occupation of a person in the story'));
  }
  return added;
}

const PET_ALTERNATIVES = alternation([...PET_WORDS, ...PET_KINDS]);
/**
 * `our dog, Biscuit`, `my boat, the Cheryl Ann`, `a horse called Duke`, `our kelpie, Bluey`, `a piebald mare, Sky`
 * (one word of any description before the animal), and in notes `Dog: old coonhound, Blue`.
 */
const PET = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|own|[Aa]n?|(?:Dogs?|Cats?|Pets?|Animals?):)\\s+(?:(?:service|old|new|little|big|own|fishing|lobster|guide|therapy|assistance)\\s+)*(?:(?!(?:and|or|but|of|in|on|at|to|with)\\s)\\p{Ll}[\\p{Ll}-]*\\s+)?(?:${PET_ALTERNATIVES})\\s*,?\\s+(?:(?:named|called)\\s+)?(?:the\\s+)?(?!(?:I|He|She|We|They|It|You|And|But|So|Then|Yes|No|Well|Oh)(?![\\p{L}]))(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]+)?)`,
  'gu',
);
/** After a pet's name, a second joined to it: `the dogs, Fly and Moss`. */
const AND_ANOTHER_NAME = /^\s+(?:and|&)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}])/u;

function secondPetName(text: string, pet: Candidate): Candidate[] {
  const second = AND_ANOTHER_NAME.exec(text.slice(pet.end, pet.end + 30));
  if (!second || NOT_PET_NAMES.has(second[1].toLowerCase()) || opensAsNoName(second[1].toLowerCase())) return [];
  const start = pet.end + second[0].length - second[1].length;
  return [otherAt(start, start + second[1].length, pet.confidence, PET_NAME_REASON)];
}

/** `We call it the Prostate Posse`, `they called us the Dream Team`. */
const NICKNAME = /\b(?:call|calls|called|nicknamed)\s+(?:it|ourselves|themselves|us|them|the group|the place)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,3})/gu;

/** `Me and Biscuit, my dog`, `Shep, my collie`: a name before the pet word it is in apposition to. */
const PET_AFTER_NAME = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}'’-]+),\\s+(?:my|our|his|her|their)\\s+(?:(?:old|little|big|new)\\s+)?(?:${PET_ALTERNATIVES})\\b`, 'gu');

const ROLE_WORDS =
  'secretary|rep|representative|organiser|organizer|treasurer|chair|chairperson|chairwoman|chairman|convenor|convener|steward|' +
  'coordinator|co-ordinator|officer|head|deputy|lead|manager|director|supervisor|foreman|forewoman|president|governor|warden|shop steward';
const ROLE_OF = `\\s+of\\s+(?:Year\\s+\\d{1,2}|the\\s+[\\p{L}-]+|\\p{Lu}[\\p{L}-]+)`;
const ROLE_PHRASE = `((?:(?!(?:our|my|the|their|his|her|a|an|your|its)\\s)[\\p{Ll}-]+\\s+)?(?:${ROLE_WORDS})(?:${ROLE_OF})?)`;
/** After `the`, only a post of something (`the head of Year 10`): `I was the coordinator` may be for one shift. */
const ROLE_OF_PHRASE = `((?:[\\p{Ll}-]+\\s+)?(?:${ROLE_WORDS})${ROLE_OF})`;
/**
 * A post someone holds, in the few shapes transcripts use: `she's our new equality rep`, `he's the head of Year 10`,
 * `I'm Alasdair, branch secretary,`, `the regional organiser, Fiona`. Posts are few per workplace, so they identify.
 */
const ROLE_OF_PERSON = new RegExp(
  `(?:\\b(?:is|was|'s|’s|I'm|I’m|I am)\\s+(?:(?:our|my|their|his|her)\\s+(?:(?:new|old|former|current|acting)\\s+)?${ROLE_PHRASE}|the\\s+${ROLE_OF_PHRASE})(?![\\p{L}])|` +
    `(?<=\\p{Lu}[\\p{L}'’-]+,\\s)${ROLE_PHRASE}(?=,)|\\bthe\\s+${ROLE_PHRASE}(?=,\\s+\\p{Lu}))`,
  'gu',
);
/**
 * A post said without an article, or with `the` and a body's letters, before whom it serves: `I was shop steward for
 * the platers`, `I'm the RC chairperson for Zone 4`, `she was secretary of the lodge`. Not `head of the queue`, nor
 * `the coordinator on the ward` (with `the` a body's name must come first: one shift's role is no post).
 */
const POST_MODIFIER = `(?!(?:a|an|the|my|our|his|her|their)\\s)(?:\\p{Lu}{2,5}|[\\p{Ll}-]+)\\s+`;
const POST_WORDS = ROLE_WORDS.split('|').filter((word) => word !== 'head' && word !== 'lead').join('|');
const POST_FOR = new RegExp(
  `\\b(?:I\\s+was|I['’]m|I\\s+am|[Hh]e\\s+was|[Ss]he\\s+was|[Hh]e['’]s|[Ss]he['’]s)\\s+(?:the\\s+(${POST_MODIFIER}(?:${POST_WORDS}))|((?:${POST_MODIFIER})?(?:${POST_WORDS})))\\s+(?:for|of|at|on)\\s`,
  'gu',
);
const IDENTITY_WORDS = 'non-binary|nonbinary|genderqueer|genderfluid|agender|transgender|trans|intersex|gay|lesbian|bisexual|bi|pansexual|asexual|queer';
/** `I'm non-binary`, `she's trans`, `as a queer woman`. */
const IDENTITY = new RegExp(
  `(?<!\\w)(?:(?:${PERSON_IS}|identify as|identifies as|came out as)\\s+(?:an?\\s+)?(${IDENTITY_WORDS})(?![\\p{L}-])|` +
    // `As a nonbinary person, ...`: how the speaker sees themself.
    `as\\s+an?\\s+(${IDENTITY_WORDS})(?=\\s+(?:person|man|woman|kid|student|teen|teenager|guy|girl|boy|parent|mum|mom|dad)\\b))`,
  'giu',
);
/** `he's ex-Navy`, `I'm ex-police`. */
const FORMER_SERVICE = new RegExp(`(?<!\\w)(?:${PERSON_IS})\\s+(ex-[\\p{L}]+)`, 'giu');
/** `He was taken for national service`, `did my national service`: conscription dates and places a man's story. */
const NATIONAL_SERVICE = /\bnational\s+service(?![\p{L}])/giu;
const SERVICE_CUE_BEFORE = /\b(?:for|did|do|doing|done|into|in|during|after|from|called\s+up\s+for|my|his|her|their|our)\s+$/iu;

function nationalService(match: RegExpExecArray): Candidate | undefined {
  if (!SERVICE_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 20), match.index))) return undefined;
  return otherAt(match.index, match.index + match[0].length, 0.45, 'former service of a person in the story');
}

const PET_KIND_WORDS = `(?:${PET_ALTERNATIVES}|café\\s+dog|farm\\s+dog|shop\\s+dog|pub\\s+dog|guard\\s+dog|guide\\s+dog|ship['’]s\\s+cat)`;
/** `Bracken is our café dog`, `Duke's my old horse`: a name said to be someone's animal (the name checked before it). */
const IS_OUR_PET = new RegExp(
  `(?:\\s+is|\\s+was|['’]s)\\s+(?:my|our|his|her|their)\\s+(?:(?:old|little|big|new|wee|first|lovely)\\s+)?${PET_KIND_WORDS}(?![\\p{L}])`,
  'gu',
);
const NAME_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]+$/u;

function namedAsPet(match: RegExpExecArray): Candidate | undefined {
  const name = NAME_BEFORE.exec(match.input.slice(Math.max(0, match.index - 30), match.index));
  if (!name) return undefined;
  return otherAt(match.index - name[0].length, match.index, 0.65, PET_NAME_REASON);
}

/** `my dog got out. Biscuit. She's a kelpie`, `And the dog. [laughs] Sailor.`: the animal, then its name as a one-word sentence. */
const PET_THEN_NAME = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\\s+(?:(?:old|little|big|new|wee)\\s+)?(?:${PET_ALTERNATIVES})\\b[^.!?\\n]{0,60}[.!?]\\s+(?:\\[[^\\]\\n]{1,30}\\]\\s+)?(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)[.!](?=\\s)`,
  'gu',
);
/** One-word sentences that are no name: `my dog got out. Anyway.` */
const NOT_PET_NAMES = new Set(
  'anyway yes yeah yep no nope okay ok right so well sorry thanks gone dead nothing never always sometimes honestly seriously exactly really absolutely twice once again everywhere anyhow oh ah'.split(' '),
);
