import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { FindingType } from '../../src/core/types';

/** The texts of findings of `type`, as a user sees them at the given sensitivity; checks every offset on the way. */
export function found(text: string, type: FindingType, sensitivity: 'balanced' | 'high-recall' = 'balanced'): string[] {
  const findings = analyze(text, { sensitivity });
  for (const finding of findings) assert.equal(text.slice(finding.start, finding.end), finding.text);
  return findings.filter((finding) => finding.type === type).map((finding) => finding.text);
}

/**
 * Before/after assertions for one detector's type: `assertFinds` at the `balanced` sensitivity users filter with,
 * `assertNothing` even at `high-recall`, so a negative case is not merely hidden by a low confidence.
 */
export function assertionsFor(type: FindingType): {
  assertFinds: (text: string, expected: string[]) => void;
  assertNothing: (text: string) => void;
} {
  return {
    assertFinds: (text, expected) => assert.deepEqual(found(text, type), expected, text),
    assertNothing: (text) => assert.deepEqual(found(text, type, 'high-recall'), [], text),
  };
}
