/**
 * Companies and groups named by a coined word rather than a dictionary one: one word with a capital inside
 * (`PrimeShift`, `FlexiRide`, `GreenGrid Solar`, `SoinsPlus Montréal`), which no given name or English word has, and
 * online groups written as a subreddit (`r/LongHaulMidwest`). Brands everybody shares (`YouTube`, `PowerPoint`) are
 * left alone; names with a capital inside (`McLeod`, `DeShawn`, `MaryAnn`) are people's.
 */
import type { Candidate } from './detector';
import { NEVER_NAMES } from './lexicon/cues';
import { isSharedWord } from './lexicon/public-names';
import { isGivenName } from './lower-case-entities';
import { CITIES, COUNTRIES_AND_REGIONS, FIRST_NAMES, LAST_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';

/** A word with a lower-case letter followed by a capital, not inside an address, a handle, a path or a hashtag. */
const COINED_WORD = /(?<![\p{L}\p{N}_@#/.\\-])\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}_@/\\]|\.[\p{L}\p{N}])/gu;
const HUMP = /\p{Ll}\p{Lu}/u;
/** Heads before an inner capital in people's names: `MacLeod`, `VanDyke`, `FitzGerald`, `DelaCruz`, `AbuBakr`. */
const NAME_HEADS = new Set('mac van von fitz del dela della der den ter ben bin abu ibn ath ash san ste mar dos das'.split(' '));
/** Well-known brands and products written with a capital inside, beyond the shared brand list. */
const PUBLIC_CAMEL_BRANDS = new Set(
  `powerpoint sharepoint onedrive onenote gofundme paypal playstation mastercard blackberry soundcloud capcut hellofresh
  weightwatchers jobseeker jobkeeper mygov myhealth worksafe gopro airpods airtag macbook imac youtuber bookface
  eventbrite surveymonkey googledocs govuk healthline webmd wikipedia wikihow smartphone netbook jcpenney firefox
  chromebook photoshop lightroom autocad quickbooks filemaker workday peoplesoft dropbox wordpress whatsapp facetime
  linkedin tiktok youtube skipthedishes doordash chatgpt wechat openai deepmind automoderator`.split(/\s+/),
);
/** Words before a name that make it an employer, an agency or a group: `worked for PrimeShift`, `through KoboNest`. */
const EMPLOYER_BEFORE = /\b(?:for|at|with|through|by|from|joined|left|via|agency|company|firm|employer|contract(?:ed)? with|called|named)\s*,?\s+(?:the\s+)?$/i;
const FOLLOWING_CAPITALISED = /^(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3}/u;
const SUBREDDIT = /(?<![\p{L}\p{N}_/])r\/[A-Za-z0-9_]{3,21}(?![\p{L}\p{N}_/])/gu;

export function coinedNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('r/')) {
    SUBREDDIT.lastIndex = 0;
    for (let match = SUBREDDIT.exec(text); match; match = SUBREDDIT.exec(text)) {
      // `r/singapore`, `r/nursing`: a country's, a city's or a topic's forum is public, not a local group.
      const name = match[0].slice(2).toLocaleLowerCase();
      if (isCommonWord(name) || COUNTRIES_AND_REGIONS.has(name) || CITIES.has(name) || isSharedWord(name)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, type: 'ORGANIZATION', confidence: 0.7, reason: 'an online group (subreddit)' });
    }
  }
  if (!HUMP.test(text)) return found;
  COINED_WORD.lastIndex = 0;
  for (let match = COINED_WORD.exec(text); match; match = COINED_WORD.exec(text)) {
    const word = match[0];
    if (!isCoined(word)) continue;
    const start = match.index;
    let end = start + word.length;
    // `GreenGrid Solar`, `SoinsPlus Montréal`: the capitalised words after it are the rest of the name.
    const rest = FOLLOWING_CAPITALISED.exec(text.slice(end, end + 60))?.[0];
    if (rest) {
      const kept = rest.split(' ').slice(1);
      let count = 0;
      while (count < kept.length && !NEVER_NAMES.has(kept[count].toLocaleLowerCase()) && kept[count] !== 'I') count++;
      end += kept.slice(0, count).reduce((length, next) => length + next.length + 1, 0);
    }
    const cued = EMPLOYER_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    found.push({ start, end, type: 'ORGANIZATION', confidence: cued ? 0.8 : 0.7, reason: `a coined name with a capital inside${cued ? ', after an employer cue' : ''}` });
  }
  return found;
}

/** `PrimeShift`, `KoboNest`: a capital inside after three letters or more, no public brand, no person's name. */
function isCoined(word: string): boolean {
  const lower = word.toLocaleLowerCase();
  if (isSharedWord(lower) || PUBLIC_CAMEL_BRANDS.has(lower) || /\p{Lu}{2}/u.test(word)) return false;
  const inner = HUMP.exec(word)!.index + 1;
  const head = lower.slice(0, inner);
  const tail = lower.slice(inner).replace(/['’]s$/u, '');
  if (head.length < 3 || NAME_HEADS.has(head) || /^(?:mc|o')/u.test(head)) return false;
  // `MaryAnn`, `LeeRoy`, `JeanPaul`: two given names run together.
  const isName = (part: string): boolean => FIRST_NAMES.has(part) || isGivenName(part);
  if (isName(head) && (isName(tail) || LAST_NAMES.has(tail))) return false;
  return !isName(lower) && !LAST_NAMES.has(lower);
}
