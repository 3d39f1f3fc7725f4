import { LABEL } from './age-answer';
import { matchAll, type Candidate } from './detector';
import { parseCardinal } from './pattern-number-words';
import { groupCandidate, mentionsAny, otherAt, PERSON_IS } from './quasi-cues';

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

/** Family details of other shapes, each rule behind a cheap test of its own words (they are rarer than the above). */
export function findFamilyShapes(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The test asks for one letter before `th`, not a whole word: a word start before a run of letters is slow to find.
  if (/(?:eldest|oldest|youngest|middle|second|third|\p{L}th)\s+(?:one\s+)?of\b/iu.test(text)) found.push(...matchAll(text, BIRTH_ORDER, (match) => groupCandidate(match, 0.45, REASON)));
  if (/\b(?:eldest|oldest|youngest)\s+(?:son|daughter)/i.test(text)) found.push(...matchAll(text, BIRTH_ORDER_SAID, (match) => groupCandidate(match, 0.45, REASON)));
  if (/\bonly\s+(?:son|daughter|child|boy|girl|grand)/i.test(text)) found.push(...matchAll(text, ONLY_ONE_OF_KIN, onlyOneOfKin));
  if (/\b(?:in the house|under one roof|in the household|living here)\b/i.test(text)) found.push(...matchAll(text, HOUSEHOLD_SIZE, (match) => otherAt(match.index, match.index + match[0].length, 0.45, REASON)));
  if (/cousin/i.test(text)) found.push(...matchAll(text, COUSIN_MARRIAGE, (match) => groupCandidate(match, 0.45, REASON)));
  if (/children|kids|boys|girls|sons?\b|daughter|bairns/i.test(text)) {
    found.push(
      ...matchAll(text, OWN_CHILDREN, ownChildren),
      ...matchAll(text, BOYS_AND_GIRLS, (match) => otherAt(match.index, match.index + match[0].length, 0.45, REASON)),
      ...matchAll(text, CHILDREN_HAD, (match) => groupCandidate(match, 0.45, REASON)),
    );
    if (/widow|divorced|separated|single|lone/i.test(text)) found.push(...matchAll(text, STATUS_THEN_CHILDREN, (match) => groupCandidate(match, 0.45, REASON)));
  }
  if (/widow|orphan|single|lone/i.test(text)) found.push(...matchAll(text, STATUS_FRAGMENT, (match) => groupCandidate(match, 0.45, REASON)));
  if (/\bof\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)/i.test(text)) found.push(...matchAll(text, PARENT_OF_MANY, (match) => otherAt(match.index, match.index + match[0].length, 0.45, REASON)));
  if (/divorc|remarried/i.test(text)) found.push(...matchAll(text, DIVORCE, (match) => otherAt(match.index, match.index + match[0].length, 0.45, REASON)));
  if (/how\s+many/i.test(text)) found.push(...countAnswers(text));
  if (mentionsAny(text, CROWDED_NEEDLES)) found.push(...matchAll(text, CROWDED_HOME, (match) => groupCandidate(match, 0.4, 'household of a person in the story')));
  if (/raised|raising|brought\s+up|bringing\s+up/i.test(text)) found.push(...matchAll(text, CHILDREN_RAISED, (match) => groupCandidate(match, 0.45, REASON)));
  if (/pregnan|expecting|months\s+gone|baby\s+on\s+the\s+way/i.test(text)) found.push(...pregnancies(text));
  if (/['’]s\s+(?:daughter|son|widow|child|grand)/i.test(text)) found.push(...matchAll(text, CHILD_OF_TRADE, childOfTrade));
  return found;
}

/** Words every CROWDED_HOME match contains. */
const CROWDED_NEEDLES = ['we are', "we're", 'we’re', 'we were', 'there are', 'there were', 'we live'];
/** `we are seven in one house`, `we're nine in a 3 bedroom`: how many share a home, which the neighbours know. */
const CROWDED_HOME =
  /\b(?:we\s+are|we['’]re|we\s+were|there\s+are|there\s+were|we\s+live|we\s+lived)\s+((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:of\s+us\s+)?in\s+(?:an?|one|the|this|that|our)\s+(?:[\p{L}\d-]+\s+){0,2}(?:house|room|flat|apartment|bedroom|trailer|caravan|home|unit|bedsit|shack|hut))(?![\p{L}])/giu;
/** `I raised five kids with a telephone and a rosary`, `she brought up three boys alone`: children someone raised. */
const CHILDREN_RAISED =
  /\b(?:raised|raising|raise|brought\s+up|bringing\s+up|bring\s+up)\s+((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:kids|children|boys|girls|sons|daughters|grandchildren|grandkids))(?![\p{L}])/giu;

const PREGNANCY_REASON = 'pregnancy of a person in the story';
const MONTHS = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine)';
/**
 * `I was pregnant last year`, `she is 7 months gone`, `my daughter-in-law is expecting, eight months`, `(baby on the
 * way)`: a pregnancy dates a birth and narrows a woman down in a small place. `expecting` only where nothing is
 * expected after it (`I was expecting a call`).
 */
const PREGNANT = new RegExp(
  `\\b(?:${PERSON_IS}|(?:\\p{Lu}[\\p{L}'’-]+|daughter-in-law|wife|daughter|sister)\\s+(?:is|was))\\s+(?:(?:now|still|already|also|heavily|newly|just)\\s+)?` +
    `(${MONTHS}\\s+months\\s+(?:pregnant|gone)|pregnant(?:\\s+with\\s+(?:twins|triplets|her\\s+\\p{L}+|my\\s+\\p{L}+))?|expecting(?=\\s*[,.;!?)]|\\s*$|\\s+(?:again|twins|a\\s+baby|her\\s+first|my\\s+first|in)\\b))`,
  'giu',
);
/** `and already expecting our first`, `expecting their third`: what is expected says it is a baby, whoever says it. */
const EXPECTING_A_CHILD = /\b((?:already\s+)?expecting\s+(?:our|their|her|my|his|a|the)\s+(?:first|second|third|fourth|fifth|baby|child|little\s+one))(?![\p{L}])/giu;
/** `baby on the way`, `a baby on the way`: said of someone in the story wherever it is said. */
const BABY_ON_THE_WAY = /\b((?:another\s+|a\s+|second\s+|third\s+)?baby\s+on\s+the\s+way)(?![\p{L}])/giu;
/** `expecting, eight months`: how far along, said right after. */
const HOW_FAR_ALONG = new RegExp(`^\\s*,\\s*(${MONTHS}\\s+months(?:\\s+(?:pregnant|gone|along))?)(?![\\p{L}])`, 'iu');

function pregnancies(text: string): Candidate[] {
  const found: Candidate[] = [];
  // PREGNANT starts with the long person cue: tried only where its own words are.
  const cued = /pregnan|expecting|months\s+gone/i.test(text) ? text.matchAll(PREGNANT) : [];
  for (const match of cued) {
    const candidate = groupCandidate(match as RegExpExecArray, 0.45, PREGNANCY_REASON);
    if (!candidate) continue;
    found.push(candidate);
    const along = HOW_FAR_ALONG.exec(text.slice(candidate.end, candidate.end + 30));
    if (along) {
      const start = candidate.end + along[0].length - along[1].length;
      found.push(otherAt(start, start + along[1].length, 0.45, PREGNANCY_REASON));
    }
  }
  found.push(...matchAll(text, BABY_ON_THE_WAY, (match) => groupCandidate(match, 0.45, PREGNANCY_REASON)));
  found.push(...matchAll(text, EXPECTING_A_CHILD, (match) => groupCandidate(match, 0.45, PREGNANCY_REASON)));
  return found;
}

/**
 * `she was a dengbêj's daughter`, `I'm a miner's son`, `a fisherman's widow`: a parent's or spouse's trade, said as who
 * someone is. Any word before `'s` will do here, since the person cue and the article already make it a description.
 */
const CHILD_OF_TRADE = new RegExp(
  `(?<!\\w)(?:${PERSON_IS}|as)\\s+(?:(?:the|a|an)\\s+)((?:\\p{Ll}[\\p{L}\\p{M}-]*\\s+)?\\p{Ll}[\\p{L}\\p{M}-]*['’]s\\s+(?:daughter|son|widow|child|grandson|granddaughter|grandchild))(?![\\p{L}])`,
  'giu',
);
const NOT_TRADES_OF = new Set(['friend', 'neighbour', 'neighbor', 'sister', 'brother', 'cousin', 'boss', 'man', 'woman', 'lady', 'guy', 'person', 'one', 'other']);

function childOfTrade(match: RegExpExecArray): Candidate | undefined {
  const parent = /(\p{Ll}[\p{L}\p{M}-]*)['’]s\s/u.exec(match[1]);
  if (!parent || NOT_TRADES_OF.has(parent[1].toLowerCase())) return undefined;
  return groupCandidate(match, 0.45, REASON);
}

function onlyOneOfKin(match: RegExpExecArray): Candidate | undefined {
  return /\b(?:the|an|his|her|their|my|our|your)\s+$/i.test(match.input.slice(Math.max(0, match.index - 8), match.index)) ? groupCandidate(match, 0.4, REASON) : undefined;
}

function ownChildren(match: RegExpExecArray): Candidate | undefined {
  return /\b(?:with|my|our|his|her|their|the)\s+$/i.test(match.input.slice(Math.max(0, match.index - 8), match.index)) ? groupCandidate(match, 0.4, REASON) : undefined;
}

const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|[2-9]|1[0-6])';
/** `I'm the eldest of seven`, `the youngest of fourteen children`: a place in a family of three or more. */
const BIRTH_ORDER = new RegExp(
  `\\b((?:eldest|oldest|youngest|middle\\s+one|middle|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\\s+of\\s+(?!two\\b|2\\b)${COUNT}(?:\\s+(?:children|kids|siblings|brothers|sisters|boys|girls))?)(?![\\p{L}\\d])`,
  'giu',
);
/** `We have eleven in the house`, `there are nine of us under one roof`: a household of five or more. */
const HOUSEHOLD_SIZE = new RegExp(
  `\\b(?:we|they)\\s+(?:have|had|are|were|'re|’re)\\s+(?:(?:about|like|nearly|almost)\\s+)?(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|[5-9]|1[0-9])\\s+(?:of\\s+us\\s+)?(?:in\\s+the\\s+(?:house|household)|under\\s+one\\s+roof|living\\s+here)\\b`,
  'giu',
);
/** `I'm the oldest son`, `she was the youngest daughter`: a place in a family, said of someone (a son's or daughter's, which carries duties). */
const BIRTH_ORDER_SAID = /(?<=\b(?:I['’]m|I\s+am|I\s+was|she['’]s|he['’]s|she\s+was|he\s+was|is|was)\s+(?:the|their|his|her|my)\s+)((?:eldest|oldest|youngest)\s+(?:son|daughter))(?![\p{L}])/giu;
/** `I'm the only son`, `her only daughter`: not `the only girl in the class`, a count of a group. */
const ONLY_ONE_OF_KIN =
  /\b(only\s+(?:son|daughter|child|boy|girl|grandchild|grandson|granddaughter))(?![\p{L}])(?!\s+(?:in|on|at|who|that|from|of|to)\b)/giu;
/** `my wife and me are first cousins`, `he married his first cousin`. */
const COUSIN_MARRIAGE = /\b(?:are|were|married|marry|marrying)\s+(?:(?:my|his|her|their|a)\s+)?(first\s+cousins?|double\s+cousins?|cousins)(?![\p{L}])/giu;
/**
 * `stayed in Aleppo with the three children`, `our four kids`: a household's own children counted, three or more
 * (two is the commonest family and narrows no one down). Not `three children in the class`.
 */
const OWN_CHILDREN = new RegExp(
  `\\b((?:three|four|[34])\\s+(?:children|kids|sons|daughters|boys|girls|grandsons|granddaughters|grandchildren|grandkids))(?![\\p{L}])` +
    // `three boys in Rivière-des-Prairies` is where the household lives; `three children in the class` is not theirs.
    `(?!\\s+(?:in(?!\\s+\\p{Lu})|at|from|on|per|each|every|who|that|under|over|of|were\\s+there)\\b)`,
  'giu',
);
/**
 * `Muslim, widow, two daughters.`, `a single mother with three boys`, `widowed, 2 kids`: the children counted right
 * after a family status, where even one or two complete a telling family shape.
 */
const STATUS_THEN_CHILDREN = new RegExp(
  '\\b(?:widow|widower|widowed|divorced|separated|single\\s+(?:mum|mom|mother|dad|father|parent)|lone\\s+(?:parent|mother|father))' +
    // `widowed in January, four children`: when, said between.
    '(?:\\s+(?:in|since)\\s+[\\p{L}\\d]+(?:\\s+\\d{4})?)?(?:\\s*,\\s*|\\s+with\\s+)' +
    `((?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|\\d{1,2})\\s+(?:(?:young|small|little|grown|adult|teenage)\\s+)?` +
    `(?:children|child|kids|kid|sons?|daughters?|boys?|girls?|grandchildren|grandsons?|granddaughters?))(?![\\p{L}])`,
  'giu',
);
/**
 * `now divorced`, `My divorce.`, `then divorce in june 05`: a divorce in someone's story (the transcripts that tell
 * one are few), not the law or the statistics of it (`divorce rates`, `divorce law`).
 */
const DIVORCE = /\b(?:divorced|divorcee|divorcée|divorce|remarried)(?!\s+(?:rates?|laws?|statistics|figures|lawyers?|attorneys?|courts?|papers?|proceedings|settlement|case))(?![\p{L}-])/giu;
/** `a mother of three`, `grandmother of eleven`: a parent by the number of children, a family's shape in a phrase. */
const PARENT_OF_MANY = /\b(?:(?:single|proud|working)\s+)?(?:mother|mum|mom|father|dad|grandmother|grandfather|grandma|grandpa|granny|nana)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1\d)(?![\p{L}\p{N}-])(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?|times?)\b)/giu;
const MANY = '(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|1[0-6])';
/**
 * `Three girls.` said as a whole sentence, the answer to "And you have kids?": three or more children of a household,
 * or fewer named or aged at once (`Two girls, ten and twelve.`, `One daughter, Zeina`), and `Two bairns still at
 * school`. (`I have three children` in a sentence is too common to flag; five or more is LARGE_FAMILY.)
 */
const CHILDREN_HAD = new RegExp(
  `(?:^|[.!?:]\\s+|\\n\\s*)(${MANY}\\s+(?:children|kids|boys|girls|sons|daughters|bairns)|(?:one|two|1|2)\\s+(?:children|kids|boys|girls|sons|daughters|bairns|daughter|son)(?=,\\s+(?:\\p{Lu}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|[1-9]|\\d\\d)|\\s+still\\s+(?:at|in|living|with)\\b))(?![\\p{L}])(?=\\s*[.,;!]|\\s*$|\\s+still\\s+(?:at|in|living|with)\\b)`,
  'giu',
);
const STATUS_WORDS = 'widow|widower|widowed|orphan|orphaned|single\\s+(?:mum|mom|mother|dad|father|parent)|lone\\s+(?:parent|mother|father)';
/** `widower since 2016.`, `Kikuyu, single mum of twins`: a family status opening a note's sentence or a listed detail. */
const STATUS_FRAGMENT = new RegExp(
  `(?:^|[.!?"]\\s*|[,:]\\s+)(${STATUS_WORDS})(?=\\s*[,.;]|\\s+(?:since|of|for|with|now|in\\s+(?:\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december))\\b)`,
  'giu',
);
/** `Four boys, one girl`, `two girls and a boy`: the make-up of a family. */
const BOYS_AND_GIRLS = new RegExp(
  `\\b(?:${COUNT}|one|a)\\s+(?:boys?|girls?|sons?|daughters?),?\\s+(?:and\\s+)?(?:${COUNT}|one|a)\\s+(?:boys?|girls?|sons?|daughters?)(?![\\p{L}])`,
  'giu',
);

/** `Q. How many children do you have?` / `A. Eleven.`: a count of three or more given as the answer. */
const COUNT_QUESTION = /\bhow\s+many\s+(?:children|kids|sons|daughters|grandchildren|grandkids|brothers|sisters|siblings)\b[^?\n]{0,60}\?/gi;
const COUNT_ANSWER = /^(?:(?:um+|uh+|well|oh|we\s+have|I\s+have|we\s+had|I\s+had|there\s+(?:are|were))[,.]?\s+)*(\d{1,2}|[A-Za-z]+(?:-[a-z]+)?)(?=\s*[.,!;]|\s*$|\s+(?:of\s+them|children|kids|living|in\s+all|altogether)\b)/;

function countAnswers(text: string): Candidate[] {
  const found: Candidate[] = [];
  COUNT_QUESTION.lastIndex = 0;
  for (let question = COUNT_QUESTION.exec(text); question; question = COUNT_QUESTION.exec(text)) {
    const lineStart = text.indexOf('\n', question.index + question[0].length) + 1;
    if (lineStart === 0) continue;
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    const label = LABEL.exec(line)?.[0] ?? '';
    const answer = COUNT_ANSWER.exec(line.slice(label.length));
    const count = answer ? parseCardinal(answer[1]) : undefined;
    if (!answer || count === undefined || count < 3 || count > 25) continue;
    const start = lineStart + label.length + answer[0].length - answer[1].length;
    found.push(otherAt(start, start + answer[1].length, 0.45, 'family structure: the number of children given as an answer'));
  }
  return found;
}

/** A cheap first test: every rule below needs one of these. */
const MENTIONS_FAMILY = /one of|twin|triplet|quad|children|kids|siblings|sisters|sons|daughters|widow|orphan|adopted|fostered|only child|single|lone|foster|kinship|carer|raise|raising|bring|brought/i;

/** `the twins`, `my twin sister`, `she had triplets`, `I'm a twin`. The word first, its cue looked behind at. */
const MULTIPLE_BIRTH =
  /(?<=(?:\b(?:the|my|our|his|her|their|a|are|were|of|have|has|had|got|with)|[,|;:])\s+)((?:identical\s+|twin\s+)?(?:twins|triplets|quadruplets|quads|twin\s+(?:brother|sister|boys|girls|sons|daughters)|twin))(?![\p{L}-])/giu;

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
