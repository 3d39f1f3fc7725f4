import type { Candidate } from './detector';
import { isSentenceStart } from './capitalised';
import { isCommonWord } from './lexicon/english-words';

/** Kinds of place an organisation runs: a name given to one of these is the organisation's. */
const ORGANISATION_KINDS = new Set(
  'hospital clinic school college university church chapel mosque temple factory plant company firm shop salon store restaurant cafe café pub bar hotel club team group charity agency surgery practice centre center home'.split(' '),
);
/** Kinds of place that are places: a name given to one of these is a location. */
const PLACE_KINDS = new Set('airport mall market station stadium prison jail mine pit camp village town township estate suburb street road park farm ranch plaza'.split(' '));
const KIND_WORDS = [...ORGANISATION_KINDS, ...PLACE_KINDS].join('|');

/** One to four capitalised words (`King Shaka`, `Foothills`, `St Brigid's`). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}";

/** `at King Shaka, the airport`, `to Grey's, the hospital`: a name set off before the kind of place it is. */
const NAME_THEN_KIND = new RegExp(
  `(?<=(?<![\\p{L}\\p{M}])(?:at|in|to|from|near|by|outside)[ \\t]+)(${NAME}),[ \\t]+the[ \\t]+(?:(?:big|new|old|main|local|little)[ \\t]+)?(${KIND_WORDS})(?=[ \\t]*(?:[.,;:!?)]|$)|[ \\t]+(?:there|in|on|at|near|by|off|up|down|where|that|which)(?![\\p{L}\\p{M}]))`,
  'gu',
);
/** `the hospital there, Foothills it's called`: a name before `it's called`, a kind of place said just before. */
const NAME_IT_IS_CALLED = new RegExp(`(${NAME}),?[ \\t]+(?:it['’]s|it[ \\t]+is|it[ \\t]+was|that['’]s)[ \\t]+called(?![\\p{L}\\p{M}])`, 'gu');
const KIND_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(${KIND_WORDS})(?![\\p{L}\\p{M}])[^.!?\\n]{0,60}$`, 'iu');

/**
 * Places and organisations named beside the kind of place they are, where nothing in the name says so:
 * `my mom is a cleaner at King Shaka, the airport`; `she's a nurse in the hospital there, Foothills it's called`.
 */
export function namesOfKindsOfPlace(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes(', the ')) {
    NAME_THEN_KIND.lastIndex = 0;
    for (let match = NAME_THEN_KIND.exec(text); match; match = NAME_THEN_KIND.exec(text)) {
      found.push(named(match.index, match[1], match[2].toLowerCase(), 'a name set off before the kind of place it is'));
    }
  }
  if (/\bcalled\b/.test(text)) {
    NAME_IT_IS_CALLED.lastIndex = 0;
    for (let match = NAME_IT_IS_CALLED.exec(text); match; match = NAME_IT_IS_CALLED.exec(text)) {
      const kind = KIND_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[1].toLowerCase();
      // An ordinary word opening a sentence (`Anyway it's called`) is no name.
      if (!kind || (isSentenceStart(text, match.index) && !match[1].includes(' ') && isCommonWord(match[1].toLowerCase()))) continue;
      found.push(named(match.index, match[1], kind, 'a name given to a kind of place just said ("it\'s called")'));
    }
  }
  return found;
}

function named(start: number, name: string, kind: string, reason: string): Candidate {
  const type = PLACE_KINDS.has(kind) ? 'LOCATION' : 'ORGANIZATION';
  return { start, end: start + name.length, type, confidence: 0.7, reason };
}
