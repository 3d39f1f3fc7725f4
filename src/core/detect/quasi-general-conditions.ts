import type { Candidate } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { COMMON_EPONYMS } from './lexicon/rare-conditions';
import { otherAt } from './quasi-cues';

const REASON = 'a rare condition';

/**
 * Rare conditions by the shape of their names, in any language: a tumour's `-oma` and an inflammation's `-itis`
 * said of someone (`had a meningioma`, `found a vestibular schwannoma`, `has Takayasu arteritis`, `eosinophilic
 * oesophagitis`), common ones (`asthma`, `arthritis`, `glaucoma`, `tonsillitis`) left out; and an eponym after a
 * condition noun of another language (`doença de Chagas`, `maladie de Wilson`, `Morbus Fabry`, `síndrome de Rett`).
 */
export function findGeneralConditions(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (/(?:oma|itis)s?\b/i.test(text)) for (const match of text.matchAll(SHAPE_ENDING)) add(found, shapedCondition(text, match.index + match[0].length));
  if (FOREIGN_NOUN_TEST.test(text)) for (const match of text.matchAll(FOREIGN_EPONYM)) add(found, foreignEponym(match));
  return found;
}

function add(found: Candidate[], candidate: Candidate | undefined): void {
  if (candidate) found.push(candidate);
}

const SHAPE_ENDING = /(?<=\p{Ll}{3})(?:oma|itis)(?![\p{L}])/gu;
/**
 * Someone has it: `has`, `had a`, `with`, `diagnosed with`, `found a`, `removed a`, and the same in Spanish,
 * Portuguese, French, Italian and German (`tiene un`, `tem uma`, `a une`, `ha un`, `hat ein`), up to two words before
 * the medical word (`vestibular schwannoma`, `eosinophilic oesophagitis`).
 */
const CONDITION_CUE =
  /(?<![\p{L}])(?:has|have|had|having|with|diagnosed\s+with|diagnosis\s+of|dx|found|removed|discovered|operated\s+on|suffers\s+from|suffered\s+from|tiene|tenía|tuvo|con|tem|tinha|teve|com|a|avait|eu|avec|ha|aveva|hat|hatte|mit)\s+(?:(?:an?|the|un|una|uno|um|uma|une|ein|eine|einen|einem|einer|her|his|my|their)\s+)?((?:[\p{Ll}-]+\s+){0,2}?(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}{3,})$/u;
/** Common tumours, inflammations and words that only end like one. */
const COMMON_SHAPES = new Set(
  `coma aroma diploma stoma soma roma paloma idioma axioma síntoma sintoma sintomas broma loma toma goma
  glaucoma haematoma hematoma lipoma fibroma myoma carcinoma melanoma papilloma atheroma granuloma trachoma
  arthritis osteoarthritis bronchitis tonsillitis appendicitis sinusitis dermatitis hepatitis conjunctivitis gastritis
  laryngitis pharyngitis rhinitis otitis mastitis gingivitis tendinitis tendonitis bursitis cystitis colitis
  gastroenteritis diverticulitis fasciitis plantar cellulitis labyrinthitis mumps phlebitis neuritis tracheitis
  epicondylitis prostatitis vaginitis pancreatitis stomatitis blepharitis keratitis iritis pneumonitis bronchiolitis
  artritis bronquitis amigdalitis apendicitis sinusitis gastritis otitis cistitis hepatitis conjuntivitis`.split(/\s+/),
);
/** Adjectives that make a common condition no rarer: `bad arthritis`, `chronic tonsillitis`. */
const PLAIN_WORDS = /^(?:and|or|the|a|an|my|his|her|our|their|some|bad|mild|severe|chronic|acute|little|small|big|large|benign|old|new|this|that|of|in|on)$/;

function shapedCondition(text: string, end: number): Candidate | undefined {
  const match = CONDITION_CUE.exec(text.slice(Math.max(0, end - 70), end));
  if (!match) return undefined;
  const words = match[1].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if (COMMON_SHAPES.has(head) || COMMON_SHAPES.has(head.replace(/s$/, '')) || isCommonWord(head)) return undefined;
  // Keep only the medical words: `a small tumour` is no name, `vestibular schwannoma` is one.
  while (words.length > 1 && (PLAIN_WORDS.test(words[0].toLowerCase()) || (isCommonWord(words[0].toLowerCase()) && !/(?:al|ic|ar|ous|ive)$/.test(words[0])))) words.shift();
  const phrase = words.join(' ');
  return otherAt(end - phrase.length, end, 0.45, REASON);
}

/** Condition nouns of Spanish, Portuguese, French, Italian and German before an eponym. */
const FOREIGN_NOUN_TEST = /(?:doença|enfermedad|maladie|malattia|s[ií]ndrome|syndrome|morbus|mal)\s/i;
const FOREIGN_EPONYM = new RegExp(
  '(?<![\\p{L}])(?:[Dd]oença|[Ee]nfermedad|[Mm]aladie|[Mm]alattia|[Ss][ií]ndrome|[Ss]yndrome|[Mm]orbus|[Mm]al)\\s+(?:(?:de|di|del|da|do|von)\\s+)?' +
    "(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-\\s]\\p{Lu}[\\p{Ll}\\p{M}]+)?)(?![\\p{L}])",
  'gu',
);

function foreignEponym(match: RegExpMatchArray): Candidate | undefined {
  const names = match[1].toLowerCase().split(/[-\s]/);
  if (names.some((name) => COMMON_EPONYMS.has(name))) return undefined;
  // `mal de Mer`? `maladie de Paris`: a common word or a place is no eponym; a name is rarely an English word.
  if (/^[Mm]al\s/.test(match[0]) && !/\s(?:de|di|del)\s/.test(match[0])) return undefined;
  return otherAt(match.index ?? 0, (match.index ?? 0) + match[0].length, 0.5, REASON);
}
