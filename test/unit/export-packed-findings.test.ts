import * as assert from 'node:assert/strict';
import { NO_FINDINGS, packFindings, packSummary, unpackFindings, unpackSummary } from '../../src/core/export/packed-findings';
import type { ExportedFile, UncoveredFinding } from '../../src/core/export/types';

describe('packed findings (kept findings between passes and threads)', () => {
  it('gives back every finding as it was: type, offsets and text, with accents, quotes and line breaks', () => {
    const findings: UncoveredFinding[] = [
      { type: 'PERSON', start: 0, end: 4, text: 'Zoë' },
      { type: 'ORGANIZATION', start: 10, end: 31, text: 'O\u2019Brien "& Sons"\nLtd' },
      { type: 'OTHER', start: 40, end: 44, text: '\\[x]' },
      { type: 'CONTACT', start: 50, end: 62, text: 'a@b.example' },
      { type: 'AGE', start: 70, end: 72, text: '36' },
    ];
    assert.deepEqual(unpackFindings(packFindings(findings)), findings);
  });

  it('packs no findings as the empty string, and unpacks it to none', () => {
    assert.equal(packFindings([]), NO_FINDINGS);
    assert.deepEqual(unpackFindings(NO_FINDINGS), []);
  });

  it('takes less room than the findings as objects would', () => {
    const finding: UncoveredFinding = { type: 'LOCATION', start: 123456, end: 123462, text: 'Leeds' };
    const packed = packFindings(Array.from({ length: 1000 }, () => finding));
    // About 30 characters each, against an object of four properties and a string of its own.
    assert.ok(packed.length < 1000 * 32, `${packed.length} characters`);
  });

  it("gives back a file's summary as it was, with the positions of its kept findings, or none", () => {
    const summary: ExportedFile = {
      outputPath: 'site/PERSON_1-notes.md',
      format: 'markdown',
      replacements: 2,
      replacementsByType: { PERSON: 2 },
      tokens: ['[PERSON_1]'],
      unresolved: [
        { type: 'DATE', line: 4, column: 7, length: 10 },
        { type: 'ID', line: 120, column: 1, length: 12 },
      ],
      linesChanged: 2,
      linesTotal: 130,
    };
    assert.deepEqual(unpackSummary(packSummary(summary)), summary);
    assert.deepEqual(unpackSummary(packSummary({ ...summary, unresolved: [] })), { ...summary, unresolved: [] });
  });
});
