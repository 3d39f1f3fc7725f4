/**
 * Transcript Redactor: Preview Redacted File. Opens VS Code's diff editor with the transcript on the left and, on the
 * right, a read-only virtual document holding what an export would write with the current key (the server computes
 * it). The right side follows edits of the original and changes of the key.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { PREVIEW_REDACTED_REQUEST, type PreviewParams, type PreviewReply } from '../../server/export-protocol';
import type { ServerConnection } from '../language-client';

export const PREVIEW_SCHEME = 'transcript-redacted';
const REFRESH_DELAY_MS = 300;

/** The preview document of an original: same path (so the tab shows its name), the original's URI in the query. */
export function previewUriFor(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: original.path, query: original.toString() });
}

class RedactedPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: ServerConnection) {
    const keyWatcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    this.disposables = [
      this.changed,
      keyWatcher,
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (document.uri.scheme !== PREVIEW_SCHEME && this.isPreviewed(document.uri)) this.refreshSoon();
      }),
      // Any JSON file may be the key (its path is a setting); a refresh only re-asks the server.
      keyWatcher.onDidChange(() => this.refreshSoon()),
      keyWatcher.onDidCreate(() => this.refreshSoon()),
      keyWatcher.onDidDelete(() => this.refreshSoon()),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const reply = await this.server.sendRequest<PreviewReply>(PREVIEW_REDACTED_REQUEST, { uri: uri.query } satisfies PreviewParams);
    if (reply.ok) return reply.text;
    void vscode.window.showErrorMessage(`Transcript Redactor cannot preview ${path.basename(uri.path)}: ${reply.reason}.`);
    return `Transcript Redactor cannot preview this file: ${reply.reason}.\n`;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private previewed(): vscode.Uri[] {
    return vscode.workspace.textDocuments.filter((document) => document.uri.scheme === PREVIEW_SCHEME).map((document) => document.uri);
  }

  private isPreviewed(original: vscode.Uri): boolean {
    return this.previewed().some((uri) => uri.query === original.toString());
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    // After the server has seen the edit or the key change (document sync and file events travel separately).
    this.refreshTimer = setTimeout(() => {
      for (const uri of this.previewed()) this.changed.fire(uri);
    }, REFRESH_DELAY_MS);
  }
}

let previews: RedactedPreviews | undefined;

/** Opens the diff for `argument` (a URI from a menu) or the active editor; resolves with the preview's URI. */
export async function previewRedactedCommand(server: ServerConnection, argument?: unknown): Promise<vscode.Uri | undefined> {
  const original = argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri;
  if (!original || original.scheme === PREVIEW_SCHEME) {
    void vscode.window.showInformationMessage('Transcript Redactor: open a transcript to preview its redacted copy.');
    return undefined;
  }
  // Registered on first use: most sessions never preview, and the provider lives until the extension stops.
  previews ??= new RedactedPreviews(server);
  const preview = previewUriFor(original);
  await vscode.commands.executeCommand('vscode.diff', original, preview, `${path.basename(original.path)} ↔ Redacted (preview)`, {
    preview: true,
  });
  return preview;
}

/** For deactivation and tests: stops the provider (the next preview registers it again). */
export function disposePreviews(): void {
  previews?.dispose();
  previews = undefined;
}
