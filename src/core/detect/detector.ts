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

/**
 * One detector per file. `priority` breaks ties when candidates overlap: higher wins
 * (a known form from the project key beats a pattern, which beats a guess).
 */
export interface Detector {
  readonly id: string;
  readonly priority: number;
  detect(context: DetectionContext): Candidate[];
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
