import type { TranscriptStructure } from '../transcript';
import type { AnalyzeOptions, Finding } from '../types';

/**
 * What every detector is given: ONE chunk of the document (a paragraph, speaker turn or caption cue; see chunks.ts),
 * its structure, and the caller's options. Offsets are relative to the chunk. A detector must depend on its chunk
 * alone: that is what lets the editor re-analyse only the paragraph being typed in. Consistency across the document
 * (a name introduced once, repeated later without a cue) is handled by propagate.ts, across files by knownForms.
 */
export interface DetectionContext {
  readonly text: string;
  readonly structure: TranscriptStructure;
  readonly options: AnalyzeOptions;
}

/** A candidate before the engine merges overlaps and applies project knowledge. */
export type Candidate = Omit<Finding, 'text' | 'detector'>;

/** One rule of a detector's family, run on a chunk's text. */
export type TextRule = (text: string) => Candidate[];

/**
 * One detector per file. `priority` breaks ties when candidates overlap: higher wins
 * (a known form from the project key beats a pattern, which beats a guess).
 */
export interface Detector {
  readonly id: string;
  readonly priority: number;
  detect(context: DetectionContext): Candidate[];
  /**
   * Optional: the same work as `detect`, pausing (`yield`) between rule families, so the engine can run one family
   * over a whole batch of chunks before the next starts (its regular expressions stay in the processor's caches).
   * Returns exactly what `detect` returns; build such a detector with `stagedDetector`.
   */
  stages?(context: DetectionContext): Generator<void, Candidate[]>;
}

/** A detector written as stages: `detect` runs them all on one chunk; the engine may interleave chunks between them. */
export function stagedDetector(
  id: string,
  priority: number,
  stages: (context: DetectionContext) => Generator<void, Candidate[]>,
): Detector {
  return { id, priority, stages, detect: (context) => finished(stages(context)) };
}

/** Each of `rules` on `input` in order, a stage each (see stagedDetector): their candidates, concatenated. */
export function* rulesInStages<Input>(rules: ReadonlyArray<(input: Input) => Candidate[]>, input: Input): Generator<void, Candidate[]> {
  const found: Candidate[] = [];
  for (const rule of rules) {
    yield;
    found.push(...rule(input));
  }
  return found;
}

function finished(run: Generator<void, Candidate[]>): Candidate[] {
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * Each context's candidates from `detector`, stage by stage across all the contexts when it has stages: the first
 * stage on every chunk, then the second, and so on. The same candidates as `detect` on each context in turn.
 */
export function candidatesOfEach(detector: Detector, contexts: readonly DetectionContext[]): Candidate[][] {
  if (!detector.stages) return contexts.map((context) => detector.detect(context));
  const runs = contexts.map((context) => detector.stages!(context));
  const results: Candidate[][] = new Array(runs.length);
  let pending = runs.map((_, index) => index);
  while (pending.length > 0) {
    const unfinished: number[] = [];
    for (const index of pending) {
      const step = runs[index].next();
      if (step.done) results[index] = step.value;
      else unfinished.push(index);
    }
    pending = unfinished;
  }
  return results;
}

/** Runs `pattern` (which must have the g flag) over `text`, mapping each match to a candidate or nothing. */
export function matchAll(
  text: string,
  pattern: RegExp,
  toCandidate: (match: RegExpExecArray) => Candidate | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const candidate = toCandidate(match);
    if (candidate) found.push(candidate);
  }
  return found;
}
