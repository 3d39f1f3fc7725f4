import type { Span } from './types';

/**
 * The code and node names of a qualitative-analysis export (NVivo's `Name: Saúde\Barreiras\Idioma`, MAXQDA's
 * `Code: Trabaho > Shift work` and `Code System: ...`): the researchers' categories, often in the participants'
 * language, never a person or a place. Decided line by line, as detectors see one paragraph at a time: the value of
 * a code field, or of a `Name:` field that is a code path (a person's name has no `\` or ` > `). A `Codes:` line
 * that pairs codes with what they stand for (`Codes: SW = social worker; Client = Faith Mensah`) is the speakers'
 * key, not a coding field: the names in it are people.
 */
const CODE_FIELD =
  /(?:^|[ \t]{3,}|\t)[ \t]*(Name|Nodes?|Codes?|Code [Ss]ystem|Parent code|Subcode)[ \t]*:[ \t]*([^\n\t]*?)(?=[ \t]{3,}|\t|[ \t]*(?:\r?\n|$))/gmu;
const CODE_PATH = /\\|[ \t]>[ \t]/u;
/** `SW = social worker`, `R=Rosa`: a code and what it stands for. */
const SPEAKER_KEY_PAIR = /(?:^|[;,][ \t]*)[\p{L}\d]{1,12}[ \t]*=[ \t]*\p{L}/u;

export function codingLabelSpans(text: string): Span[] {
  if (!/\b(?:Name|Nodes?|Codes?|Code [Ss]ystem|Subcode)[ \t]*:/u.test(text)) return [];
  const spans: Span[] = [];
  CODE_FIELD.lastIndex = 0;
  for (let match = CODE_FIELD.exec(text); match; match = CODE_FIELD.exec(text)) {
    const [, field, value] = match;
    if (value.length === 0 || (field === 'Name' && !CODE_PATH.test(value))) continue;
    if (field !== 'Name' && SPEAKER_KEY_PAIR.test(value)) continue;
    const start = match.index + match[0].length - value.length;
    spans.push({ start, end: start + value.length });
  }
  return spans;
}
