/**
 * Works, plants, mills and yards, the local employers of rural and industrial towns, named as people say them:
 * `the Westfield freezing works`, `Sun-Valley Raisin Packers`, `hansen quarries`, `hegar fab`, and a trade's works
 * placed by its town (`the butter factory in imbil`, `the paper mill at Kinleith`).
 */
import type { Candidate } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS } from './lexicon/cues';
import { isOrdinaryWord } from './lexicon/foreign-words';
import { isSharedWord } from './lexicon/public-names';

/** Words that end the name of a works or a trading yard. `works` and `plant` are verbs and nouns too: see below. */
const WORKS_WORDS = 'works|factory|plant|mill|mills|quarry|quarries|cannery|packers|packhouse|packinghouse|sawmill|abattoir|meatworks|foundry|smelter|shipyard|boatyard|fab|fabrication|fabricators|creamery|sugarmill|ginnery|tannery';
/** A name (capitalised words, or one lower-case word), an optional trade word in lower case, then a works word. */
const NAMED_WORKS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s){1,3}|\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,}\\s)((?:\\p{Ll}[\\p{Ll}-]+\\s)?)(${WORKS_WORDS}|${capitalisedAlternatives(WORKS_WORDS)})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** `the butter factory in imbil`: a trade's works after `the`, placed by the town after it. */
const TRADE_WORKS_IN_TOWN = new RegExp(`\\b[Tt]he\\s(\\p{Ll}[\\p{Ll}-]+\\s(?:${WORKS_WORDS}))\\s(?:in|at|out at|up at|down at|near)\\s(\\p{L}[\\p{L}\\p{M}'’-]+)`, 'gu');
/** Trades before a bare `works` (`freezing works`, `gas works`): any other word before it makes it the verb (`system works`). */
const WORKS_TRADE = /^(?:\p{Ll}+ing|gas|iron|steel|brick|meat|water|sewage|chemical|paper|glass|cement|print|salt|dye|tile|lime|copper|tin|wool|engineering|railway|rail|car|motor|bus|tram|ship|boat)$/u;
/** Not a town after `in`: a year said in words or a month (`in sixty-two`, `in March`). */
const NUMBER_OR_MONTH = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|nineteen|january|february|march|april|may|june|july|august|september|october|november|december)/;
/** Works words that are also verbs (`Hansen works hard`, `they plant`): they need a trade word or capitals. */
const VERB_LIKE = new Set(['works', 'plant', 'mill', 'fab']);
/** Trade words that are no trade: adverbs and auxiliaries before a verb (`really works`, `still works`). */
const NOT_TRADE = /^(?:\p{Ll}+ly|still|also|just|even|never|always|only|often|now|then|that|which|who|it|this|and|or|but|so)$/u;

/** A cheap first look: most chunks name no works at all, and the patterns above are costly to try at every word. */
const ANY_WORKS_WORD = /works|factory|plant|mill|quarr|cannery|packer|packhouse|packinghouse|abattoir|foundry|smelter|yard|fab|creamery|ginnery|tannery/i;

export function worksAndPlants(text: string): Candidate[] {
  if (!ANY_WORKS_WORD.test(text)) return [];
  const found: Candidate[] = [];
  NAMED_WORKS.lastIndex = 0;
  for (let match = NAMED_WORKS.exec(text); match; match = NAMED_WORKS.exec(text)) {
    // A rejected start (`for hansen quarries`) may hide a name starting one word later: look again from there.
    NAMED_WORKS.lastIndex = match.index + 1;
    const [whole, nameWords, tradeWord, worksWord] = match;
    const names = nameWords.trim().split(/\s+/);
    const trade = tradeWord.trim();
    const capitalised = /^\p{Lu}/u.test(names[0]);
    const worksLower = worksWord.toLowerCase();
    if (trade !== '' && (NOT_TRADE.test(trade) || (worksWord.toLowerCase() === 'works' && !WORKS_TRADE.test(trade)))) continue;
    // Drop sentence openers at the front (`The Westfield freezing works`, `At Hegar Fab`).
    while (names.length > 0 && (OPENERS.has(names[0].toLowerCase()) || NEVER_NAMES.has(names[0].toLowerCase()))) names.shift();
    if (names.length === 0) continue;
    const first = names[0].toLowerCase();
    if (isSharedWord(names.join(' ').toLowerCase())) continue; // a brand's plant is the brand's
    if (!capitalised) {
      // One lower-case word: a name only if no list knows it and it is no one's given name (`maria works`).
      if (isOrdinaryWord(first) || FIRST_NAMES.has(first)) continue;
      if (VERB_LIKE.has(worksLower) && trade === '' && worksLower !== 'fab') continue;
    } else if (VERB_LIKE.has(worksLower) && trade === '' && !/^\p{Lu}/u.test(worksWord)) {
      // `Hansen works there`: a capitalised name before a bare verb-like word is a person working.
      continue;
    } else if (names.every((word) => isOrdinaryWord(word.toLowerCase())) && trade === '' && !/^\p{Lu}/u.test(worksWord)) {
      continue; // `Saw mill`, `The plant`: ordinary capitalised words at a sentence start
    }
    const start = match.index + whole.length - worksWord.length - tradeWord.length - names.join(' ').length - 1;
    found.push({ start, end: match.index + whole.length, type: 'ORGANIZATION', confidence: 0.6, reason: `a named ${worksLower}` });
    NAMED_WORKS.lastIndex = match.index + whole.length;
  }
  TRADE_WORKS_IN_TOWN.lastIndex = 0;
  for (let match = TRADE_WORKS_IN_TOWN.exec(text); match; match = TRADE_WORKS_IN_TOWN.exec(text)) {
    // The town is capitalised or a word no list knows: not `the shirt factory in sixty-two`.
    const town = match[2];
    const townLower = town.toLowerCase();
    if (NUMBER_OR_MONTH.test(townLower) || (!/^\p{Lu}/u.test(town) && isOrdinaryWord(townLower))) continue;
    const start = match.index + match[0].indexOf(match[1]);
    found.push({ start, end: start + match[1].length, type: 'ORGANIZATION', confidence: 0.55, reason: 'a trade\'s works placed by its town' });
  }
  return found;
}

function capitalisedAlternatives(words: string): string {
  return words.split('|').map((word) => word[0].toUpperCase() + word.slice(1)).join('|');
}
