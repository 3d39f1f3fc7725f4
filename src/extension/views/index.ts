/**
 * Registers the Identifiers and Speakers views, the Explorer's review badges and their commands. activate() calls
 * registerViews once; the command handlers (listed in src/extension/commands.ts) reach the views through it.
 */
import * as vscode from 'vscode';
import { redactEverywhere, notAnIdentifier, revealOccurrence, sameAs } from './entity-actions';
import { pickFilter } from './filter-picker';
import { IdentifierIndex, type IndexServer } from './identifier-index';
import { describeFilter, isFilterActive, parseFilter } from './identifiers-filter';
import { IdentifiersTree, type IdentifierNode } from './identifiers-tree';
import { statusLabel, typeLabel } from './labels';
import { ReviewActions } from './review-actions';
import { ReviewDecorations } from './review-decorations';
import { ReviewStore } from './review-store';
import { ReviewTree } from './review-tree';
import { SpeakersTree } from './speakers-tree';
import { FILTERED_CONTEXT_KEY, IDENTIFIERS_VIEW, REVIEW_VIEW, SPEAKERS_VIEW, type ViewCommandId } from './view-command-ids';
import type { Occurrence } from '../../server/project-index-protocol';

/** What tests (and other extensions) can reach through the API activate() returns. */
export interface ViewsApi {
  /** Re-indexes the workspace and resolves when the views show the result. */
  refreshIdentifiers(): Promise<void>;
  readonly identifiers: IdentifiersTree;
  readonly identifiersView: vscode.TreeView<IdentifierNode>;
  readonly speakers: SpeakersTree;
  readonly review: ReviewTree;
  readonly reviewDecorations: ReviewDecorations;
  readonly index: IdentifierIndex;
}

interface Views extends ViewsApi {
  readonly reviewActions: ReviewActions;
}

let views: Views | undefined;

export function registerViews(context: vscode.ExtensionContext, server: IndexServer): { disposables: vscode.Disposable[]; api: ViewsApi } {
  // The index refreshes on changes only while one of its views is visible; hidden views catch up when shown.
  const anyVisible = (): boolean => identifiersView.visible || speakersView.visible || reviewView.visible;
  const index = new IdentifierIndex(server, anyVisible);
  const store = new ReviewStore();
  const identifiers = new IdentifiersTree(index);
  const speakers = new SpeakersTree(index);
  const reviewDecorations = new ReviewDecorations(store);
  const review = new ReviewTree(index, store);
  const identifiersView = vscode.window.createTreeView(IDENTIFIERS_VIEW, { treeDataProvider: identifiers, showCollapseAll: true });
  const speakersView = vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: speakers, showCollapseAll: true });
  const reviewView = vscode.window.createTreeView(REVIEW_VIEW, { treeDataProvider: review, canSelectMany: true });

  const updateTitles = async (): Promise<void> => {
    const view = identifiersView;
    const parts: string[] = [];
    let reviewed = 0;
    let total = 0;
    for (const { index: folderIndex } of index.indexes) {
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(folderIndex.folderUri));
      if (!folder) continue;
      const progress = await store.progress(folder, folderIndex.files);
      reviewed += progress.reviewed;
      total += progress.total;
    }
    if (total > 0) view.description = vscode.l10n.t('{0}/{1} files reviewed', reviewed, total);
    if (index.error) parts.push(vscode.l10n.t('Could not index the workspace: {0}', index.error));
    if (isFilterActive(index.filter)) parts.push(vscode.l10n.t('Filter: {0}', describeFilter(index.filter, typeLabel, statusLabel)));
    view.message = parts.length > 0 ? parts.join('\n') : undefined;
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, isFilterActive(index.filter));
  };

  const api: ViewsApi = {
    refreshIdentifiers: () => index.refresh(),
    identifiers,
    identifiersView,
    speakers,
    review,
    reviewDecorations,
    index,
  };
  views = { ...api, reviewActions: new ReviewActions(store, context.globalState) };
  const disposables: vscode.Disposable[] = [
    index,
    store,
    identifiers,
    speakers,
    reviewDecorations,
    identifiersView,
    speakersView,
    review,
    reviewView,
    vscode.window.registerFileDecorationProvider(reviewDecorations),
    index.onDidChange(() => void updateTitles()),
    store.onDidChange(() => void updateTitles()),
    identifiersView.onDidChangeVisibility(({ visible }) => {
      if (visible) void index.ensureFresh();
    }),
    speakersView.onDidChangeVisibility(({ visible }) => {
      if (visible) void index.ensureFresh();
    }),
    reviewView.onDidChangeVisibility(({ visible }) => {
      if (visible) void index.ensureFresh();
    }),
    { dispose: () => (views = undefined) },
  ];
  // Activated by opening one of the views (or with them open from the last session): no visibility change follows.
  if (anyVisible()) void index.ensureFresh();
  return { disposables, api };
}

function active(): Views {
  if (!views) throw new Error('the Transcript Redactor views are not registered yet');
  return views;
}

/** After a change to the key, the index is refreshed so the view shows the new state at once. */
async function thenRefresh(action: Promise<boolean>): Promise<void> {
  if (await action) await active().index.refresh();
}

type ViewHandler = (context: unknown, ...args: unknown[]) => unknown;

/** Handlers for VIEW_COMMAND_IDS, merged into the extension's single command map. */
export const VIEW_COMMAND_HANDLERS: Record<ViewCommandId, ViewHandler> = {
  'transcriptRedactor.refreshIdentifiers': () => active().index.refresh(),
  'transcriptRedactor.filterIdentifiers': async (_context, argument) => {
    const { index } = active();
    const filter = parseFilter(argument) ?? (await pickFilter(index.filter));
    if (filter) index.setFilter(filter);
  },
  'transcriptRedactor.clearIdentifierFilter': () => active().index.setFilter({}),
  'transcriptRedactor.revealOccurrence': (_context, occurrence) => revealOccurrence(occurrence as Occurrence | undefined),
  'transcriptRedactor.redactEverywhere': (_context, node) => thenRefresh(redactEverywhere(node as IdentifierNode | undefined)),
  'transcriptRedactor.sameAsInView': (_context, node) => thenRefresh(sameAs(node as IdentifierNode | undefined)),
  'transcriptRedactor.notAnIdentifierInView': (_context, node) => thenRefresh(notAnIdentifier(node as IdentifierNode | undefined)),
  'transcriptRedactor.markFileReviewed': (_context, ...args) => active().reviewActions.markReviewed(...args),
  'transcriptRedactor.markFileNotReviewed': (_context, ...args) => active().reviewActions.markNotReviewed(...args),
  'transcriptRedactor.showSpeakerProfiles': () => vscode.commands.executeCommand(`${SPEAKERS_VIEW}.focus`),
};
