/** A status bar item with the findings left in the active file (and in all open files); click for the next one. */
import * as vscode from 'vscode';
import { countAllFindings, findingDiagnostics } from './findings';

export class FindingStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('transcriptRedactor.findings', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly isAnalysed: (document: vscode.TextDocument) => boolean,
    nextFindingCommand: string,
  ) {
    this.item.name = vscode.l10n.t('Transcript Redactor Findings');
    this.item.command = nextFindingCommand;
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.isAnalysed(editor.document)) {
      this.item.hide();
      return;
    }
    const here = findingDiagnostics(editor.document.uri).length;
    const everywhere = countAllFindings();
    this.item.text =
      here === 0
        ? `$(pass) ${vscode.l10n.t('No identifiers found')}`
        : `$(eye) ${here === 1 ? vscode.l10n.t('1 possible identifier') : vscode.l10n.t('{0} possible identifiers', here)}`;
    const summary =
      here === 1
        ? vscode.l10n.t('1 possible identifier left in this file, {0} in all open files.', everywhere)
        : vscode.l10n.t('{0} possible identifiers left in this file, {1} in all open files.', here, everywhere);
    const tooltip = new vscode.MarkdownString(
      `**Transcript Redactor**\n\n${summary}` + (here > 0 ? `\n\n${vscode.l10n.t('Click to go to the next one.')}` : ''),
    );
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
