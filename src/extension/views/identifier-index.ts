/**
 * The client side of the project index: asks the language server for each workspace folder's index, keeps the latest
 * answer for the views, and refreshes it (debounced) when transcripts, the key or the settings change.
 */
import * as vscode from 'vscode';
import { PROJECT_INDEX_REQUEST, type ProjectIndex, type ProjectIndexParams } from '../../server/project-index-protocol';
import { SETTINGS_SECTION } from '../../server/protocol';
import type { IdentifierFilter } from './identifiers-filter';
import type { IndexSource } from './identifiers-tree';
import { isTrackedTranscript } from './review-store';

/** What the index needs from the language client. */
export interface IndexServer {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

export class IdentifierIndex implements IndexSource, vscode.Disposable {
  indexes: { name: string; index: ProjectIndex }[] = [];
  filter: IdentifierFilter = {};
  /** Set when a refresh failed (e.g. the server is not running); cleared by the next successful one. */
  error: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: Promise<void> | undefined;
  /** Changes seen while nobody was looking: the next `ensureFresh` refreshes. */
  private stale = true;

  constructor(
    private readonly server: IndexServer,
    /** Whether a view showing the index is visible; hidden views are refreshed when they are next shown. */
    private readonly isVisible: () => boolean,
  ) {
    const transcripts = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,transcript,vtt,srt}');
    const keys = vscode.workspace.createFileSystemWatcher('**/.redaction/*.json');
    // review.json sits beside the key but changes nothing in the index (the view's title reads it directly).
    const onKey = (uri: vscode.Uri): void => {
      if (!uri.path.endsWith('/review.json')) this.invalidate(300);
    };
    const onFile = (uri: vscode.Uri): void => {
      if (isTrackedTranscript(uri)) this.invalidate(1000);
    };
    this.subscriptions.push(
      transcripts,
      keys,
      transcripts.onDidCreate(onFile),
      transcripts.onDidChange(onFile),
      transcripts.onDidDelete(onFile),
      keys.onDidChange(onKey),
      keys.onDidCreate(onKey),
      keys.onDidDelete(onKey),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && isTrackedTranscript(document.uri)) this.invalidate(1500);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate(0)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.invalidate(500);
      }),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  setFilter(filter: IdentifierFilter): void {
    this.filter = filter;
    this.changed.fire();
  }

  /** Refreshes if something changed since the last refresh (called when a view becomes visible). */
  ensureFresh(): Promise<void> {
    return this.stale ? this.refresh() : (this.current ?? Promise.resolve());
  }

  /** Asks the server for a fresh index of every workspace folder; an older answer arriving late is dropped. */
  refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.stale = false;
    const generation = ++this.generation;
    const run = this.fetch(generation);
    this.current = run;
    return run;
  }

  /** The entity or occurrence data for a folder, for commands that act on tree nodes. */
  indexFor(folderUri: string): ProjectIndex | undefined {
    return this.indexes.find(({ index }) => index.folderUri === folderUri)?.index;
  }

  private async fetch(generation: number): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
    try {
      const results = await Promise.all(
        folders.map(async (folder) => ({
          name: folder.name,
          index: await this.server.sendRequest<ProjectIndex | null>(PROJECT_INDEX_REQUEST, { folderUri: folder.uri.toString() } satisfies ProjectIndexParams),
        })),
      );
      if (generation !== this.generation) return;
      this.indexes = results.filter((result): result is { name: string; index: ProjectIndex } => result.index !== null);
      this.error = undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = error instanceof Error ? error.message : String(error);
    }
    this.changed.fire();
  }

  private invalidate(delayMs: number): void {
    this.stale = true;
    if (!this.isVisible()) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }
}
