import * as assert from 'node:assert/strict';
import type { ExportedFile } from '../../src/core/export';
import { renderLogCsv, renderLogMarkdown, type LogInput } from '../../src/core/export/log';

const FILE: ExportedFile = {
  outputPath: 'site|a/=SUM(1).txt',
  format: 'plain',
  replacements: 3,
  replacementsByType: { PERSON: 2, LOCATION: 1 },
  tokens: ['[LOCATION_1]', '[PERSON_1]'],
  unresolved: [{ type: 'DATE', line: 4, column: 7, length: 10 }],
  linesChanged: 2,
  linesTotal: 9,
};

function input(files: ExportedFile[] = [FILE]): LogInput {
  return {
    date: new Date('2026-03-04T05:06:07Z'),
    toolVersion: '1.2.3',
    settings: [{ label: 'Sensitivity', value: 'balanced' }],
    keySummary: '2 entities',
    files,
    leakReport: { filesChecked: 3, formsChecked: 5, hits: [] },
    unresolvedPolicy: 'kept (--allow-unresolved)',
  };
}

describe('export log', () => {
  it('summarises the run and each file in Markdown, escaping table cells', () => {
    const markdown = renderLogMarkdown(input());
    assert.match(markdown, /^# Redaction log\n/);
    assert.match(markdown, /- Date: 2026-03-04T05:06:07\.000Z\n- Tool: transcript-redactor 1\.2\.3\n- Sensitivity: balanced\n/);
    assert.match(markdown, /- Replacements: 3 \(PERSON 2, LOCATION 1\)/);
    assert.match(markdown, /- Unresolved findings: 1 kept; policy: kept \(--allow-unresolved\)/);
    assert.match(markdown, /- Leak check: passed: 3 file\(s\) and their names searched for 5 form\(s\)/);
    assert.match(markdown, /\| `site\\\|a\/=SUM\(1\)\.txt` \| plain \| 3 \| PERSON 2, LOCATION 1 \| \[LOCATION_1\] \[PERSON_1\] \| 2 of 9 \| 1 \|/);
    assert.match(markdown, /## Unresolved findings kept[\s\S]*: DATE at 4:7 \(10 characters\)/);
  });

  it('leaves out the unresolved section when nothing was kept', () => {
    assert.doesNotMatch(renderLogMarkdown(input([{ ...FILE, unresolved: [] }])), /Unresolved findings kept/);
  });

  it('writes one CSV row per file with a count per type, defusing spreadsheet formulas', () => {
    const csv = renderLogCsv(input([{ ...FILE, outputPath: '=HYPERLINK("x").txt' }]));
    const [header, row, end] = csv.split('\r\n');
    assert.equal(header, 'file,format,replacements,PERSON,LOCATION,ORGANIZATION,DATE,AGE,CONTACT,ID,OTHER,tokens,lines_changed,lines_total,unresolved_kept,unresolved_positions');
    assert.equal(row, `"'=HYPERLINK(""x"").txt",plain,3,2,1,0,0,0,0,0,0,[LOCATION_1] [PERSON_1],2,9,1,DATE@4:7`);
    assert.equal(end, '');
  });
});
