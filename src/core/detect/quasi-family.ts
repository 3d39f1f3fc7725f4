import { matchAll, type Candidate } from './detector';
import { groupCandidate, otherAt, PERSON_IS } from './quasi-cues';

const REASON = 'family structure of a person in the story';

/**
 * Family-structure details that narrow a person down with a town or an age: twins (`my grandkids, the twins`), a
 * large family (`Eight children, I was number five`), widowhood and single parenthood (`I'm a widow`, `I am raising
 * them alone`). Small families and kinship words alone (`my son`, `three kids`) are too common to flag.
 */
export function findFamilyDetails(text: string): Candidate[] {
  if (!MENTIONS_FAMILY.test(text)) return [];
  return [
    ...matchAll(text, MULTIPLE_BIRTH, (match) => groupCandidate(match, 0.45, REASON)),
    ...matchAll(text, LARGE_FAMILY, (match) => groupCandidate(match, 0.4, REASON)),
    ...matchAll(text, ONE_OF_MANY, (match) => groupCandidate(match, 0.4, REASON)),
    ...matchAll(text, FOSTER_CHILD, (match) => groupCandidate(match, 0.45, REASON)),
    ...matchAll(text, PERSON_FAMILY_STATUS, (match) => groupCandidate(match, 0.45, REASON)),
    ...matchAll(text, RAISING_ALONE, (match) => otherAt(match.index, match.index + match[0].length, 0.45, REASON)),
  ];
}

/** A cheap first test: every rule below needs one of these. */
const MENTIONS_FAMILY = /one of|twin|triplet|quad|children|kids|siblings|sisters|sons|daughters|widow|orphan|adopted|fostered|only child|single|lone|foster|kinship|carer|raise|raising|bring|brought/i;

/** `the twins`, `my twin sister`, `she had triplets`, `I'm a twin`. The word first, its cue looked behind at. */
const MULTIPLE_BIRTH =
  /(?<=\b(?:the|my|our|his|her|their|a|are|were)\s+)((?:identical\s+|twin\s+)?(?:twins|triplets|quadruplets|quads|twin\s+(?:brother|sister|boys|girls|sons|daughters)|twin))(?![\p{L}-])/giu;

const LARGE_NUMBERS = 'five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|[5-9]|1[0-6]';
/**
 * `Eight children, I was number five`, `we were eleven kids`, `she raised nine`: five or more children or siblings.
 * Not a count of pupils or patients: `ten kids in the class`, `rides for about eight kids`.
 */
const LARGE_FAMILY = new RegExp(
  `(?<![\\p{L}\\d-])(?<!\\b(?:about|around|approximately|roughly|nearly|almost|over|under|like|some|another|for)\\s+)((?:${LARGE_NUMBERS})\\s+(?:children|kids|siblings|brothers\\s+and\\s+sisters|sisters\\s+and\\s+brothers|sons|daughters))(?![\\p{L}])` +
    '(?!\\s+(?:in|at|from|on|per|each|every|who|that|under|over|with|were\\s+there)\\b)',
  'giu',
);

/** `I'm one of nine`, `she was one of eleven children`: a place in a large family. */
const ONE_OF_MANY = new RegExp(
  `\\b(one\\s+of\\s+(?:${LARGE_NUMBERS})(?:\\s+(?:children|kids|siblings|brothers|sisters|boys|girls))?)(?=\\s*[,.;!?]|\\s*$|\\s+(?:and|so|but)\\b)`,
  'giu',
);
/** `a foster boy`, `our foster daughter`: a foster child in the household. */
const FOSTER_CHILD = /\b(?:a|our|my|the|his|her|their)\s+(foster\s+(?:boy|girl|son|daughter|child|children|kids|kid|baby|babies))(?![\p{L}])/giu;

const FAMILY_STATUS =
  'widow|widower|widowed|orphan|orphaned|adopted|fostered|only\\s+child|(?:single|lone)\\s+(?:mum|mom|mother|dad|father|parent)|' +
  '(?:foster|kinship)\\s+(?:carer|parent|mum|mom|mother|dad|father)|(?:grandparent|grandmother|grandfather|nan)\\s+carer';
/** `I'm a widow`, `she was widowed young`, `I am a single mum`, `he was adopted`. */
const PERSON_FAMILY_STATUS = new RegExp(
  `(?<=\\b(?:${PERSON_IS}|raised\\s+by\\s+a|as\\s+a)\\s+(?:(?:now|also|still|just|recently)\\s+)?(?:(?:a|an)\\s+)?)(${FAMILY_STATUS})(?![\\p{L}])`,
  'giu',
);

const CHILDREN = '(?:kids|children|boys|girls|twins|family|lot|sons|daughters)';
/** `I am raising them alone`, `she brought us up on her own`: a parent without a partner. */
const RAISING_ALONE = new RegExp(
  `\\b(?:raising|raised|bringing|brought|bring|raise)\\s+(?:up\\s+)?(?:them|him|her|us|(?:(?:the|my|our|his|her|their)\\s+)?(?:[\\p{L}]+\\s+)?${CHILDREN})\\s+(?:up\\s+)?` +
    '(?:alone|on\\s+(?:my|his|her|their)\\s+own|by\\s+(?:myself|himself|herself)|single-handed(?:ly)?)(?![\\p{L}])',
  'giu',
);
