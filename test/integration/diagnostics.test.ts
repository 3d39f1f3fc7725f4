/** The language server flags names in an open transcript, in a real VS Code. */
import * as assert from 'node:assert/strict';
import { describeDiagnostics, findingsAt, waitForDiagnostics } from './helpers/diagnostics';
import { openFixture, rangeOf } from './helpers/workspace';

describe('diagnostics in a transcript', () => {
  it('flags a participant named in the text as PERSON', async () => {
    const document = await openFixture('interview.transcript');
    // "Maria Gonzalez: Sure, it's Maria Gonzalez." — the second occurrence is the name said in the text.
    const nameInText = rangeOf(document, 'Maria Gonzalez', 1);

    const diagnostics = await waitForDiagnostics(
      document,
      (current) => findingsAt(current, 'PERSON', nameInText).length > 0,
      'a PERSON diagnostic on "Maria Gonzalez" in the text',
    );

    const [finding] = findingsAt(diagnostics, 'PERSON', nameInText);
    assert.equal(document.getText(finding.range), 'Maria Gonzalez', describeDiagnostics(document, diagnostics));
    assert.match(finding.message, /person/i);
  });
});
