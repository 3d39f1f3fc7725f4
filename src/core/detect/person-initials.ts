import { overlapsAny } from '../transcript';
import type { Finding } from '../types';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';

/**
 * Initials a document establishes for a person, then uses alone, as field notes and minutes write them:
 * `H.K. (mother, 41)` … `H. made tea`, `the K. family`; `Aroha Te Whata (chair, AT)` … `AT welcomed everyone`;
 * `(GP = Gwenllian Pryce)` … `GP joins`. A lone capital and full stop is otherwise a sentence end, `plan B.` or a
 * middle initial, so a letter counts only once this document has used it in a person's initials, and only where what
 * follows cannot end a sentence (`H. winced`, `H.'s personnummer`, `B. (Berfîn)`, `(= H., her first name`).
 */
export function initialsStandingForPeople(text: string, findings: readonly Finding[]): Finding[] {
  const letters = new Set<string>();
  const declared = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'PERSON') continue;
    const short = finding.text.length <= 8;
    // `KIM:` or `LAU:` as a label is a surname in capitals, not initials.
    const undotted = short && UNDOTTED_INITIALS.test(finding.text) && !isGivenName(finding.text.toLowerCase()) && !isCommonWord(finding.text.toLowerCase());
    if (undotted || (short && DOTTED_INITIALS.test(finding.text))) {
      for (const letter of finding.text.replace(/[.\s]/gu, '')) letters.add(letter);
      continue;
    }
    const initials = declaredFor(text, finding);
    if (initials) {
      declared.add(initials);
      for (const letter of initials) letters.add(letter);
    }
  }
  // `Y. (= Yupanqui)`, `Ş. = Şêrko`: a lone initial the notes define by a name.
  const mayDefine = text.includes('=');
  if (letters.size === 0 && !mayDefine) return [];
  const taken = [...findings].sort((a, b) => a.start - b.start);
  const found: Finding[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (overlapsAny(taken, start, end) || found.some((other) => other.start < end && other.end > start)) return;
    found.push({ start, end, type: 'PERSON', confidence: 0.8, reason, text: text.slice(start, end), detector: 'person-initials' });
  };
  for (const initials of declared) {
    for (let at = text.indexOf(initials); at !== -1; at = text.indexOf(initials, at + initials.length)) {
      if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + initials.length] ?? ' ')) {
        add(at, at + initials.length, 'initials the document gives for a person');
      }
    }
  }
  if (!text.includes('.')) return found;
  const consider = (start: number, letter: string): void => {
    const end = start + 2;
    const defined = mayDefine && DEFINED_AFTER.exec(text.slice(end, end + 8))?.[1] === letter;
    if ((!letters.has(letter) && !defined) || !FOLLOWS_A_NAME.test(text.slice(end, end + 3))) return;
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
    if (before && NOT_A_PERSON_BEFORE.has(before[1].toLocaleLowerCase())) return;
    // `Q. how old` / `A. about fifty`: an oral history's question and answer marks.
    if ((letter === 'Q' || letter === 'A') && /(?:^|\n)[ \t>*-]*$/u.test(text.slice(Math.max(0, start - 8), start))) return;
    add(start, end, 'initial of a person this document names by initials');
  };
  if (letters.size === 0) {
    // Only a definition can make a lone initial a name here: look just before each `=` (`Y. (= Yupanqui)`).
    for (let at = text.indexOf('='); at !== -1; at = text.indexOf('=', at + 1)) {
      const windowStart = Math.max(0, at - 8);
      const lone = LONE_BEFORE_EQUALS.exec(text.slice(windowStart, at));
      if (lone) consider(windowStart + lone.index, lone[1]);
    }
    return found.sort((a, b) => a.start - b.start);
  }
  LONE_INITIAL.lastIndex = 0;
  for (let match = LONE_INITIAL.exec(text); match; match = LONE_INITIAL.exec(text)) consider(match.index, match[1]);
  return found.sort((a, b) => a.start - b.start);
}

const DOTTED_INITIALS = /^\p{Lu}\.(?:\s?\p{Lu}\.){1,2}$/u;
const UNDOTTED_INITIALS = /^\p{Lu}{2,3}$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
/** A capital and a full stop standing alone: not inside `H.K.`, `U.S.` or a word, and not the first of `H. K.`. */
const LONE_INITIAL = /(?<![\p{L}\p{M}\p{N}.'’-])(\p{Lu})\.(?![\p{L}\p{M}\p{N}]|\s?\p{Lu}\.)/gu;
/** What follows a name but never a sentence's end: a possessive, a comma, a bracket, `=`, or a lower-case word. */
const FOLLOWS_A_NAME = /^(?:['’]s|\s*[,;:)=]|\s+\p{Ll}|\s+\((?:\p{Lu}|\s*=))/u;
/** A lone initial right before `=` or `(=`: `Y. (=`, `Ş. =`. */
const LONE_BEFORE_EQUALS = /(?<![\p{L}\p{M}\p{N}.'’-])(\p{Lu})\.\s*\(?\s*$/u;
/** `= Yupanqui` or `(= Yupanqui)` after a lone initial: the name it stands for (its first letter). */
const DEFINED_AFTER = /^\s*\(?\s*=\s*(\p{Lu})/u;
/** Words before a letter that make it a label or a grade, not a person: `plan B. then`, `vitamin D. she`. */
const NOT_A_PERSON_BEFORE = new Set(
  'plan vitamin type grade block unit hepatitis section part appendix option class level room gate wing ward bay flat exhibit category group team step phase row stage form building floor tier zone area'.split(' '),
);
const TITLE = /^(?:dr|mr|mrs|ms|mx|prof|rev|fr|sr|sis|bro|elder|officer|nurse|auntie|aunty|uncle)\.?$/iu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** Particles inside a name that its initials may leave out: `Te Whata`, `De Souza`, `Van Dyke`, `Al Amin`. */
const PARTICLES = new Set(['te', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'ap', 'bin', 'ibn', 'la', 'le']);

/**
 * The initials a document declares for a named person: `Aroha Te Whata (chair, AT)`, `Hēmi Paraone (HP)`,
 * `(GP = Gwenllian Pryce)`, `Gwenllian Pryce = GP`. Only capitals that are exactly the name's initials count.
 */
function declaredFor(text: string, finding: Finding): string | undefined {
  const after = text.slice(finding.end, finding.end + 48);
  const before = text.slice(Math.max(0, finding.start - 12), finding.start);
  if (!after.includes('(') && !after.includes('=') && !before.includes('=')) return undefined; // the usual case, cheaply
  const words = finding.text.split(/\s+/u).filter((word) => !TITLE.test(word));
  if (words.length < 2 || words.length > 4 || !words.every((word) => NAME_WORD.test(word))) return undefined;
  // `Aroha Te Whata` is `ATW`, `AW` without the particle, or `AT` with the particle opening the surname.
  const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase());
  const forms = new Set([
    words.map((word) => word[0]).join(''),
    words.filter((word) => !isParticle(word)).map((word) => word[0]).join(''),
    words.filter((_word, index) => index === 0 || !isParticle(words[index - 1])).map((word) => word[0]).join(''),
  ]);
  const bracket = /^\s*\((?:[^()\n,]{1,30},\s*)?(\p{Lu}{2,4})(?:,[^()\n]{0,30})?\)/u.exec(after);
  if (bracket && forms.has(bracket[1])) return bracket[1];
  const equalsAfter = /^\s*=\s*(\p{Lu}{2,4})(?![\p{L}\p{M}])/u.exec(after);
  if (equalsAfter && forms.has(equalsAfter[1])) return equalsAfter[1];
  const equalsBefore = /(?<![\p{L}\p{M}])(\p{Lu}{2,4})\s*=\s*$/u.exec(before);
  if (equalsBefore && forms.has(equalsBefore[1])) return equalsBefore[1];
  return undefined;
}
