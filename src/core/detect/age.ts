import { answeredAges } from './age-answer';
import { eachRuleMatch } from './anchored-scan';
import { agesNearCues } from './age-clause-cues';
import { agesInIntroductions } from './age-introductions';
import { agesInNameLists } from './age-name-lists';
import { describedAges } from './age-described';
import { foreignVerbFigures, foreignWordAges, glossedAges, listedForeignAges } from './age-foreign-words';
import { agesInOtherLanguages } from './age-languages';
import { coordinatedAges, echoedAges } from './age-lists';
import { RULES } from './age-rules';
import { shorthandAges } from './age-shorthand';
import { mayHoldANumber } from './age-gate';
import { ageValue } from './age-value';
import { rulesInStages, stagedDetector, type Candidate, type Detector } from './detector';
import { isInsideLargerNumber } from './pattern-context';
import type { Span } from '../types';

export { ageToRange } from './age-value';

/** Ages of anyone (quasi-identifiers): `47`, `47 years old`, `88-year-old`, `fifty-six`, `her sixties`. */
export const age: Detector = stagedDetector('age', 70, function* ({ text, structure }) {
  if (!mayHoldANumber(text, structure.protectedSpans)) return [];
  const found = yield* rulesInStages(PATTERN_RULES, { text, protectedSpans: structure.protectedSpans, anchors: new Map() });
  const answers = yield* rulesInStages(OTHER_FAMILIES, text);
  for (const answer of answers) {
    if (!found.some((other) => other.start < answer.end && answer.start < other.end)) found.push(answer);
  }
  const coordinated = [...found, ...coordinatedAges(text, found)];
  const glossed = [...coordinated, ...glossedAges(text, coordinated)];
  const listed = [...glossed, ...listedForeignAges(text, glossed)];
  const echoed = [...listed, ...echoedAges(text, listed)];
  return [...echoed, ...agesNearCues(text, echoed)];
});

/** A chunk as the pattern rules read it; `anchors` memoises each anchor's offsets in it across the rules. */
interface PatternInput {
  text: string;
  protectedSpans: readonly Span[];
  anchors: Map<RegExp, number[]>;
}

/** Each pattern rule of age-rules.ts as a stage: its matches read as ages and judged. */
const PATTERN_RULES: ReadonlyArray<(input: PatternInput) => Candidate[]> = RULES.map(({ pattern, reason, judge, anchoring }) => ({ text, protectedSpans, anchors }: PatternInput) => {
  const found: Candidate[] = [];
  const take = (match: RegExpExecArray): void => {
    const span = match[1] ?? match[0];
    const start = match.index + match[0].lastIndexOf(span);
    const end = start + span.length;
    const value = ageValue(span);
    if (value === undefined) return;
    const confidence = judge(value, /\p{L}/u.test(span.replace(/(?:years?|yrs?|months?|weeks?|old|and|a|half|[ -])+$/g, '')), text, start, end);
    if (confidence !== undefined && !isInsideLargerNumber(text, start, end)) {
      found.push({ start, end, type: 'AGE', confidence, reason });
    }
  };
  eachRuleMatch(text, pattern, anchoring, anchors, take, protectedSpans);
  return found;
});

/** Rule families with their own shapes, after the pattern rules (a stage each: see stagedDetector). */
const OTHER_FAMILIES: ReadonlyArray<(text: string) => Candidate[]> = [
  answeredAges,
  describedAges,
  agesInOtherLanguages,
  foreignWordAges,
  foreignVerbFigures,
  shorthandAges,
  agesInIntroductions,
  agesInNameLists,
];
