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
    this.item.name = 'Transcript Redactor Findings';
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
    this.item.text = here === 0 ? '$(pass) No identifiers found' : `$(eye) ${here} possible identifier${here === 1 ? '' : 's'}`;
    const tooltip = new vscode.MarkdownString(
      `**Transcript Redactor**\n\n${here} possible identifier${here === 1 ? '' : 's'} left in this file, ${everywhere} in all open files.` +
        (here > 0 ? '\n\nClick to go to the next one.' : ''),
    );
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
