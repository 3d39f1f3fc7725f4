import { matchAll, type Candidate } from './detector';
import { OPENERS } from './lexicon/cues';
import { STATUS_NAMES, STATUS_WORDS, VISA_KINDS } from './lexicon/immigration';
import { alternation, groupCandidate, mentionsAny, otherAt, PERSON_IS } from './quasi-cues';

const REASON = 'immigration status of a person in the story';

/**
 * Immigration status: named visas and permits (`the Health and Care Worker visa`, `my U visa`, `TPS`) identify without
 * a cue, since only immigration law names them; bare statuses (`undocumented`, `boat people`) need a person
 * (`I am undocumented`, `they were boat people`, `came as refugees`).
 */
export function findImmigrationStatus(text: string): Candidate[] {
  // Rarer shapes, each behind its own words: they need none of the status words below.
  const rarer = [
    ...(mentionsAny(text, ['temporary residen']) ? matchAll(text, TEMPORARY_RESIDENCE, (match) => groupCandidate(match, 0.45, REASON)) : []),
    ...(mentionsAny(text, ['citizenship', 'naturali']) ? matchAll(text, CITIZENSHIP_TAKEN, (match) => groupCandidate(match, 0.45, REASON)) : []),
    ...(mentionsAny(text, ['citizen']) ? matchAll(text, BECAME_CITIZEN, (match) => groupCandidate(match, 0.45, REASON)) : []),
    ...(mentionsAny(text, ['citizenship', 'passport']) ? matchAll(text, CITIZENSHIP_DATED, (match) => groupCandidate(match, 0.45, REASON)) : []),
    ...(mentionsAny(text, ['program', 'scheme', 'route', 'pathway']) ? matchAll(text, CAME_THROUGH_PROGRAMME, (match) => groupCandidate(match, 0.45, REASON)) : []),
    ...(mentionsAny(text, ['camp ']) ? matchAll(text, CAMP_PAST, (match) => groupCandidate(match, 0.45, REASON)) : []),
    ...(mentionsAny(text, ['reunification', 'family reunion']) ? matchAll(text, AWAITING_REUNIFICATION, (match) => groupCandidate(match, 0.45, REASON)) : []),
  ];
  if (!mentionsStatus(text)) return rarer;
  return [
    ...rarer,
    ...matchAll(text, NAMED_VISA, namedVisa),
    ...matchAll(text, KIND_VISA, (match) => groupCandidate(match, 0.5, REASON)),
    ...matchAll(text, STATUS_NAME, (match) => (isAbbreviation(match[1]) && match[1] !== match[1].toUpperCase() ? undefined : groupCandidate(match, 0.5, REASON))),
    ...matchAll(text, PERSON_STATUS, (match) => groupCandidate(match, 0.5, REASON)),
    ...matchAll(text, WITHOUT_PAPERS, (match) => otherAt(match.index, match.index + match[0].length, 0.5, REASON)),
    ...matchAll(text, GROUP_STATUS, (match) => groupCandidate(match, 0.45, REASON)),
    ...matchAll(text, STATUS_FRAGMENT, (match) => groupCandidate(match, 0.45, REASON)),
    ...matchAll(text, NAMED_STATUS, (match) => (STATUS_VERB_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index)) ? groupCandidate(match, 0.5, REASON) : undefined)),
    ...matchAll(text, SETTLEMENT_GRANTED, (match) => groupCandidate(match, 0.45, REASON)),
    ...(text.includes('PR') ? matchAll(text, PERMANENT_RESIDENT, (match) => (PR_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 30), match.index)) ? groupCandidate(match, 0.45, REASON) : undefined)) : []),
  ];
}

/**
 * A cheap first test: every rule below needs one of these words. Most are looked for as plain words in the folded
 * text (`mentionsAny`: far cheaper than one case-insensitive alternation tried at every offset); the few that need a
 * word boundary are a small expression.
 */
const STATUS_NEEDLES = [
  'papers',
  'documents',
  'residence card',
  'visa',
  'permit',
  'ltvp',
  'duldung',
  'tolerated',
  'kaburan',
  'papeles',
  'leave to remain',
  'indefinite leave',
  'ilr',
  'status',
  'protection',
  'daca',
  'tps',
  'green card',
  'asylum',
  'refugee',
  'recourse',
  'nrpf',
  'undocumented',
  'stateless',
  'illegal',
  'overstayer',
  'boat people',
  'dreamer',
  'resident',
  'unaccompanied',
  'migrant',
  'seasonal',
  'guest worker',
  'sans papiers',
  'displaced',
  'settlement',
  'permanent residen',
  'humanitarian',
  'dual nationality',
  'dual citizenship',
  'sans-papiers',
  'séjour',
  'soggiorno',
  'asilo',
  'asile',
  'residencia',
  'residência',
  'eijū',
  'eiju',
  'ginō',
  'compact of free',
  'extranjer',
  'permanencia',
  'protección temporal',
  'refugio',
  'temporári',
  'temporaria',
  'fdh',
  'indocumentad',
  'clandestin',
  'aufenthalt',
  'niederlassung',
  'boat person',
];
const STATUS_SHORT_WORDS = /pass\b|\bPR\b|\b[hjoekfl]-\d|\bDPs?\b|\b(?:gino|ecr|cofa|ptp|ppt)\b/i;
const mentionsStatus = (text: string): boolean => mentionsAny(text, STATUS_NEEDLES) || STATUS_SHORT_WORDS.test(text);

/**
 * `Permit: temporary residence, renewed twice`, `she has temporary residency`: the status, not `a temporary residence`
 * (a place to live).
 */
const TEMPORARY_RESIDENCE = /(?<!\b(?:a|an|of|in|into|at)\s+)\b(temporary\s+residen(?:ce|cy))(?![\p{L}])(?!\s+(?:for|in|at)\b)/giu;
/** `I took the German citizenship in 2003`, `she got British citizenship`: a naturalisation, which dates a migrant's story. */
// Also held (`RB holds Slovak citizenship`, `with Canadian citizenship`).
/** `I became a citizen in 2009`, `she became a US citizen`: a naturalisation. */
const BECAME_CITIZEN = /(?<=\b(?:became|become|becoming)\s+(?:a|an)\s+)((?:\p{Lu}[\p{L}.]*\s+)?citizen)(?![\p{L}])/gu;
const CITIZENSHIP_TAKEN =
  /\b(?:took|take|taken|taking|got|get|gets|getting|gained|acquired|granted|received|applied\s+for|naturali[sz]ed\s+with|holds?|held|has|have|had|having|with|obtained|kept|lost|renounced)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(\p{Lu}[\p{L}\p{M}]+\s+citizenship)(?![\p{L}])/gu;
/** `Kashubian from Kartuzy, Icelandic citizenship since 2019`, `and 2017 the Dutch passport`: naturalisation, dated. */
const CITIZENSHIP_DATED = /(?<=[,;]\s*)(\p{Lu}[\p{L}\p{M}]+\s+citizenship)(?=\s+(?:since|from|in)\s+\d{4})|(?<=\b(?:19|20)\d\d,?\s+(?:the\s+|my\s+|his\s+|her\s+)?)(\p{Lu}[\p{L}\p{M}]+\s+(?:citizenship|passport))(?![\p{L}])/gu;

/**
 * `She came through the Orderly Departure Program`, `arrived under the Seasonal Workers Scheme`: a named programme that
 * brought someone, in capitals, after a verb of arriving.
 */
const CAME_THROUGH_PROGRAMME =
  /\b(?:came|come|arrived|arrive|entered|admitted|resettled|brought|migrated|sponsored)\s+(?:here\s+|over\s+)?(?:through|under|via|on|with|by)\s+(?:the\s+|a\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,5}(?:Program|Programme|Scheme|Route|Pathway|Visa|Quota))(?![\p{L}])/gu;
/** `who was a re-education camp prisoner`, `she was a refugee camp child`: a past in a camp, said of a person. */
const CAMP_PAST =
  /\b(?:was|were|is|are|been|as)\s+an?\s+((?:re-?education|labou?r|refugee|detention|internment|concentration|prison|transit|displacement|pow|gulag)\s+camp\s+(?:prisoner|inmate|survivor|detainee|internee|child|kid|baby|resident))(?![\p{L}])/giu;
/**
 * `still in Erbil, "waiting for family reunification"`, `came through family reunification`: a family's status while
 * a relative waits to join them. Not a case being talked about (`you applied for family reunification`).
 */
const AWAITING_REUNIFICATION =
  /\b(?:waiting|waits|waited|awaiting|awaits|pending|through|via|under|came\s+on|arrived\s+on|joined\s+(?:us|him|her|them|me)\s+on)\s+(?:for\s+)?(?:the\s+|a\s+)?(family\s+reunification|family\s+reunion)(?![\p{L}])/giu;

/** `They gave us settlement`, `he was granted settlement`, `applied for settlement`: settlement as a status given or sought. */
const SETTLEMENT_GRANTED =
  /\b(?:gave\s+(?:us|him|her|them|me)|give\s+(?:us|him|her|them|me)|granted|given|got|get|getting|refused|applied\s+for|apply\s+for|applying\s+for)\s+(settlement)(?![\p{L}\p{M}])/giu;

/** `U visa`, `H-1B visa`, `Health and Care Worker visa`, `Tier 2 visa`: capitalised words or codes before `visa`. */
const NAMED_VISA = /(?<![\p{L}\p{M}])(?:(?:\p{Lu}[\p{L}\d-]*|\d+)(?:\s+(?:and|of|&)\s+|\s+))*(?:\p{Lu}[\p{L}\d-]*|\d+)\s+[Vv]isas?(?![\p{L}])(?!\s+(?:rules?|policy|policies|system|regime|laws?|changes?|reforms?|fees?|backlogs?|process|requirements?|office|quotas?)\b)/gu;
/** `on a spousal visa`, `a working holiday visa`, `visiting on a medical visa`; not `dependant visas` in general. */
/** `work permit rules changed for everybody`, `the student visa system`: the law in general, no one's status. */
const NOT_OF_A_PERSON = '(?!\\s+(?:rules?|policy|policies|system|regime|laws?|changes?|reforms?|fees?|backlogs?|process|requirements?|office|quotas?)\\b)';
const KIND_VISA = new RegExp(`\\b((?:${alternation(VISA_KINDS)})\\s+visa)(?![\\p{L}])${NOT_OF_A_PERSON}|(?<=\\b(?:on|with|under)\\s+(?:a|an|his|her|my|their|our)\\s+)((?:[\\p{Ll}-]+\\s+){1,2}visa)(?![\\p{L}])(?!\\s+(?:application|form|interview|appointment)s?\\b)${NOT_OF_A_PERSON}`, 'giu');
// Not `a temporary protection order` (a court order against someone).
const STATUS_NAME = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(STATUS_NAMES)})(?![\\p{L}\\p{M}])(?!\\s+orders?\\b)${NOT_OF_A_PERSON}`, 'giu');
/** `I am undocumented`, `they were boat people`, `we came as refugees`, `after the war, as DPs`, `he's an asylum seeker`. */
const PERSON_STATUS = new RegExp(
  `(?<!\\w)(?:${PERSON_IS}|came as|came here as|arrived as|came over as|registered as|classed as|living as|(?<=,\\s)as)\\s+(?:(?:still|now|also|all|both|just)\\s+)?(?:an?\\s+)?(${alternation(STATUS_WORDS)})(?![\\p{L}\\p{M}])`,
  'giu',
);

/**
 * `he doesn't have papers`, `I was without status`, `two years with no residence card`: the lack of a document or
 * status is itself a status.
 */
const WITHOUT_PAPERS = new RegExp(
  `\\b(?:(?:doesn['’]t|does\\s+not|don['’]t|do\\s+not|didn['’]t|did\\s+not|never)\\s+(?:have|had|got)|(?:has|have|had|got)\\s+no|without|with\\s+no)\\s+` +
    `(?:any\\s+|a\\s+|the\\s+)?(?:(?:proper|legal|valid|immigration)\\s+documents|(?:proper\\s+|legal\\s+|valid\\s+)?(?:papers|status|residence\\s+(?:card|permit)|work\\s+permit|visa|green\\s+card))(?![\\p{L}])(?!\\s+(?:for(?!\\s+(?:\\d|a\\s|an\\s|almost|nearly|over|about|some|many|several|years|months|two|three|four|five|six|seven|eight|nine|ten)\\b)|to|on|from|of|about|updates?|reports?|checks?)\\b)`,
  'giu',
);
/** `a lot of them undocumented`, `some of us stateless`: a status of the people just talked about. */
const GROUP_STATUS = /\b(?:of\s+them|of\s+us|them\s+all|all\s+of\s+them)\s+(?:were\s+|are\s+|was\s+)?(undocumented|stateless|illegal|refugees|asylum\s+seekers)(?![\p{L}])|(?<=\b(?:the|our|those|these)\s+)(undocumented)(?=\s+(?:workers|families|people|men|women|parents|mothers|moms|mums|fathers|dads|kids|children|students|patients|tenants|ones)\b)/giu;
/** `Yuli ... is now undocumented`, `he went undocumented`: any subject, with the statuses that say nothing else. */
const NAMED_STATUS = /\b(undocumented|stateless|an\s+overstayer|overstayers|an\s+asylum\s+seeker|asylum\s+seekers|sans[\s-]papiers)(?![\p{L}])/giu;
// Or appended to what was said of someone, after a comma (`He is in Homestead, Florida, undocumented.`).
const STATUS_VERB_BEFORE = /\b(?:is|was|are|were|became|remained|remains|went|stayed)\s+(?:(?:now|still|also|all|both|effectively|technically)\s+)?$|\p{L},\s+(?:(?:now|still|also)\s+)?$/iu;
/** `Wife is PR not yet`, `got my PR last year`, `applying for PR`: permanent residence, said by its letters. */
const PERMANENT_RESIDENT = /\b(PR)(?![\p{L}])/gu;
const PR_CUE_BEFORE = /\b(?:is|was|am|are|be|['’]s|['’]m|got|get|getting|gets|became|become|applied\s+for|apply\s+for|applying\s+for|my|his|her|their|our)\s+(?:(?:a|an|now|already|not|still|yet)\s+)*$/u;
/** `Refugee, then citizen.`: a status as a fragment of a life story. */
const STATUS_FRAGMENT = /(?:^|[.!?]\s+)(Refugee|Asylum\s+seeker|Undocumented|Stateless|Illegal)(?=\s*(?:,\s*then\b|[.!?]))/gmu;

/** Drops sentence openers (`The visa`, `On Tier 2 visa`): a name needs at least one word of its own. */
function namedVisa(match: RegExpExecArray): Candidate | undefined {
  const words = match[0].split(/\s+/);
  let skip = 0;
  while (skip < words.length - 1 && OPENERS.has(words[skip].toLowerCase())) skip++;
  if (skip >= words.length - 1) return undefined;
  const start = match.index + match[0].indexOf(words.slice(skip).join(' '));
  return otherAt(start, match.index + match[0].length, 0.55, REASON);
}

function isAbbreviation(text: string): boolean {
  return !/\s/.test(text) && text.length <= 5;
}
