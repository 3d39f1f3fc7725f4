import { inOrderWithin } from '../text';
import type { Candidate } from './detector';
import { otherAt } from './quasi-cues';

/** The reason of a condition's letters: propagation flags them again wherever they recur in the transcript. */
export const CONDITION_LETTERS_REASON = 'letters of a rare condition named beside them';

/**
 * A condition's letters said beside its name, as people explain them: `I have HHT, hereditary haemorrhagic
 * telangiectasia`, `she has PSP. Progressive supranuclear palsy.`, `Prader-Willi syndrome. PWS.`, `FTD -- frontotemporal
 * dementia`. The letters must spell the name (in order, from its first letter), and the name must end in a word of
 * illness; common conditions' letters (`COPD`, `ADHD`) stay unflagged, as common conditions do.
 */
export function conditionLetters(text: string, named: readonly Candidate[] = []): Candidate[] {
  if (!LETTERS_TEST.test(text)) return [];
  const found: Candidate[] = [];
  LETTERS.lastIndex = 0;
  for (let match = LETTERS.exec(text); match; match = LETTERS.exec(text)) {
    const letters = match[0];
    if (COMMON_CONDITION_LETTERS.has(letters)) continue;
    // `Alpha-1, alpha-1 antitrypsin deficiency`: a short name the full one opens.
    if (/-\d/.test(letters)) {
      const name = NAME_AFTER.exec(text.slice(match.index + letters.length, match.index + letters.length + 80))?.[1];
      if (name && name.toLowerCase().startsWith(`${letters.toLowerCase()} `)) found.push(otherAt(match.index, match.index + letters.length, 0.55, CONDITION_LETTERS_REASON));
      continue;
    }
    const end = match.index + letters.length;
    const after = NAME_AFTER.exec(text.slice(end, end + 80));
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index));
    // Or a rare condition the lists name, right beside the letters (`myasthenia gravis. MG, they call it.`).
    const beside = named.find((condition) => SEPARATOR.test(condition.end <= match.index ? text.slice(condition.end, match.index) : text.slice(end, condition.start)));
    if ((after && spells(letters, after[1].replace(LEADING_ARTICLE, ''))) || (before && spellsFromSomeWord(letters, before[1])) || (beside && spells(letters, text.slice(beside.start, beside.end)))) {
      found.push(otherAt(match.index, end, 0.55, CONDITION_LETTERS_REASON));
    }
  }
  return found;
}

/** Two to five capitals standing alone (`HHT`, `PWS`, `FA`), or a word with a number after a hyphen (`Alpha-1`). */
const LETTERS = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}{2,8}-\d{1,2})(?![\p{L}\p{N}'’-])/gu;
const LETTERS_TEST = /\p{Lu}{2}|\p{Lu}\p{Ll}+-\d/u;
/** Words that end a condition's name. */
const ILLNESS_WORD =
  '(?:\\p{L}*(?:itis|osis|opathy|trophy|plasia|praxia|ectasia|aemia|emia|oma|ataxia)|palsy|syndrome|disease|disorder|deficiency|dementia|sclerosis|fever|resistant|atrophy|neurone|neuron|failure|anaemia|anemia|dystonia|epilepsy)';
const NAME_WORDS = `((?:[\\p{L}\\p{N}'’-]+\\s+){0,4}(?:[\\p{L}'’]+-)?${ILLNESS_WORD})`;
/** The name right after the letters: `, name`, `. Name.`, ` -- name`, ` (name)`. */
const NAME_AFTER = new RegExp(`^(?:\\s*[,:(]|\\.|\\s+[-–—]{1,2})\\s*${NAME_WORDS}(?![\\p{L}])`, 'iu');
/** The name right before the letters: `name (PWS)`, `name. PWS`, `name, PWS`. */
const NAME_BEFORE = new RegExp(`(?<![\\p{L}])${NAME_WORDS}\\s*(?:[.,:(]|[-–—]{1,2})\\s*$`, 'iu');
/** Letters of conditions too common to identify anyone, which the name lists leave unflagged too. */
const COMMON_CONDITION_LETTERS = new Set(['COPD', 'ADHD', 'ADD', 'PTSD', 'OCD', 'IBS', 'UTI', 'CKD', 'GERD', 'GORD', 'DVT', 'CHF', 'HIV', 'AIDS', 'TB', 'MS', 'RA', 'OA', 'ME', 'CFS', 'PCOS', 'T2D', 'DM', 'BP', 'MI', 'CVA', 'TIA', 'GAD']);

const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;
/** What stands between a condition and its letters: `, `, `. `, ` (`, ` -- `. */
const SEPARATOR = /^\s*(?:[,.:(]|[-–—]{1,2})\s*$/u;

/** True when the letters spell the name's last words (`with Prader-Willi syndrome. PWS.` from `Prader`). */
function spellsFromSomeWord(letters: string, name: string): boolean {
  const words = name.split(/\s+/u);
  return words.some((_word, index) => spells(letters, words.slice(index).join(' ')));
}

/**
 * True when the letters spell the name, in order: the first from the name's first word (or its `ex`: `extensively
 * drug-resistant` is `XDR`), the rest from later in it; a last `D` or `S` may stand for `disease` or `syndrome` left
 * unsaid (`MND. Motor neurone.`).
 */
function spells(letters: string, name: string): boolean {
  const lower = name.toLowerCase();
  const wanted = letters.toLowerCase();
  const words = lower.split(/[\s'’-]+/u).filter((word) => word.length > 0);
  if (words.length === 0 || wanted.length > words.length + 2) return false;
  const first = words[0];
  if (!(first.startsWith(wanted[0]) || (wanted[0] === 'x' && first.startsWith('ex')))) return false;
  const rest = lower.slice(lower.indexOf(wanted[0]) + 1);
  return inOrderWithin(wanted.slice(1), rest) || (/[ds]$/.test(wanted) && inOrderWithin(wanted.slice(1, -1), rest));
}
