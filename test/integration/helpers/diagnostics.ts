/** Waiting for the language server's diagnostics on events, never on sleeps. */
import * as vscode from 'vscode';

export const DIAGNOSTIC_SOURCE = 'Transcript Redactor';

/** Our diagnostics on a document (other extensions' are ignored). */
export function redactorDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const { code } = diagnostic;
  return typeof code === 'object' ? code.value : code;
}

export function describeDiagnostics(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${codeOf(d)} "${document.getText(d.range)}" at ${d.range.start.line + 1}:${d.range.start.character + 1}`)
    .join(', ');
}

/**
 * Resolves with our diagnostics on `document` as soon as `accept` approves them (checking the current ones first,
 * then on every `onDidChangeDiagnostics` for that file). The guard only turns a hang into a readable failure.
 */
export function waitForDiagnostics(
  document: vscode.TextDocument,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  guardMs = 50_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = redactorDiagnostics(document.uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((uri) => uri.toString() === document.uri.toString())) check();
    });
    const guard = setTimeout(() => {
      cleanup();
      const current = describeDiagnostics(document, redactorDiagnostics(document.uri));
      reject(new Error(`timed out waiting for ${what} on ${document.uri.fsPath}; diagnostics now: ${current}`));
    }, guardMs);
    const cleanup = (): void => {
      clearTimeout(guard);
      subscription.dispose();
    };
    check();
  });
}

/** Diagnostics of one type (`PERSON`, `LOCATION`...) whose range covers exactly `range`. */
export function findingsAt(diagnostics: readonly vscode.Diagnostic[], code: string, range: vscode.Range): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code && d.range.isEqual(range));
}
