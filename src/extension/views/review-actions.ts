/** "Mark File Reviewed" / "Mark File Not Reviewed": from the editor, the Explorer (several files) or the palette. */
import * as os from 'node:os';
import * as vscode from 'vscode';
import { isTrackedTranscript, type ReviewStore } from './review-store';

const REVIEWER_KEY = 'transcriptRedactor.reviewerName';

export interface ReviewCommandOptions {
  /** The reviewer's name; asked for (once, then remembered) when omitted. */
  by?: string;
}

export class ReviewActions {
  constructor(
    private readonly store: ReviewStore,
    private readonly memento: vscode.Memento,
  ) {}

  /** Arguments as VS Code passes them: `(clicked, selected[])` from the Explorer, `(uri)` from the editor title. */
  async markReviewed(...args: unknown[]): Promise<vscode.Uri[]> {
    const uris = targetFiles(args);
    if (uris.length === 0) return [];
    const by = await this.reviewer(optionsFrom(args).by);
    if (!by) return [];
    for (const uri of uris) {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      // The sign-off is for the text as reviewed; an unsaved edit would otherwise show as "changed" after saving.
      if (open?.isDirty) await open.save();
    }
    try {
      const recorded = await this.store.markReviewed(uris, by);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Marked {0} file(s) reviewed by {1}', recorded.length, by), 4000);
      return recorded;
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Transcript Redactor: {0}', error instanceof Error ? error.message : String(error)));
      return [];
    }
  }

  async markNotReviewed(...args: unknown[]): Promise<void> {
    const uris = targetFiles(args);
    if (uris.length === 0) return;
    const by = await this.reviewer(optionsFrom(args).by);
    if (!by) return;
    try {
      await this.store.clearReviews(uris, by);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Transcript Redactor: {0}', error instanceof Error ? error.message : String(error)));
    }
  }

  /** The name sign-offs are recorded under: given, remembered, or asked for once. */
  private async reviewer(given: string | undefined): Promise<string | undefined> {
    if (given?.trim()) return given.trim();
    const remembered = this.memento.get<string>(REVIEWER_KEY);
    if (remembered) return remembered;
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Your name for review sign-offs'),
      prompt: vscode.l10n.t('Saved with each file you mark reviewed, so colleagues can see who checked what.'),
      value: safeUserName(),
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter a name or initials')),
    });
    if (!name?.trim()) return undefined;
    await this.memento.update(REVIEWER_KEY, name.trim());
    return name.trim();
  }
}

/** A Uri, or a tree node carrying one (the Review view's files). */
function uriOf(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  const held = typeof value === 'object' && value !== null ? (value as { uri?: unknown }).uri : undefined;
  return held instanceof vscode.Uri ? held : undefined;
}

function targetFiles(args: unknown[]): vscode.Uri[] {
  const [clicked, selected] = args;
  const selectedUris = Array.isArray(selected) ? selected.map(uriOf) : [];
  const clickedUri = uriOf(clicked);
  const candidates =
    selectedUris.length > 0 && selectedUris.every((uri) => uri !== undefined)
      ? (selectedUris as vscode.Uri[])
      : clickedUri
        ? [clickedUri]
        : vscode.window.activeTextEditor
          ? [vscode.window.activeTextEditor.document.uri]
          : [];
  const files = candidates.filter(isTrackedTranscript);
  if (files.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Transcript Redactor: open a transcript saved in the workspace folder, or select transcripts in the Explorer.'),
    );
  }
  return files;
}

function optionsFrom(args: unknown[]): { by?: string } {
  const last = args[args.length - 1];
  const isOptions = typeof last === 'object' && last !== null && !Array.isArray(last) && !uriOf(last);
  return isOptions ? (last as ReviewCommandOptions) : {};
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
