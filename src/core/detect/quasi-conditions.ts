import { matchAll, type Candidate, type TextRule } from './detector';
import { CITIES, FIRST_NAMES, LAST_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';
import { conditionLetters } from './quasi-condition-acronyms';
import { CHILDHOOD_RARE, COMMON_EPONYMS, RARE_CONDITIONS } from './lexicon/rare-conditions';
import { lexiconMatcher, mentionsAny, otherAt, PERSON_IS } from './quasi-cues';

const REASON = 'a rare condition';

/**
 * Rare conditions (`Batten disease`, `Friedreich's ataxia`, `ehlers danlos syndrome`): few enough people have them
 * that, with a town or an age, they point at one person. Common conditions and the study's topic are not flagged.
 */
export const RARE_CONDITION_RULES: readonly TextRule[] = [
  (text) => {
    const named = findNamed(text)
      .filter(({ start, end }) => !isAbbreviation(text.slice(start, end)) || text.slice(start, end) === text.slice(start, end).toUpperCase())
      .map(({ start, end }) => otherAt(start, end, 0.55, REASON));
    return [...named, ...matchAll(text, EPONYM, eponym), ...conditionLetters(text, named)];
  },
  (text) => (HAVING_CUE_FIRST.test(text) ? matchAll(text, HAVING_THEN_WORD, bareConditionName) : []),
  (text) => (mentionsAny(text, SHAPE_NEEDLES) ? matchAll(text, SHAPE_ENDING, conditionShape) : []),
  (text) => matchAll(text, DISABILITY, disability),
  (text) => (/[A-Z]{3}\d/.test(text) ? matchAll(text, GENE_SYMBOL, geneCondition) : []),
  (text) => matchAll(text, LOST_LIMB, (match) => otherAt(match.index, match.index + match[0].length, 0.45, 'a lasting injury')),
  (text) =>
    matchAll(text, RARE_FORM, (match) => {
      const start = match.index + match[0].length - match[1].length;
      return otherAt(start, start + match[1].length, 0.45, 'a condition described as rare');
    }),
];

const CONDITION_NOUNS =
  'disease|syndrome|ataxia|dystrophy|palsy|sarcoma|anomaly|malformation|myopathy|neuropathy|encephalitis|encephalopathy|' +
  'anaemia|anemia|atrophy|dysplasia|deficiency|disorder|sclerosis|lymphoma|leukaemia|leukemia|tumour|tumor|chorea';
/** Lexicon names: an eponym's `'s` optional (`Huntington's`, `Huntingtons`, `Huntington`), hyphen or space alike. */
const CONDITION_NOUN = new RegExp(`^(?:${CONDITION_NOUNS})$`);
const findNamed = lexiconMatcher([...RARE_CONDITIONS, ...CHILDHOOD_RARE], namePattern);

/**
 * The lexicon name as a pattern, an eponym's `'s` optional (`Huntington's`, `Huntingtons`); a name of two eponyms or
 * more may drop its noun, as people say it (`he got the guillain barre`, `she has ehlers danlos`).
 */
function namePattern(name: string): string {
  const words = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").split(/[\s-]+/);
  const last = words[words.length - 1];
  if (words.length > 1 && CONDITION_NOUN.test(words[1])) words[0] += "(?:['’]?s)?";
  if (words.length >= 3 && CONDITION_NOUN.test(last) && words.slice(0, -1).every((word) => !isCommonWord(word.toLowerCase()))) {
    return `${words.slice(0, -1).join('[\\s-]+')}(?:[\\s-]+${last})?`;
  }
  return words.join('[\\s-]+');
}

/** Heads that alone are a make, an art or a surname more often than the condition (`we had a Kawasaki`). */
const NOT_BARE_HEADS = new Set(['kawasaki', 'kabuki', 'proteus', 'ewing', 'cushing', 'wolman', 'burkitt']);
/**
 * A two-word lexicon name said without its noun after someone has it: `I have the Behçet`, `she has this, uh,
 * moyamoya`, `diagnosed with Marfan's`. Only a first word that is no English word, and only after the cue, since alone
 * it may be a surname or a place (`Huntington`).
 */
const BARE_CONDITION_HEADS: ReadonlySet<string> = new Set(
  [...RARE_CONDITIONS, ...CHILDHOOD_RARE]
    .map((name) => name.split(/[\s-]+/))
    .filter((words) => words.length === 2 && CONDITION_NOUN.test(words[1]) && words[0].length >= 5 && !isCommonWord(words[0]) && !COMMON_EPONYMS.has(words[0]))
    // A surname, given name or city alone is more often the person or the place (`we had Williams over`).
    .filter(([head]) => !LAST_NAMES.has(head) && !FIRST_NAMES.has(head) && !CITIES.has(head) && !NOT_BARE_HEADS.has(head))
    .map((words) => words[0]),
);
const HAVING_CUE_FIRST = /\b(?:has|have|had|having|got|with)\b/i;
// Latin letters by range, not the Unicode flag: `\b` is about three times slower under it, on nearly every chunk.
const HAVING_THEN_WORD =
  /\b(?:has|have|had|having|got|diagnosed\s+with|living\s+with)\s+(?:(?:the|this|that|a|an|uh|um|er|erm|like),?\s+){0,3}([A-Za-z\u00C0-\u024F]{5,})(?:['’]s?)?(?![A-Za-z\u00C0-\u024F])/gi;

function bareConditionName(match: RegExpExecArray): Candidate | undefined {
  const word = match[1];
  if (!BARE_CONDITION_HEADS.has(word.toLowerCase())) return undefined;
  const start = match.index + match[0].lastIndexOf(word);
  const end = start + word.length + (/^['’]s?/u.exec(match.input.slice(start + word.length))?.[0].length ?? 0);
  return otherAt(start, end, 0.5, REASON);
}

/**
 * A condition named by a medical word's shape, after `has`, `with`, `for`, `diagnosed with`: `-praxia` (apraxia),
 * `-plasia` (achondroplasia), `-trophy`, `-osis` (neurofibromatosis), `-opathy` (cardiomyopathy), `-ectasia`, with up to
 * two words before it (`childhood apraxia of speech`). Common ones (`osteoporosis`, `diagnosis`) are no clue.
 */
const SHAPE_NEEDLES = ['praxia', 'plasia', 'trophy', 'osis', 'opathy', 'ectasia'];
// The ending is found first; the word, the words before it and the cue are read back from there.
const SHAPE_ENDING = /(?:praxia|plasia|trophy|osis|opathy|ectasia)(?![\p{L}])/gu;
const CONDITION_SHAPE =
  /\b(?:has|have|had|having|with|for|diagnosed\s+with|diagnosis\s+of|dx\s+of|dx)\s+(?:an?\s+|the\s+)?((?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,})$/u;
const OF_SPEECH = /^\s+of\s+speech(?![\p{L}])/u;
const COMMON_SHAPES = new Set(
  `diagnosis prognosis osteoporosis osteoarthrosis thrombosis psychosis neurosis halitosis tuberculosis scoliosis
  hypnosis osmosis metamorphosis symbiosis ketosis acidosis endometriosis cirrhosis psoriasis dermatosis kyphosis
  lordosis stenosis arthrosis mononucleosis salmonellosis dyspraxia neuropathy homeopathy naturopathy osteopathy
  sociopathy psychopathy empathy apathy telepathy myopathy hypertrophy atrophy`.split(/\s+/),
);

function conditionShape(ending: RegExpExecArray): Candidate | undefined {
  const text = ending.input;
  const end = ending.index + ending[0].length;
  const match = CONDITION_SHAPE.exec(text.slice(Math.max(0, end - 70), end));
  if (!match) return undefined;
  const words = match[1].split(/\s+/);
  const head = words[words.length - 1];
  if (COMMON_SHAPES.has(head) || words.some((word) => /^(?:and|or|the|a|an|my|his|her|our|their|some|bad|mild|severe)$/.test(word))) return undefined;
  const ofSpeech = OF_SPEECH.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  return otherAt(end - match[1].length, end + ofSpeech, 0.45, REASON);
}

function isAbbreviation(text: string): boolean {
  return !/\s/.test(text) && text.length <= 5;
}

/** `Batten disease`, `Friedreich's ataxia`, `Wolf-Hirschhorn syndrome`: a capitalised eponym before a condition noun. */
const EPONYM = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-\\s]\\p{Lu}[\\p{Ll}\\p{M}]+)?)(['’]s?)?\\s+(?:${CONDITION_NOUNS})(?![\\p{L}])`, 'gu');

function eponym(match: RegExpExecArray): Candidate | undefined {
  const names = match[1].toLowerCase().split(/[-\s]/);
  if (names.some((name) => COMMON_EPONYMS.has(name))) return undefined;
  // `Heart disease`, `Genetic disorder` at a sentence start: ordinary words, unless written as a possessive eponym, as
  // two names joined by a hyphen (`Parsonage-Turner syndrome`), or capitalised inside a sentence (`has Turner syndrome`).
  const hyphenated = /-/.test(match[1]);
  const midSentence = /[\p{Ll},]\s+$/u.test(match.input.slice(Math.max(0, match.index - 3), match.index));
  if (!match[2] && !hyphenated && !midSentence && names.every((name) => isCommonWord(name))) return undefined;
  return whole(match, 0.5);
}

/**
 * A rare disorder known by its gene (`our middle one has CDKL5`, `the SCN2A families`, `a STXBP1-related disorder`): a
 * gene symbol's shape (three to six capitals, then a number) where someone has it or a condition word follows.
 */
const GENE_SYMBOL = /(?<![\p{L}\p{N}-])[A-Z]{3,6}\d{1,2}[A-Z]?\d?(?![\p{L}\p{N}])/gu;
const HAS_BEFORE = /\b(?:has|have|had|having|with|diagnosed|dx|called|carries|carry|confirmed)\s+(?:an?\s+)?$/i;
const CONDITION_AFTER =
  /^(?:[\s-]+(?:disorder|syndrome|deficiency|related|mutation|variant|deletion|duplication|gene|kids?|child|children|famil(?:y|ies)|parents|moms|mums|dads|community|diagnosis))\b/i;
/** Shapes that are no gene: a virus, file formats, consoles. */
const NOT_GENES = new Set(['COVID19', 'SARS2', 'MP3', 'MP4', 'MPEG4', 'H264', 'GTA5', 'WIN10', 'WIN11']);

function geneCondition(match: RegExpExecArray): Candidate | undefined {
  if (NOT_GENES.has(match[0].toUpperCase())) return undefined;
  const before = match.input.slice(Math.max(0, match.index - 24), match.index);
  const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 16);
  if (!HAS_BEFORE.test(before) && !CONDITION_AFTER.test(after)) return undefined;
  return otherAt(match.index, match.index + match[0].length, 0.5, 'a rare disorder known by its gene');
}

/**
 * `He is deaf.`, `she's partially sighted and`, `I'm a wheelchair user`: a disability of a person in the story. The
 * word is looked for first; a person cue must come right before it and a pause or `and`/`since` right after, so
 * `blind drunk`, `deaf to reason` and `the deaf school` are not taken.
 */
const DISABILITY =
  /\b(?:deaf|Deaf|blind|partially\s+sighted|hard\s+of\s+hearing|non[\s-]?verbal|paraplegic|quadriplegic|tetraplegic|an\s+amputee|a\s+wheelchair\s+user|in\s+a\s+wheelchair)(?=\s*[.,;!?]|\s+(?:and|since|from|now|too|as\s+well)\b|\s*$)/gu;
const PERSON_CUE_BEFORE = new RegExp(`\\b(?:${PERSON_IS})\\s+(?:(?:also|now|totally|completely|profoundly|registered|almost|mostly|still)\\s+)?$`, 'iu');

function disability(match: RegExpExecArray): Candidate | undefined {
  if (!PERSON_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index))) return undefined;
  const word = match[0].replace(/^(?:an?|in\s+a)\s+/, '');
  const start = match.index + match[0].length - word.length;
  return otherAt(start, start + word.length, 0.45, 'a disability of a person in the story');
}

/**
 * `lost two fingers in a factory accident`, `Lost his arm in the silo unloader`: a lasting injury and how it happened,
 * which people in a small place remember. Without the how (`he lost a toe`) it may be the study's topic.
 */
const LOST_LIMB =
  /\b[Ll]ost\s+(?:his|her|my|their|your|an?|one|two|three|four|both|the|part\s+of\s+(?:his|her|my|a))\s+(?:(?:left|right|little|big|index|middle|ring|lower)\s+)?(?:arm|arms|leg|legs|hand|hands|finger|fingers|thumb|thumbs|eye|eyes|foot|feet|toe|toes|ear)\s+(?:in|at|on|to)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:accident|crash|fire|explosion|blast|attack|fall|mine|[\p{L}-]+er)(?![\p{L}])/gu;

/** `a rare form of leukaemia`, `a very rare genetic condition called Alström syndrome`: the named part. */
const RARE_FORM = /(?<!\w)(?:a|an|this|the)\s+(?:very\s+|really\s+|super\s+|extremely\s+)?rare\s+(?:\w+\s+)?(?:form|type|kind|variant)\s+of\s+((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+?)(?=[,.;!?]|\s+(?:and|but|so|which|that|when|where|in|at)\b|$)/giu;

function whole(match: RegExpExecArray, confidence: number): Candidate {
  return otherAt(match.index, match.index + match[0].length, confidence, REASON);
}
