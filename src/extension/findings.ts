/** The server's findings for a document, read back from VS Code's diagnostics (one source of truth). */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../server/protocol';

export function findingDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

/** Findings across every document the server has analysed (open files). */
export function countAllFindings(): number {
  let count = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) if (diagnostic.source === DIAGNOSTIC_SOURCE) count++;
  }
  return count;
}
