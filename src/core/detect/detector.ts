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
 * What a detector's stages may yield: nothing (a plain pause, so every chunk of the batch reaches the same point), or a
 * family of rules to run on an input. The engine runs a family rule by rule over every chunk that yielded it, in plain
 * loops, and resumes each chunk's stages with its candidates (the rules' candidates concatenated in rule order).
 */
export interface RuleFamily<Input = unknown> {
  readonly rules: ReadonlyArray<(input: Input) => Candidate[]>;
  readonly input: Input;
}

/** A detector's stages: see `Detector.stages`. */
export type Stages = Generator<RuleFamily | void, Candidate[], Candidate[] | undefined>;

/**
 * One detector per file. `priority` breaks ties when candidates overlap: higher wins
 * (a known form from the project key beats a pattern, which beats a guess).
 */
export interface Detector {
  readonly id: string;
  readonly priority: number;
  detect(context: DetectionContext): Candidate[];
  /**
   * Optional: the same work as `detect`, in stages (`yield`), so the engine can run each stage over a whole batch of
   * chunks before the next starts (its regular expressions stay in the processor's caches). Returns exactly what
   * `detect` returns; build such a detector with `stagedDetector`, and yield rule families with `rulesInStages`.
   */
  stages?(context: DetectionContext): Stages;
}

/** A detector written as stages: `detect` runs them all on one chunk; the engine may interleave chunks between them. */
export function stagedDetector(id: string, priority: number, stages: (context: DetectionContext) => Stages): Detector {
  return { id, priority, stages, detect: (context) => finished(stages(context)) };
}

/**
 * Each of `rules` on `input` in order: their candidates, concatenated. Yielded as one family (see RuleFamily), so the
 * engine runs the first rule on every chunk of the batch, then the second, without resuming a generator per rule.
 */
export function* rulesInStages<Input>(rules: ReadonlyArray<(input: Input) => Candidate[]>, input: Input): Stages {
  const family: RuleFamily<Input> = { rules, input };
  return (yield family as RuleFamily) ?? [];
}

/** Runs a family's rules on each input, rule by rule across all the inputs: each input's candidates, in rule order. */
function runFamily(rules: ReadonlyArray<(input: unknown) => Candidate[]>, inputs: readonly unknown[]): Candidate[][] {
  const found: Candidate[][] = inputs.map(() => []);
  for (const rule of rules) {
    for (let index = 0; index < inputs.length; index++) {
      const candidates = rule(inputs[index]);
      if (candidates.length > 0) found[index].push(...candidates);
    }
  }
  return found;
}

function finished(run: Stages): Candidate[] {
  let resumeWith: Candidate[] | undefined;
  for (;;) {
    const step = run.next(resumeWith);
    if (step.done) return step.value;
    resumeWith = step.value ? runFamily(step.value.rules, [step.value.input])[0] : undefined;
  }
}

/**
 * Each context's candidates from `detector`, stage by stage across all the contexts when it has stages: the first
 * stage on every chunk, then the second, and so on (a rule family rule by rule across the chunks that yielded it).
 * The same candidates as `detect` on each context in turn.
 */
export function candidatesOfEach(detector: Detector, contexts: readonly DetectionContext[]): Candidate[][] {
  if (!detector.stages) return contexts.map((context) => detector.detect(context));
  const runs = contexts.map((context) => detector.stages!(context));
  const results: Candidate[][] = new Array(runs.length);
  let pending = runs.map((run, index) => ({ index, step: run.next() }));
  while (pending.length > 0) {
    const unfinished: typeof pending = [];
    // Chunks that yielded the same family (the same rules) run it together.
    const families = new Map<RuleFamily['rules'], typeof pending>();
    for (const entry of pending) {
      const { step } = entry;
      if (step.done) results[entry.index] = step.value;
      else if (!step.value) unfinished.push({ index: entry.index, step: runs[entry.index].next(undefined) });
      else {
        const members = families.get(step.value.rules);
        if (members) members.push(entry);
        else families.set(step.value.rules, [entry]);
      }
    }
    for (const [rules, members] of families) {
      const found = runFamily(rules, members.map(({ step }) => (step.value as RuleFamily).input));
      members.forEach(({ index }, at) => unfinished.push({ index, step: runs[index].next(found[at]) }));
    }
    pending = unfinished.sort((a, b) => a.index - b.index);
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
