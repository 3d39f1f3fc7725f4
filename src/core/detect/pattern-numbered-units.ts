import type { Candidate } from './detector';
import { OPENERS } from './lexicon/cues';

/**
 * Units of a workplace, union or service named by a number or letter: `Ward C3`, `Cold Store 2`, `Local 1468`,
 * `Block B`, `Station 4`, `Post 22`, `Branch 11`. A capitalised word just before the unit word is part of the name (`Cold Store 2`,
 * `Male Ward 4`) unless it is a function word (`in Ward 4`).
 */
const UNIT_WORDS =
  'Ward|Pod|Wing|Unit|Block|Bay|Shed|Store|Warehouse|Depot|Packhouse|Plant|Hangar|Dock|Berth|Cell|Landing|Pavilion|' +
  'Lab|Theatre|Station|Crew|Platoon|Squad|Company|Battalion|Troop|Lodge|Local|Chapter|Post|Branch|Precinct|Hall|House|Team';
/** Unit words that name something by a letter alone (`Block B`, `Ward C`); the others need a digit (`Team 2`, not `Team A`). */
const LETTER_UNITS = new Set(['Ward', 'Pod', 'Wing', 'Unit', 'Block', 'Shed', 'Store', 'Bay', 'Hall', 'Pavilion']);
const NUMBERED_UNIT = new RegExp(`\\b(${UNIT_WORDS})\\s+(?:No\\.?\\s?)?(\\p{Lu}?\\d{1,4}\\p{Lu}?|\\p{Lu})(?![\\p{L}\\p{N}’'-])`, 'gu');
/** The capitalised word right before the unit word, read back from it. */
const MODIFIER_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+)\s+$/u;
/** A year after the unit word is a date, not a unit's number (`Local 2019 elections`, `Post 1998`). */
const YEAR = /^(?:19|20)\d\d$/;

/** A workplace known by its number, with the kind of place after it: `the Number 7 mine`, `No. 2 pit`, `number 4 shed`. */
const NUMBERED_WORKPLACE =
  /\b(?:[Nn]umber|No\.) ?\d{1,3}[A-Z]? (?:mine|pit|shaft|colliery|mill|plant|shed|store|station|warehouse|factory|depot|yard|dock|wharf|hangar)\b/g;

/**
 * A hospital ward known by its floor and side: where a patient is (`up on 4 West`, `moved to 7 North`), in brackets
 * after its unit (`Palliative Care Unit (4 West)`), or opening a note of what it does (`- 4 West is reviewing`).
 * Not `4 West Street`.
 */
const FLOOR_AND_SIDE =
  /(?:(?<=\b(?:on|onto|to|from|off)\s+)|(?<=\()(?=[^()\n]{6,7}\))|(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]+)?)(?=[^\n]{6,7}\s+(?:is|was|has|had|are|were)\b))\d{1,2}[A-Z]? (?:North|South|East|West)(?![\p{L}\p{N}])(?![ \t]+\p{Lu})/gu;

/** The cheap first test of FLOOR_AND_SIDE. */
const SIDE_OF_A_FLOOR = / (?:North|South|East|West)\b/;

export function numberedUnits(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (SIDE_OF_A_FLOOR.test(text)) {
    FLOOR_AND_SIDE.lastIndex = 0;
    for (let match = FLOOR_AND_SIDE.exec(text); match; match = FLOOR_AND_SIDE.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, type: 'ORGANIZATION', confidence: 0.55, reason: 'a hospital ward known by its floor and side' });
    }
  }
  NUMBERED_WORKPLACE.lastIndex = 0;
  for (let match = NUMBERED_WORKPLACE.exec(text); match; match = NUMBERED_WORKPLACE.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'ORGANIZATION', confidence: 0.6, reason: 'a workplace known by its number' });
  }
  NUMBERED_UNIT.lastIndex = 0;
  for (let match = NUMBERED_UNIT.exec(text); match; match = NUMBERED_UNIT.exec(text)) {
    const [whole, unit, code] = match;
    if (!/\d/.test(code) && !LETTER_UNITS.has(unit)) continue;
    if (YEAR.test(code)) continue;
    const modifier = MODIFIER_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index));
    const start = modifier && !OPENERS.has(modifier[1].toLowerCase()) ? match.index - modifier[0].length : match.index;
    found.push({ start, end: match.index + whole.length, type: 'ORGANIZATION', confidence: 0.6, reason: `a ${unit.toLowerCase()} named by number or letter` });
  }
  return found;
}
