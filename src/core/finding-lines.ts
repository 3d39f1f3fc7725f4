/** Findings as JSON lines: the `scan --format jsonl` report, one object per finding, named by the file's display path. */
import type { Finding } from './types';

export function findingsAsJsonLines(displayPath: string, findings: readonly Finding[]): string {
  let lines = '';
  for (const { start, end, type, text, confidence, reason } of findings) {
    lines += `${JSON.stringify({ file: displayPath, start, end, type, text, confidence, reason })}\n`;
  }
  return lines;
}
