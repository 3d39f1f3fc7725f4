/**
 * Highways and roads known by a nickname or a bare number, as drivers say them: `the Ninety-Nine up to Sacramento`,
 * `on the Grapevine, the big pileup`, `you come off the bruce at cooroy`, `an hour on number nine`, `you don't go
 * down the sixteen in a whiteout`, `then the TCH`. Only where the passage is about driving, so `on the Internet`,
 * `the 16th` and `number nine` in a list stay unflagged.
 */
import { isMonthOrWeekday } from './date-words';
import type { Candidate } from './detector';
import { OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
/** A road's number in digits or words: `401`, `sixteen`, `Ninety-Nine`, `four-oh-one`. */
const ROAD_NUMBER = `(?:\\d{1,3}|${NUMBER_WORD}(?:-(?:${NUMBER_WORD}|oh))*(?:-${NUMBER_WORD})?)`;
/** How a driver gets on, off or along a road. */
const ROAD_MOVE = '(?:on|off|down|up|along|onto|via|take|took|taking|hit|exit|across|join|joined)';

/** `on the sixteen`, `on number nine`, `take the 401`, `off the Ninety-Nine`. */
const NUMBERED = new RegExp(`(?<![\\p{L}\\p{N}])${ROAD_MOVE}\\s+(?:the\\s+|number\\s+)(?:number\\s+)?(${ROAD_NUMBER})(?![\\p{L}\\p{N}'’]|(?:st|nd|rd|th)\\b|\\s*(?:%|percent|times|of|or|and|minutes?|hours?|days?|weeks?|years?|km|miles?|kms|pm|am|o'clock|dollars|bucks))`, 'giu');
/** `Ninety-Nine up to Sacramento`: a capitalised number word opening a leg of a trip. */
const NUMBER_LEG = new RegExp(`(?<![\\p{L}\\p{N}])((?:Ninety|Eighty|Seventy|Sixty|Fifty|Forty|Thirty|Twenty)(?:-\\p{Lu}\\p{Ll}+)?) (?:up|down|out|over|across) to (?=\\p{Lu})`, 'gu');
/** `on the Grapevine`, `off the bruce`, `then the TCH`: a nickname, capitalised, a word no list knows, or an acronym. */
const NICKNAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ROAD_MOVE}\\s+the\\s+(\\p{Lu}[\\p{Ll}-]+|\\p{Lu}{2,4}|\\p{Ll}{3,})|then\\s+the\\s+(\\p{Lu}{2,4}))(?![\\p{L}\\p{N}'’])`, 'gu');
/** Words that put a passage on the road. */
const DRIVING =
  /\b(?:drive|drives|drove|driving|driven|driver|truck|trucks|trucking|highway|hwy|traffic|exit|whiteout|pile-?up|lanes?|miles|km|kilometres|kilometers|northbound|southbound|eastbound|westbound|overpass|interchange|on-?ramp|off-?ramp|motorway|freeway|interstate|fog|black ice|semi|rig|pulled over|speed limit)\b/i;
/** Nicknames that are ordinary things on a road, not its name: `on the Road`, `up the Hill`. */
const NOT_NICKNAMES = new Set('road roads way highway motorway freeway street hill hills left right bridge bus truck train news radio phone way back side shoulder median verge corner bend line lane lanes map maps gps wheel brakes gas'.split(' '));

/** `at Mile 12 market`, `from Mile 2`: a town or market named by the milepost it grew at (Lagos, Alaska, Kenya). */
const MILE_PLACE = /(?<=\b(?:at|in|from|to|for|near|past) )Mile \d{1,3}(?![\p{L}\p{N}])/gu;
/** `on the Kitengela route`, `the Githurai route`: a bus or taxi route named by the place it serves. */
const ROUTE_NAMED_BY_PLACE = /\bthe (\p{Lu}[\p{Ll}\p{M}'’-]+) route\b/gu;

export function roadNicknames(text: string): Candidate[] {
  const found: Candidate[] = [];
  ROUTE_NAMED_BY_PLACE.lastIndex = 0;
  for (let match = ROUTE_NAMED_BY_PLACE.exec(text); match; match = ROUTE_NAMED_BY_PLACE.exec(text)) {
    if (isCommonWord(match[1].toLowerCase()) || OPENERS.has(match[1].toLowerCase())) continue; // `the Scenic route`
    const start = match.index + 4;
    found.push({ start, end: start + match[1].length, type: 'LOCATION', confidence: 0.6, reason: 'a place a route is named by' });
  }
  MILE_PLACE.lastIndex = 0;
  for (let match = MILE_PLACE.exec(text); match; match = MILE_PLACE.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.55, reason: 'a place named by its milepost' });
  }
  if (!DRIVING.test(text)) return found;
  const road = (start: number, end: number, reason: string): void => {
    if (DRIVING.test(text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120)))) {
      found.push({ start, end, type: 'LOCATION', confidence: 0.55, reason });
    }
  };
  NUMBERED.lastIndex = 0;
  for (let match = NUMBERED.exec(text); match; match = NUMBERED.exec(text)) {
    const start = match.index + match[0].length - match[1].length;
    const numbered = /number\s+$/i.test(text.slice(Math.max(0, start - 7), start));
    road(numbered ? start - 7 : start, start + match[1].length, 'a road known by its number, where the talk is of driving');
  }
  NUMBER_LEG.lastIndex = 0;
  for (let match = NUMBER_LEG.exec(text); match; match = NUMBER_LEG.exec(text)) {
    road(match.index, match.index + match[1].length, 'a road known by its number, where the talk is of driving');
  }
  NICKNAME.lastIndex = 0;
  for (let match = NICKNAME.exec(text); match; match = NICKNAME.exec(text)) {
    const name = match[1] ?? match[2];
    const lower = name.toLowerCase();
    // Weekdays and months after `on the` are dates (`on the Monday`).
    if (NOT_NICKNAMES.has(lower) || OPENERS.has(lower) || isMonthOrWeekday(lower)) continue;
    // Lower case: only a word no list knows (`the bruce`); capitalised: any word, mid-sentence (`the Grapevine`).
    if (/^\p{Ll}/u.test(name) && isCommonWord(lower)) continue;
    const start = match.index + match[0].length - name.length;
    road(start, start + name.length, 'a road known by its nickname, where the talk is of driving');
  }
  return found;
}
