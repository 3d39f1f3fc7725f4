/** What gets analysed by default, and what must never be flagged, as seen in a real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, findingsAt, waitForDiagnostics } from './helpers/diagnostics';
import { openFixture, rangeOf } from './helpers/workspace';

function overlapping(diagnostics: readonly vscode.Diagnostic[], range: vscode.Range): vscode.Diagnostic[] {
  return diagnostics.filter((d) => {
    const shared = d.range.intersection(range);
    return shared !== undefined && !shared.isEmpty;
  });
}

describe('default analysis scope', () => {
  it('analyses a WebVTT file without any setting', async () => {
    const document = await openFixture('focus-group.vtt');
    // "<v Tomasz Wisniewski>Hello, I'm Tomasz Wisniewski ..." — the name said inside the cue text.
    const nameInCue = rangeOf(document, 'Tomasz Wisniewski', 1);

    const diagnostics = await waitForDiagnostics(
      document,
      (current) => findingsAt(current, 'PERSON', nameInCue).length > 0,
      'a PERSON diagnostic on "Tomasz Wisniewski" in a .vtt cue',
    );

    assert.equal(findingsAt(diagnostics, 'PERSON', nameInCue).length, 1, describeDiagnostics(document, diagnostics));
  });

  it('never flags a role label such as INTERVIEWER:', async () => {
    const document = await openFixture('interview.transcript');
    const participantLabel = rangeOf(document, 'Maria Gonzalez', 0);
    // Wait until the analysis has arrived (the participant's label is flagged), then look at the role labels.
    const diagnostics = await waitForDiagnostics(
      document,
      (current) => findingsAt(current, 'PERSON', participantLabel).length > 0,
      'a PERSON diagnostic on the "Maria Gonzalez:" speaker label',
    );

    for (const occurrence of [0, 1]) {
      const roleLabel = rangeOf(document, 'INTERVIEWER', occurrence);
      assert.deepEqual(overlapping(diagnostics, roleLabel), [], `INTERVIEWER #${occurrence + 1}: ${describeDiagnostics(document, diagnostics)}`);
    }
  });

  it('never flags a role voice such as <v INTERVIEWER> in a .vtt file', async () => {
    const document = await openFixture('focus-group.vtt');
    const participantVoice = rangeOf(document, 'Tomasz Wisniewski', 0);
    const diagnostics = await waitForDiagnostics(
      document,
      (current) => findingsAt(current, 'PERSON', participantVoice).length > 0,
      'a PERSON diagnostic on the <v Tomasz Wisniewski> voice',
    );

    for (const occurrence of [0, 1]) {
      const roleVoice = rangeOf(document, 'INTERVIEWER', occurrence);
      assert.deepEqual(overlapping(diagnostics, roleVoice), [], `INTERVIEWER voice #${occurrence + 1}: ${describeDiagnostics(document, diagnostics)}`);
    }
  });
});
