/**
 * Colours findings by category (from the server's diagnostics) and gives existing redaction tokens a calm style of
 * their own, in every visible editor the server analyses.
 */
import * as vscode from 'vscode';
import { REDACTION_TOKEN } from '../core/redaction-token';
import {
  backgroundColorId,
  categoryOf,
  FINDING_BORDER_COLOR,
  FINDING_CATEGORIES,
  TOKEN_BACKGROUND_COLOR,
  TOKEN_FOREGROUND_COLOR,
  type FindingCategory,
} from './finding-categories';
import { findingDiagnostics } from './findings';

/** Re-scan for tokens after typing pauses this long. */
const TOKEN_REFRESH_DELAY_MS = 150;

export class FindingDecorations implements vscode.Disposable {
  private readonly findingTypes = new Map<FindingCategory, vscode.TextEditorDecorationType>();
  private readonly tokenType: vscode.TextEditorDecorationType;
  private readonly subscriptions: vscode.Disposable[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private enabled: boolean,
    /** True for documents the language server analyses. */
    private readonly isAnalysed: (document: vscode.TextDocument) => boolean,
  ) {
    for (const category of FINDING_CATEGORIES) {
      this.findingTypes.set(
        category,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(backgroundColorId(category)),
          border: '1px solid',
          borderColor: new vscode.ThemeColor(FINDING_BORDER_COLOR),
          borderRadius: '2px',
          overviewRulerColor: new vscode.ThemeColor(backgroundColorId(category)),
          overviewRulerLane: vscode.OverviewRulerLane.Center,
        }),
      );
    }
    this.tokenType = vscode.window.createTextEditorDecorationType({
      color: new vscode.ThemeColor(TOKEN_FOREGROUND_COLOR),
      backgroundColor: new vscode.ThemeColor(TOKEN_BACKGROUND_COLOR),
      borderRadius: '2px',
      fontStyle: 'italic',
    });
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((event) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (event.uris.some((uri) => uri.toString() === editor.document.uri.toString())) this.update(editor);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      vscode.workspace.onDidChangeTextDocument(() => this.scheduleRefresh()),
    );
    this.updateAll();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.updateAll();
  }

  updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const type of this.findingTypes.values()) type.dispose();
    this.tokenType.dispose();
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.updateAll(), TOKEN_REFRESH_DELAY_MS);
  }

  private update(editor: vscode.TextEditor): void {
    const show = this.enabled && this.isAnalysed(editor.document);
    const byCategory = new Map<FindingCategory, vscode.Range[]>(FINDING_CATEGORIES.map((category) => [category, []]));
    if (show) {
      for (const diagnostic of findingDiagnostics(editor.document.uri)) {
        byCategory.get(categoryOf(diagnostic.code))!.push(diagnostic.range);
      }
    }
    for (const [category, type] of this.findingTypes) editor.setDecorations(type, byCategory.get(category)!);
    editor.setDecorations(this.tokenType, show ? tokenRanges(editor.document) : []);
  }
}

function tokenRanges(document: vscode.TextDocument): vscode.Range[] {
  const text = document.getText();
  const ranges: vscode.Range[] = [];
  const pattern = new RegExp(REDACTION_TOKEN.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    ranges.push(new vscode.Range(document.positionAt(match.index), document.positionAt(match.index + match[0].length)));
  }
  return ranges;
}
