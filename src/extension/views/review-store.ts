/**
 * Review progress in the editor: reads and writes each workspace folder's `.redaction/review.json` (next to the
 * project key) through src/core/review-state-file.ts, and answers "where does this file stand?".
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TRANSCRIPT_EXTENSIONS } from '../../core/corpus-files';
import { DEFAULT_MAPPING_PATH } from '../../core/mapping';
import {
  clearReview, contentHash, emptyReviewState, markReviewed, reviewProgress, reviewStatus,
  type FileReviewStatus, type ReviewProgress, type ReviewState,
} from '../../core/review-state';
import { loadReviewFile, reviewFileFor, updateReviewFile } from '../../core/review-state-file';
import { SETTINGS_SECTION } from '../../server/protocol';

export class ReviewStore implements vscode.Disposable {
  private readonly states = new Map<string, Promise<ReviewState>>();
  /** Review files whose problem was already shown, so a broken file is reported once, not on every decoration. */
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher: vscode.FileSystemWatcher;
  /** Fires when any folder's review file changed (by us, a colleague's sync, or a hand edit). */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/review.json');
    const forget = (uri: vscode.Uri): void => {
      if (path.basename(uri.fsPath) !== 'review.json') return;
      this.states.clear();
      this.reported.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(forget);
    this.watcher.onDidCreate(forget);
    this.watcher.onDidDelete(forget);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  /** The review file of a workspace folder: next to the project key the `mappingFile` setting points at. */
  reviewFile(folder: vscode.WorkspaceFolder): string {
    const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri).get<unknown>('mappingFile');
    const mappingFile = typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_MAPPING_PATH;
    return reviewFileFor(path.resolve(folder.uri.fsPath, mappingFile));
  }

  /** Review state of a folder; a broken file is reported once and treated as empty (it is never overwritten). */
  async state(folder: vscode.WorkspaceFolder): Promise<ReviewState> {
    const file = this.reviewFile(folder);
    let state = this.states.get(file);
    if (!state) {
      state = loadReviewFile(file).catch((error: unknown) => {
        if (!this.reported.has(file)) {
          this.reported.add(file);
          void vscode.window.showErrorMessage(
            vscode.l10n.t('Transcript Redactor: review progress cannot be read. {0}', error instanceof Error ? error.message : String(error)),
          );
        }
        return emptyReviewState();
      });
      this.states.set(file, state);
    }
    return state;
  }

  /** Where a transcript stands, judged on the text the editor shows (unsaved edits included). */
  async statusOf(uri: vscode.Uri): Promise<FileReviewStatus | undefined> {
    const located = locate(uri);
    if (!located) return undefined;
    const text = await currentText(uri);
    if (text === undefined) return undefined;
    return reviewStatus(await this.state(located.folder), located.relativePath, contentHash(text));
  }

  async progress(folder: vscode.WorkspaceFolder, files: readonly { relativePath: string; hash: string }[]): Promise<ReviewProgress> {
    const state = await this.state(folder);
    return reviewProgress(state, files.map((file) => ({ path: file.relativePath, hash: file.hash })));
  }

  /** Signs the files off as reviewed by `by`, as they read now. Returns the files that were recorded. */
  async markReviewed(uris: readonly vscode.Uri[], by: string): Promise<vscode.Uri[]> {
    const recorded: vscode.Uri[] = [];
    for (const [folder, entries] of byFolder(uris)) {
      const reviews: { relativePath: string; hash: string; uri: vscode.Uri }[] = [];
      for (const entry of entries) {
        const text = await currentText(entry.uri);
        if (text !== undefined) reviews.push({ ...entry, hash: contentHash(text) });
      }
      const at = new Date().toISOString();
      await this.update(folder, (state) =>
        reviews.reduce((next, review) => markReviewed(next, review.relativePath, { by, at, hash: review.hash }), state),
      );
      recorded.push(...reviews.map((review) => review.uri));
    }
    return recorded;
  }

  /** Withdraws `by`'s sign-off of the files. */
  async clearReviews(uris: readonly vscode.Uri[], by: string): Promise<void> {
    for (const [folder, entries] of byFolder(uris)) {
      await this.update(folder, (state) => entries.reduce((next, entry) => clearReview(next, entry.relativePath, by), state));
    }
  }

  private async update(folder: vscode.WorkspaceFolder, change: (state: ReviewState) => ReviewState): Promise<void> {
    const file = this.reviewFile(folder);
    const next = await updateReviewFile(file, change);
    this.states.set(file, Promise.resolve(next));
    this.changed.fire();
  }
}

/** True for the files the views track: transcripts on disk inside a workspace folder, outside `.redaction`. */
export function isTrackedTranscript(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file') return false;
  const located = locate(uri);
  if (!located || located.relativePath.split('/').includes('.redaction')) return false;
  const lower = uri.fsPath.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function locate(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; relativePath: string } | undefined {
  if (uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const relativePath = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  if (!relativePath || relativePath.startsWith('..')) return undefined;
  return { folder, relativePath };
}

function byFolder(uris: readonly vscode.Uri[]): Map<vscode.WorkspaceFolder, { uri: vscode.Uri; relativePath: string }[]> {
  const groups = new Map<vscode.WorkspaceFolder, { uri: vscode.Uri; relativePath: string }[]>();
  for (const uri of uris) {
    const located = locate(uri);
    if (!located) continue;
    const group = groups.get(located.folder) ?? [];
    group.push({ uri, relativePath: located.relativePath });
    groups.set(located.folder, group);
  }
  return groups;
}

/** The open document's text, or the file's on disk; undefined when it cannot be read. */
async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
