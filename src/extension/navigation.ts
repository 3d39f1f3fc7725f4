/** Next / Previous Finding: moves the selection to the adjacent finding in the active editor and reveals it. */
import * as vscode from 'vscode';
import { adjacentFinding } from './finding-order';
import { findingDiagnostics } from './findings';

export async function goToFinding(direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const findings = findingDiagnostics(editor.document.uri);
  const index = adjacentFinding(
    findings.map((finding) => finding.range.start),
    editor.selection.start,
    direction,
  );
  if (index === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Redactor: no possible identifiers in this file.'));
    return;
  }
  const { range } = findings[index];
  // Cursor at the start (anchor at the end), so the hover that follows is about this finding.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  // Show what it is and why, as F8 does for problems.
  await vscode.commands.executeCommand('editor.action.showHover');
}
