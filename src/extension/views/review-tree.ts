/**
 * The Review view: every transcript of the project with where its review stands, files needing attention first
 * (edited since review, then not reviewed, then reviewed), so two people can split and check a corpus.
 */
import * as vscode from 'vscode';
import { reviewStatus, type FileReviewStatus } from '../../core/review-state';
import type { IndexedFile } from '../../server/project-index-protocol';
import type { IndexSource } from './identifiers-tree';
import type { ReviewStore } from './review-store';

export interface ReviewFileNode {
  kind: 'reviewFile';
  /** The file, for the Mark File (Not) Reviewed commands run from this node's menu. */
  uri: vscode.Uri;
  file: IndexedFile;
  status: FileReviewStatus;
}

const ORDER: Record<FileReviewStatus['status'], number> = { changed: 0, unreviewed: 1, reviewed: 2 };

export class ReviewTree implements vscode.TreeDataProvider<ReviewFileNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReviewFileNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly source: IndexSource,
    private readonly store: ReviewStore,
  ) {
    this.subscriptions = [source.onDidChange(() => this.changed.fire(undefined)), store.onDidChange(() => this.changed.fire(undefined))];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  /** Statuses use the hashes of the last index (the text the server analysed, unsaved edits included). */
  async getChildren(node?: ReviewFileNode): Promise<ReviewFileNode[]> {
    if (node) return [];
    const nodes: ReviewFileNode[] = [];
    for (const { index } of this.source.indexes) {
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(index.folderUri));
      if (!folder) continue;
      const state = await this.store.state(folder);
      for (const file of index.files) {
        nodes.push({ kind: 'reviewFile', uri: vscode.Uri.parse(file.uri), file, status: reviewStatus(state, file.relativePath, file.hash) });
      }
    }
    return nodes.sort(
      (a, b) => ORDER[a.status.status] - ORDER[b.status.status] || a.file.relativePath.localeCompare(b.file.relativePath),
    );
  }

  getTreeItem(node: ReviewFileNode): vscode.TreeItem {
    const { file, status } = node;
    const item = new vscode.TreeItem(file.relativePath, vscode.TreeItemCollapsibleState.None);
    item.id = `review|${file.uri}`;
    item.resourceUri = node.uri;
    const left = file.findings > 0 ? vscode.l10n.t('{0} left', file.findings) : vscode.l10n.t('nothing left');
    if (status.status === 'reviewed') {
      item.description = vscode.l10n.t('reviewed by {0} · {1}', status.current.map((review) => review.by).join(', '), left);
      item.iconPath = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    } else if (status.status === 'changed') {
      item.description = vscode.l10n.t('edited since {0} reviewed it · {1}', status.outdated.map((review) => review.by).join(', '), left);
      item.iconPath = new vscode.ThemeIcon('edit', new vscode.ThemeColor('editorWarning.foreground'));
    } else {
      item.description = vscode.l10n.t('not reviewed · {0}', left);
      item.iconPath = new vscode.ThemeIcon('circle-large-outline');
    }
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [node.uri] };
    item.contextValue = `reviewFile ${status.status}`;
    return item;
  }
}
