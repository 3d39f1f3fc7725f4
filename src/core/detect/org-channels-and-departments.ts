/**
 * Local groups and workplaces named in the furniture of chats and e-mails rather than in sentences:
 * - a chat channel named with hyphens (`#zim-carers-leeds-support`), a group's own space; hashtags, which cannot hold
 *   a hyphen, and channels named for a topic (`#general`, `#night-shift-swaps`, `#carers-chat`) are left alone;
 * - a university department named in a signature, with the university on the next line or after a comma
 *   (`Department of Sociology and Anthropology` / `Carleton University`): where the writer works.
 */
import type { Candidate } from './detector';
import { CITIES, OTHER_PLACES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';

const CHANNEL = /(?<![\p{L}\p{N}_#&/-])#(\p{Ll}[\p{Ll}\p{N}]*(?:[-_][\p{Ll}\p{N}]+)+)(?![\p{L}\p{N}_-])/gu;
/** Channel words every workspace has: a channel made only of these names no group. */
const GENERIC_CHANNEL_WORDS = new Set(
  `general random announcements announcement off topic offtopic chat help support team teams social news admin dev ops
  updates update questions question intros introductions welcome watercooler memes links resources jobs events
  feedback bugs bot bots alerts logs test testing all staff channel notes meeting meetings misc`.split(/\s+/),
);

const DEPARTMENT = /\b(?:Department|Dept\.?|Faculty|School|Division|Institute|Centre|Center) (?:of|for) \p{Lu}[\p{L}\p{M}'’-]*(?:,? (?:and |& |of |in |for )?\p{Lu}[\p{L}\p{M}'’-]*){0,5}/gu;
/** The university or college right after, as a signature or an affiliation line gives it. */
const UNIVERSITY_AFTER = /^\s*(?:,|\n|\n\s*>)\s*(?:the )?(?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,4}(?:University|College|Universit[éeàä]t?|Universidad|Universidade|Università|Polytechnic)\b|^\s*(?:,|\n|\n\s*>)\s*(?:University|Universit[éeàä]|Universidad|Universidade) (?:of|de|do|da|di)\b/u;

export function channelsAndDepartments(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('#')) {
    CHANNEL.lastIndex = 0;
    for (let match = CHANNEL.exec(text); match; match = CHANNEL.exec(text)) {
      // `#night-shift-swaps`, `#carers-chat`: dictionary words name a topic. A group's channel says whose it is: a
      // town (`#leeds-carers`), or a word no dictionary has among three or more (`#zim-carers-leeds-support`).
      const words = match[1].split(/[-_]/);
      const unknown = words.filter((word) => !GENERIC_CHANNEL_WORDS.has(word) && !isCommonWord(word) && !isCommonWord(word.replace(/s$/, '')) && word.length >= 3);
      if (!words.some((word) => CITIES.has(word) || OTHER_PLACES.has(word)) && (unknown.length === 0 || words.length < 3)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, type: 'ORGANIZATION', confidence: 0.6, reason: 'a chat channel named for a group' });
    }
  }
  if (/Universit|College|Polytechnic/.test(text)) {
    DEPARTMENT.lastIndex = 0;
    for (let match = DEPARTMENT.exec(text); match; match = DEPARTMENT.exec(text)) {
      const end = match.index + match[0].length;
      if (!UNIVERSITY_AFTER.test(text.slice(end, end + 80))) continue;
      found.push({ start: match.index, end, type: 'ORGANIZATION', confidence: 0.6, reason: 'a university department named with its university' });
    }
  }
  return found;
}
