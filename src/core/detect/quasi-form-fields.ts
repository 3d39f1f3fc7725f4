import type { Candidate } from './detector';
import { mentionsAny, otherAt } from './quasi-cues';

const REASON = 'a field of a form or record about a person';

/**
 * The answers of an intake form, case record or survey export, one `Field: value` a line: `Main occupation: reindeer
 * herder, member of X`, `Ethnicity: Northern Sámi`, `Household: married, four children, one foster son`,
 * `Immigration status: refugee`. The field says what the value is, so no lexicon is needed for the job or the people;
 * only household items are checked for a family shape (`son Oleksandr (9)` is a name and an age, left to others).
 */
export function findFormFields(text: string): Candidate[] {
  if (!text.includes(':') || !mentionsAny(text, NEEDLES)) return [];
  const found: Candidate[] = [];
  FIELD_LINE.lastIndex = 0;
  for (let line = FIELD_LINE.exec(text); line; line = FIELD_LINE.exec(text)) {
    const kind = kindOf(line[1]);
    let offset = line.index + line[0].length - line[2].length;
    // Items up to a bracket (`snowmobile mechanic (winters)`): what follows is a note about the item.
    const value = line[2].split('(')[0];
    for (const raw of value.split(/[,;]/)) {
      const item = raw.trim();
      const start = offset + raw.indexOf(item);
      offset += raw.length + 1;
      if (item && keep(kind, item)) found.push(otherAt(start, start + item.length, 0.45, REASON));
    }
  }
  return found;
}

type FieldKind = 'job' | 'people' | 'household' | 'status';

/** Field names as forms write them; not ALL CAPS, which is a speaker label (`FAITH: Hi Tav`). */
const FIELD_LINE =
  /^[ \t>*|-]*((?:(?:[Mm]ain|[Ss]econd|[Cc]urrent|[Pp]revious|[Ff]ormer|[Ll]ast)\s+)?(?:[Oo]ccupation|[Jj]ob|[Pp]rofession|[Tt]rade|[Ee]thnicity|[Ee]thnic\s+(?:group|background|origin)|[Nn]ationality|[Cc]itizenship|[Rr]eligion|[Ff]aith|[Hh]ousehold|[Ii]mmigration\s+status|[Rr]esidence\s+status|[Vv]isa\s+status|[Ll]egal\s+status|[Mm]igration\s+status))\**[ \t]*:[ \t]*\**[ \t]*([^\n]{1,120})$/gmu;
const NEEDLES = ['occupation', 'job', 'profession', 'trade', 'ethnic', 'nationality', 'citizenship', 'religion', 'faith', 'household', 'status'];

function kindOf(field: string): FieldKind {
  const lower = field.toLowerCase();
  if (/household/.test(lower)) return 'household';
  if (/status/.test(lower)) return 'status';
  if (/ethnic|nationality|citizenship|religion|faith/.test(lower)) return 'people';
  return 'job';
}

/** Answers that say nothing: `n/a`, `unknown`, `prefer not to say`, `-`. */
const EMPTY = /^(?:n\/?a|none|nil|unknown|not\s+(?:stated|known|given|applicable)|prefer\s+not\s+to\s+say|declined|other|-+|\?+|tbc|see\s+notes?)$/i;
/** A clause or an affiliation, not the answer itself: `member of X`, `works for Y`. */
const CLAUSE = /\b(?:of|for|at|with|since|from|to|who|which|that|is|was|has|had)\b/i;
const MARITAL = /^(?:married|single|divorced|separated|partnered|cohabiting|engaged|lives\s+alone|alone)$/i;
const COUNT = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|\\d{1,2})';
/** `four children`, `one foster son`, `2 grandchildren`, `twins`: the family shape of a household. */
const FAMILY_ITEM = new RegExp(
  `^(?:${COUNT}\\s+(?:(?:foster|step|adopted|adult|grown|young|small)\\s+)?(?:children|child|kids|kid|sons?|daughters?|boys?|girls?|grandchildren|grandchild|grandsons?|granddaughters?|stepchildren|dependants?|dependents?)|twins|triplets|widow|widower|widowed|single\\s+(?:mum|mom|mother|dad|father|parent)|lone\\s+parent)$`,
  'iu',
);

function keep(kind: FieldKind, item: string): boolean {
  if (EMPTY.test(item) || item.split(/\s+/).length > 5) return false;
  if (kind === 'household') return FAMILY_ITEM.test(item);
  if (MARITAL.test(item)) return false;
  // A name or a firm in a job field's later items is left to the name and organisation detectors.
  return !CLAUSE.test(item);
}
