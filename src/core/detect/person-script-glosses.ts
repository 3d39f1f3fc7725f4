import type { Finding } from '../types';
import { DEMONYMS } from './lexicon/compromise-lexicon';
import { LANGUAGES } from './lexicon/public-names';
import { AFTER_NAME_RUN, hasOtherScript, OTHER_SCRIPT_RUN, standsAlone } from './other-script-runs';

/**
 * A person's name written again in another script beside the Latin form the engine already found:
 * `Dr. Yoon Ji-hye (윤지혜)`, `I'm Annie Akavak, ᐊᓂ ᐊᑲᕙᒃ.`, `Almaz Tesfaye (አልማዝ ተስፋዬ)`, `陳美玲 (Chan Mei-ling)`,
 * `Yossi Cohen / יוסי כהן`; then every other mention of that exact form. Only a run beside a person counts, so a
 * place or a language glossed the same way (`Busan (부산)`, `Inuktitut (ᐃᓄᒃᑎᑐᑦ)`) is not taken, nor is quoted speech.
 */
export function scriptGlossesOfPeople(text: string, findings: readonly Finding[]): Finding[] {
  if (!hasOtherScript(text)) return [];
  const forms = new Set<string>();
  const found: Finding[] = [];
  const taken = (start: number, end: number): boolean =>
    findings.some((other) => other.start < end && other.end > start) || found.some((other) => other.start < end && other.end > start);
  const add = (start: number, end: number, reason: string): void => {
    if (end <= start || taken(start, end)) return;
    forms.add(text.slice(start, end));
    found.push({ start, end, type: 'PERSON', confidence: 0.85, reason, text: text.slice(start, end), detector: 'person-script-glosses' });
  };
  for (const person of findings) {
    if (person.type !== 'PERSON' || person.confidence < MIN_CONFIDENCE || !/\p{sc=Latin}/u.test(person.text)) continue;
    // `Greek (Ελληνικά)`: a language or a people wrongly taken for a person glosses no name.
    const lower = person.text.toLocaleLowerCase();
    if (LANGUAGES.has(lower) || DEMONYMS.has(lower)) continue;
    const after = text.slice(person.end, person.end + 48);
    const gloss = GLOSS_AFTER.exec(after);
    if (gloss && AFTER_NAME_RUN.test(after.slice(gloss[0].length))) {
      add(person.end + gloss[0].length - gloss[1].length, person.end + gloss[0].length, 'a person\'s name written again in another script');
      continue;
    }
    const before = text.slice(Math.max(0, person.start - 40), person.start);
    const glossBefore = GLOSS_BEFORE.exec(before);
    if (glossBefore) {
      const start = person.start - before.length + glossBefore.index;
      if (standsAlone(text, start, start + glossBefore[1].length)) add(start, start + glossBefore[1].length, 'a person\'s name in another script, glossed in Latin letters');
    }
  }
  if (forms.size === 0) return found;
  // The same form elsewhere: `윤지혜` in the header, again in a note.
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      if (standsAlone(text, at, at + form.length)) add(at, at + form.length, 'same name in another script as a person elsewhere in this transcript');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const MIN_CONFIDENCE = 0.7;
/** After the Latin name: `(윤지혜)`, `, ᐊᓂ ᐊᑲᕙᒃ.`, ` / יוסי כהן`, ` - 陳美玲`. */
const GLOSS_AFTER = new RegExp(`^(?:\\s?[(（]\\s*|,[ \\t]*|\\s*[/／][ \\t]*|[ \\t]+[-–—][ \\t]+)(${OTHER_SCRIPT_RUN})`, 'u');
/** Before it: `陳美玲 (Chan Mei-ling)`, `박수진 / Park Soo-jin`. */
const GLOSS_BEFORE = new RegExp(`(${OTHER_SCRIPT_RUN})(?:\\s?[(（]\\s*|\\s*[/／]\\s*)$`, 'u');
