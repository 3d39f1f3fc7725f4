import type { Candidate, DetectionContext } from './detector';
import { overlapsAny } from '../spans';
import { AFTER_NAME_RUN, hasOtherScript, OTHER_SCRIPT_RUN } from './other-script-runs';

/**
 * A name written in another script where a form or a sentence says a name stands: a field (`Name (Thai): สมชาย ใจดี`,
 * `Known as: ชาย / Chai`, `Signature: יוסף כהן`), or a naming cue (`signed the lease as יוסף כהן`, `written on the
 * sheet as 김순자 / 金順子`, `called Λένα`). A list of forms joined by `/` is one person's, so each is taken.
 */
const NAME_FIELD = new RegExp(
  `(?:^|\\n)[ \\t]*(?:\\d{1,2}[.)][ \\t]*)?(?:[^\\n:]{0,30}?[^\\p{L}])?((?:[Nn]ame|NAME|[Kk]nown as|KNOWN AS|[Nn]ickname|[Pp]refers|[Pp]referred name|[Ss]igned|[Ss]ignature|[Aa]lias)(?:[^\\n:]{0,24})?):[ \\t]*`,
  'gu',
);
/** A naming cue right before a run (the cue first: cues are rare, runs are every word of a text in that script). */
const NAMING_CUE = new RegExp(
  `\\b(?:called|named|known as|name is|name was|(?:my|his|her|our|their) (?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|sister|brother|friend|grandmother|grandfather|grandson|granddaughter|aunt|auntie|uncle|cousin|neighbour|neighbor)|(?:signed|written|spelt|spelled|registered)(?: [^\\n.:]{0,40}?)? as)[ \\t]+(?=${OTHER_SCRIPT_RUN})`,
  'giu',
);
const RUN_AT_START = new RegExp(`^${OTHER_SCRIPT_RUN}`, 'u');
/** Labels whose Latin-script value is a name too (`Known as: Chai`); `Name:` heads code trees in exports, so not it. */
const NICKNAME_LABEL = /^(?:known as|nickname|prefers|preferred name|alias)/iu;
const LATIN_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}$/u;

export function scriptNamesInFields({ text, structure }: DetectionContext): Candidate[] {
  if (!hasOtherScript(text)) return [];
  const found: Candidate[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (overlapsAny(structure.protectedSpans, start, end) || found.some((other) => other.start < end && other.end > start)) return;
    found.push({ start, end, type: 'PERSON', confidence: 0.85, reason });
  };
  /** The forms from `at` on, joined by `/`: `김순자 / 金順子`, `ชาย / Chai`. */
  const takeForms = (at: number, latinToo: boolean, reason: string): void => {
    for (let index = at; ;) {
      const rest = text.slice(index, index + 60);
      const run = RUN_AT_START.exec(rest);
      const latin = latinToo ? /^[^\n/]*?(?=\s*(?:\/|\n|$))/u.exec(rest) : null;
      let length = 0;
      if (run && AFTER_NAME_RUN.test(rest.slice(run[0].length))) {
        length = run[0].length;
        add(index, index + length, reason);
      } else if (latin && LATIN_NAME.test(latin[0].trim())) {
        length = latin[0].trimEnd().length;
        add(index, index + length, reason);
      } else return;
      const slash = /^\s*[/／]\s*/u.exec(text.slice(index + length, index + length + 6));
      if (!slash) return;
      index += length + slash[0].length;
    }
  };
  NAME_FIELD.lastIndex = 0;
  for (let match = NAME_FIELD.exec(text); match; match = NAME_FIELD.exec(text)) {
    takeForms(match.index + match[0].length, NICKNAME_LABEL.test(match[1]), 'a name in another script in a name field');
  }
  NAMING_CUE.lastIndex = 0;
  for (let match = NAMING_CUE.exec(text); match; match = NAMING_CUE.exec(text)) {
    takeForms(match.index + match[0].length, false, 'a name in another script after a naming cue');
  }
  return found.sort((a, b) => a.start - b.start);
}
