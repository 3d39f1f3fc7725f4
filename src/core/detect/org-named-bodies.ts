/**
 * Local bodies named by ordinary capitalised words before the word for what they are: councils and departments
 * (`Highland Council`, `the Planning Department`), congregations (`Redeemed Light Assembly`), transit operators
 * (`Sun Metro`), archives in a header (`WHALING CITY WATERFRONT HERITAGE ARCHIVE`). The shared suffix rules want a
 * word no dictionary has; here the kind word itself is enough, mid-sentence, when a capitalised word comes before it.
 * National and international bodies (`Security Council`, `State Department`, `European Council`) are left alone.
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS, DEMONYMS, PUBLIC_ENTITIES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS } from './lexicon/cues';

/** The kind words, capitalised or in capitals; one literal alternation, tried only where a capital K-word stands. */
const KIND_WORD = /(?<![\p{L}\p{N}])(?:Council|Department|Dept|Assembly|Tabernacle|Metro|Transit|Archive|Archives|Outreach|COUNCIL|DEPARTMENT|ASSEMBLY|ARCHIVE|ARCHIVES)(?![\p{L}\p{N}])/gu;
const ANY_KIND_WORD = /Council|Department|Dept|Assembly|Tabernacle|Metro|Transit|Archive|Outreach|COUNCIL|DEPARTMENT|ASSEMBLY|ARCHIVE/u;
/** Up to four capitalised words (or words in capitals) right before the kind word. */
const NAME_BEFORE = /(?:(?<![\p{L}\p{N}'’-])[\p{Lu}][\p{L}\p{M}'’-]*\s){1,4}$/u;
/** First words of national, international or generic bodies: `Security Council`, `State Department`, `City Council`? (kept). */
const NOT_LOCAL = new Set(
  `national federal european international security privy arts research medical general legislative state states
  united world global parliamentary executive student students parish`.split(/\s+/),
);

export function namedBodies(text: string): Candidate[] {
  if (!ANY_KIND_WORD.test(text)) return [];
  const found: Candidate[] = [];
  KIND_WORD.lastIndex = 0;
  for (let match = KIND_WORD.exec(text); match; match = KIND_WORD.exec(text)) {
    const end = match.index + match[0].length;
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0];
    if (!before) continue;
    const words = before.trim().split(/\s+/);
    const upper = match[0] === match[0].toUpperCase();
    // In capitals the kind word must follow words in capitals (a header), and in mixed case, mixed-case words.
    while (words.length > 0 && (OPENERS.has(words[0].toLocaleLowerCase()) || NEVER_NAMES.has(words[0].toLocaleLowerCase()) || isUpper(words[0]) !== upper)) words.shift();
    if (words.length === 0) continue;
    const first = words[0].toLocaleLowerCase().replace(/['’]s$/u, '');
    const phrase = [...words, match[0]].join(' ').toLocaleLowerCase();
    // `PARENTS' COUNCIL`, `Tenants' Assembly`: a body of a kind of people, named for them, is any such body.
    if (/[sS]['’]$/u.test(words[0]) || NOT_LOCAL.has(first) || DEMONYMS.has(first) || COUNTRIES_AND_REGIONS.has(first) || PUBLIC_ENTITIES.has(phrase)) continue;
    const start = end - [...words, match[0]].join(' ').length;
    if (text.slice(start, end) !== [...words, match[0]].join(' ')) continue; // a line break or two spaces inside
    found.push({ start, end, type: 'ORGANIZATION', confidence: 0.6, reason: `capitalised words before "${match[0]}"` });
  }
  return found;
}

const isUpper = (word: string): boolean => word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word);
