/**
 * Quasi-identifiers in the shapes migrants' transcripts use when they switch language or describe themselves:
 * family counts in Spanish, Portuguese, French, German and Italian (`sete netos`, `cuatro hijos`, `trois enfants`),
 * being without papers (`sem documentos`, `senza documenti`), being the only one of a people or a job (`the only
 * Korean lady`, `la única boliviana`, `the only male carer`), a person named with a people word (`uma moça
 * dominicana`), a community's own word for a job glossed in English (`my mother was a mudang, a shaman`), a visa by
 * its subclass number (`on a 482`, `subclass 408`) and a pet named in brackets or in another language.
 */
import { matchAll, type Candidate, type TextRule } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';
import { FOREIGN_PEOPLE_ENDING } from './lexicon/foreign-occupations';
import { isOrdinaryWord } from './lexicon/foreign-words';
import { PET_KINDS } from './lexicon/pets';
import { PET_WORDS } from './lexicon/cues';
import { peopleAt } from './quasi-community';
import { alternation, groupCandidate, otherAt } from './quasi-cues';
import { isOccupationHead } from './quasi-occupation';

export const OTHER_LANGUAGE_RULES: readonly TextRule[] = [
  (text) => (FAMILY_TEST.test(text) ? matchAll(text, FAMILY_COUNT, (match) => otherAt(match.index, match.index + match[0].length, 0.45, 'family structure of a person in the story')) : []),
  (text) => (PAPERS_TEST.test(text) ? matchAll(text, WITHOUT_PAPERS, (match) => otherAt(match.index, match.index + match[0].length, 0.45, 'immigration status of a person in the story')) : []),
  (text) => (ONLY_TEST.test(text) ? matchAll(text, ONLY_ONE, onlyOne) : []),
  (text) => (PERSON_NOUN_TEST.test(text) ? matchAll(text, PERSON_NOUN_PEOPLE, personWithPeople) : []),
  (text) => (text.includes(',') ? matchAll(text, GLOSSED_JOB, glossedJob) : []),
  (text) => (VISA_TEST.test(text) ? matchAll(text, VISA_SUBCLASS, visaSubclass) : []),
  (text) => (/[("“]/.test(text) ? matchAll(text, PET_IN_BRACKETS, (match) => groupCandidate(match, 0.6, 'name of a pet or boat')) : []),
  (text) => (FOREIGN_PET_TEST.test(text) ? matchAll(text, FOREIGN_PET, (match) => groupCandidate(match, 0.6, 'name of a pet or boat')) : []),
];

const NUMBERS =
  // Portuguese `dos` is `of the` (`cuidar dos netos`): Spanish `dos` counts only before Spanish kin words.
  'dos(?=\\s+(?:hij|niet|bisniet|herman))|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|dois|duas|três|quatro|sete|oito|nove|dez|onze|doze|' +
  'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|' +
  'due|tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|\\d{1,2}';
const KIN =
  'hij[oa]s|niet[oa]s|bisniet[oa]s|herman[oa]s|filh[oa]s|net[oa]s|bisnet[oa]s|irmã[os]|irmãs|enfants|petits-enfants|arrière-petits-enfants|fils|filles|frères|s[œo]eurs|' +
  'kinder|enkel(?:kinder)?|söhne|töchter|geschwister|brüder|schwestern|figli|figlie|nipoti|fratelli|sorelle';
/** `sete netos`, `cuatro hijos`, `cinq petits-enfants`, `fünf Kinder`: how many children or grandchildren someone has. */
const FAMILY_COUNT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUMBERS})\\s+(?:(?:petits?|pequeñ[oa]s|pequen[oa]s|kleine)\\s+)?(?:${KIN})(?![\\p{L}])`, 'giu');
const FAMILY_TEST = new RegExp(`(?:${KIN})(?![\\p{L}])`, 'iu');

/** Without papers, in the languages that say so: `sem documento(s)`, `sem papéis`, `senza documenti`, `ohne Papiere`. */
const WITHOUT_PAPERS = /\b(?:sem\s+(?:documentos?|papéis|papeis)|sin\s+documentos?|senza\s+(?:documenti|permesso(?:\s+di\s+soggiorno)?)|ohne\s+(?:Papiere|Aufenthaltstitel))(?![\p{L}])/giu;
const PAPERS_TEST = /sem |sin |senza |ohne /i;

/**
 * `the only Korean lady`, `la única boliviana`, `die einzige Kurdin`, `the only male carer`, `the only Nepali AIN on
 * nights`: being the only one of a people or a job in a place singles a person out.
 */
const ONLY_ONE = /(?<![\p{L}])(?:only|(?:el|la|lo|o|a|il|l['’])\s*[úu]nic[oa]|(?:le|la)\s+seule?|einzigen?|einziger?|einzige)\s+(?:(?:male|female|man|woman|black|white|young|old)\s+)?(\p{L}[\p{L}\p{M}'’-]+)(?:\s+(\p{L}[\p{L}\p{M}'’-]+))?/giu;
const ONLY_TEST = /only|únic|unic|seul|einzig/i;
const FUNCTION_WORDS = new Set('the a an that this these those if to be one thing way time person people nobody somebody anybody everybody give get'.split(' '));

function onlyOne(match: RegExpExecArray): Candidate | undefined {
  const head = match[2] ? match[0].slice(0, match[0].length - match[2].length).trimEnd() : match[0];
  const wordStart = match.index + head.length - match[1].length;
  const people = peopleAt(match.input, wordStart);
  if (people) return otherAt(people.start, people.end, 0.5, 'ethnicity, nationality or faith of a person in the story');
  const word = match[1];
  if (foreignPeopleWord(word, /^einzig/i.test(match[0]))) return otherAt(wordStart, wordStart + word.length, 0.45, 'ethnicity, nationality or faith of a person in the story');
  // `the only male carer`, `the only AIN`: a job (or a job's letters) right after `only` and a describing word.
  // Singular only: `only nurses can sign` is a rule, not a person; letters that are a word (`ONLY IF`) are no job.
  const lower = word.toLowerCase();
  const job = /^\p{Lu}{2,5}$/u.test(word) ? !isCommonWord(lower) && !FUNCTION_WORDS.has(lower) : !/s$/.test(word) && !FUNCTION_WORDS.has(lower) && isOccupationHead(lower);
  return job ? otherAt(match.index, wordStart + word.length, 0.45, 'a distinctive role of a person in the story') : undefined;
}

/** A people word of another language: `boliviana`, `cabo-verdiana`, `Kurdin`. */
function foreignPeopleWord(word: string, german: boolean): boolean {
  const lower = word.toLowerCase();
  if (isCommonWord(lower) || FIRST_NAMES.has(lower) || isOrdinaryWord(lower)) return false;
  // German names a woman of a people with `-in` (`Kurdin`, `Türkin`).
  return FOREIGN_PEOPLE_ENDING.test(lower) || (german && /in$/.test(lower) && /^\p{Lu}/u.test(word));
}

const PERSON_NOUNS =
  'médic[oa]|moça|moço|rapaz|senhora|senhor|homem|mulher|menin[oa]|señora|señor|hombre|mujer|chic[oa]|muchach[oa]|doctora?|doutora?|enfermeir[oa]|enfermer[oa]|' +
  'femme|homme|garçon|fille|dame|monsieur|signora|signore|uomo|donna|ragazz[oa]|padre|pastora?|marido|esposa|esposo|mari';
/** `uma moça dominicana`, `un médico brasileiro`, `una señora peruana`: a person named by a people word. */
const PERSON_NOUN_PEOPLE = new RegExp(`\\b(?:um|uma|un|una|une|o|a|el|la|le|il|lo)\\s+(?:${PERSON_NOUNS})\\s+(\\p{Ll}[\\p{L}\\p{M}-]+)`, 'giu');
const PERSON_NOUN_TEST = new RegExp(`(?:${PERSON_NOUNS})\\s`, 'iu');

function personWithPeople(match: RegExpExecArray): Candidate | undefined {
  const start = match.index + match[0].length - match[1].length;
  const people = peopleAt(match.input, start);
  if (people) return otherAt(people.start, people.end, 0.45, 'ethnicity, nationality or faith of a person in the story');
  const lower = match[1].toLowerCase();
  if (!FOREIGN_PEOPLE_ENDING.test(lower) || isOrdinaryWord(lower) || isCommonWord(lower)) return undefined;
  return otherAt(start, start + match[1].length, 0.45, 'ethnicity, nationality or faith of a person in the story');
}

/**
 * `my mother was a mudang, a shaman`, `he is a txiv neeb, a healer`: a word that is not English, glossed right after by
 * an English job. The gloss says it is the person's occupation, in the community's own word.
 */
const GLOSSED_JOB = /\b(?:was|is|were|are|as|became|been)\s+(?:an?|the|our|my|their|his|her)\s+(\p{Ll}[\p{L}\p{M}'’-]+(?:\s+\p{Ll}[\p{L}\p{M}'’-]+)?),\s+(?:an?|the|our)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)(?![\p{L}])/gu;

function glossedJob(match: RegExpExecArray): Candidate | undefined {
  if (!isOccupationHead(match[2])) return undefined;
  const words = match[1].toLowerCase().split(/\s+/);
  if (words.some((word) => isCommonWord(word) || word.length < 3)) return undefined;
  const start = match.index + match[0].indexOf(`${match[1]},`);
  return otherAt(start, start + match[1].length, 0.45, 'occupation of a person in the story, in the community\'s word');
}

/**
 * `on a 482`, `subclass 408`, `the 457 visa`: Australian and New Zealand visas are known by their subclass number,
 * which says how someone is allowed to stay. Only the numbers of visas people hold for long, after a cue.
 */
const SUBCLASSES = new Set('010 020 050 051 070 090 100 101 103 115 143 173 186 187 188 189 190 191 200 201 202 203 204 300 309 400 403 407 408 417 444 457 461 462 482 485 489 491 494 500 590 600 601 651 785 790 801 802 820 835 836 851 858 866 870 887 888'.split(' '));
const VISA_SUBCLASS = /(?:\b(?:subclass|sub-class)\s+|\b(?:on|holds?|held|got|a|an|the|my|his|her|their)\s+)(\d{3})(?![\p{N}])(?!\s*(?:%|kg|km|dollars?|bucks|cents?|hours|people|families|times|days|weeks))/giu;
const VISA_TEST = /visa|subclass|sub-class|sponsor|bridging|\bPR\b/i;

function visaSubclass(match: RegExpExecArray): Candidate | undefined {
  if (!SUBCLASSES.has(match[1])) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return otherAt(start, start + match[1].length, 0.45, 'immigration status of a person in the story: a visa subclass');
}

const PET_ALTERNATIVES = alternation([...PET_WORDS, ...PET_KINDS].filter((word) => !['boat', 'yacht', 'ute', 'truck'].includes(word)));
/** `a canary ("Nuura")`, `cockatiel (Kanchha)`, `the dog "Rex"`: a pet's name in brackets or quotes after the animal. */
const PET_IN_BRACKETS = new RegExp(`\\b(?:${PET_ALTERNATIVES})\\s*(?:\\(\\s*["“']?|["“])(\\p{Lu}[\\p{L}\\p{M}'’-]+)["”']?\\s*\\)?`, 'gu');
/** `um cachorrinho que se chama Bolinha`, `un chien qui s'appelle Filou`, `einen Hund namens Bello`. */
const FOREIGN_PET = /\b(?:cachorr\p{L}*|gat\p{L}*|perr\p{L}*|chien\p{L}*|chat(?:te)?|chaton|hund|katze|kater|cane|gatt[oa]\p{L}*|papagaio|periquito|loro|perruche|pássaro|pajarito|oiseau|vogel|uccellino)\s+(?:que\s+se\s+(?:chama|llama)|chamad[oa]|llamad[oa]|qui\s+s['’]appelle|appelée?|namens|che\s+si\s+chiama|di\s+nome)\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
const FOREIGN_PET_TEST = /chama|llama|appel|namens|chiama|di nome/i;
