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
  if ((!text.includes(':') && !text.includes('|')) || !mentionsAny(text, NEEDLES)) return [];
  const found: Candidate[] = [];
  FIELD_LINE.lastIndex = 0;
  for (let line = FIELD_LINE.exec(text); line; line = FIELD_LINE.exec(text)) {
    const kind = kindOf(line[1]);
    let offset = line.index + line[0].length - line[2].length;
    // Items up to a bracket (`snowmobile mechanic (winters)`): what follows is a note about the item.
    const value = line[2].split('(')[0];
    // A sentence is speech after a speaker named like a field (`Faith: Yeah, rosa's right though, it's always…`).
    if (value.split(/\s+/).length > SPEECH_WORDS) continue;
    // Items split at commas, semicolons and spaced dashes (`Buddhist - Kwan Yin Temple`: the faith, then where).
    for (const [raw, separatorLength] of itemsOf(value)) {
      const item = raw.trim();
      const start = offset + raw.indexOf(item);
      offset += raw.length + separatorLength;
      if (item && keep(kind, item)) found.push(otherAt(start, start + item.length, 0.45, REASON));
    }
  }
  return found;
}

/** More words than this in a field's value make it a sentence someone said, not a form's answer. */
const SPEECH_WORDS = 10;

/** The items of a field's value, each with the length of the separator after it. */
function itemsOf(value: string): Array<[string, number]> {
  const items: Array<[string, number]> = [];
  let from = 0;
  for (const separator of value.matchAll(/[,;]|\s[-–—]\s/gu)) {
    items.push([value.slice(from, separator.index), separator[0].length]);
    from = separator.index + separator[0].length;
  }
  items.push([value.slice(from), 0]);
  return items;
}

type FieldKind = 'job' | 'people' | 'household' | 'status';

/** Field names as forms write them; not ALL CAPS, which is a speaker label (`FAITH: Hi Tav`). */
const FIELD_LINE = new RegExp(
  '^[ \\t>*|#-]*(?:\\d{1,2}[.)][ \\t]*)?\\**[ \\t]*((?:(?:[Mm]ain|[Ss]econd|[Cc]urrent|[Pp]revious|[Ff]ormer|[Ll]ast)\\s+)?(?:[Oo]ccupation|[Jj]ob|[Pp]rofession|[Tt]rade|[Ee]thnicity|[Ee]thnic\\s+(?:group|background|origin)|' +
    '[Nn]ationality|[Cc]itizenship|[Rr]eligion|[Rr]eligious\\s+affiliation|[Dd]enomination|[Ff]aith|[Hh]ousehold|[Ii]mmigration\\s+status|[Rr]esidence\\s+status|[Vv]isa\\s+status|[Ll]egal\\s+status|[Mm]igration\\s+status|' +
    // The same fields in Spanish, Portuguese, French, German and Italian forms.
    '[Pp]rofesi[oó]n|[Oo]cupaci[oó]n|[Pp]rofiss[aã]o|[Oo]cupa[cç][aã]o|[Mm][ée]tier|[Bb]eruf|[Pp]rofessione|[Mm]estiere|[Rr]eligi[oóã]n?|[Rr]eligione|[Kk]onfession|' +
    '[Nn]acionalidad|[Nn]acionalidade|[Nn]ationalit[ée]|[Ss]taatsangehörigkeit|[Nn]azionalit[àa]))' +
    // `Religion / community:`: a second name for the same field after a slash.
    '(?:[ \\t]*/[ \\t]*[\\p{L}]+)?\\**[ \\t]*(?::|\\|)[ \\t]*\\**[ \\t]*([^\\n|]{1,120}?)[ \\t|]*$',
  'gmu',
);
const NEEDLES = ['occupation', 'job', 'profession', 'trade', 'ethnic', 'nationality', 'citizenship', 'religi', 'faith', 'household', 'status', 'denomination', 'profesi', 'ocupa', 'profiss', 'métier', 'metier', 'beruf', 'mestiere', 'konfession', 'nacionalidad', 'nationalit', 'staatsangeh', 'nazionalit'];

function kindOf(field: string): FieldKind {
  const lower = field.toLowerCase();
  if (/household/.test(lower)) return 'household';
  if (/status/.test(lower)) return 'status';
  if (/ethnic|nationalit|nacionalidad|staatsangeh|nazionalit|citizenship|religi|konfession|denomination|faith/.test(lower)) return 'people';
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
