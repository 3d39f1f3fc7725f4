/** Explorer badges for review progress: ✓ reviewed (✓✓ by two people or more), ✎ edited since its review. */
import * as vscode from 'vscode';
import type { FileReviewStatus, Review } from '../../core/review-state';
import { isTrackedTranscript, type ReviewStore } from './review-store';

export class ReviewDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: ReviewStore) {
    this.subscriptions = [
      store.onDidChange(() => this.changed.fire(undefined)),
      // Saving or editing a reviewed file may turn ✓ into ✎ (or back, after an undo).
      vscode.workspace.onDidSaveTextDocument((document) => this.changed.fire(document.uri)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (isTrackedTranscript(document.uri)) this.changed.fire(document.uri);
      }),
    ];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }

  async provideFileDecoration(uri: vscode.Uri): Promise<vscode.FileDecoration | undefined> {
    if (!isTrackedTranscript(uri)) return undefined;
    const status = await this.store.statusOf(uri);
    return status ? decorationFor(status) : undefined;
  }
}

export function decorationFor(status: FileReviewStatus): vscode.FileDecoration | undefined {
  if (status.status === 'reviewed') {
    const decoration = new vscode.FileDecoration(
      status.current.length > 1 ? '✓✓' : '✓',
      vscode.l10n.t('Reviewed by {0}', describeReviews(status.current)),
      new vscode.ThemeColor('testing.iconPassed'),
    );
    return decoration;
  }
  if (status.status === 'changed') {
    return new vscode.FileDecoration(
      '✎',
      vscode.l10n.t('Edited since it was reviewed by {0}', describeReviews(status.outdated)),
      new vscode.ThemeColor('editorWarning.foreground'),
    );
  }
  return undefined;
}

/** "Ana (2026-03-01), Ben (2026-03-02)". */
function describeReviews(reviews: readonly Review[]): string {
  return reviews.map((review) => `${review.by} (${review.at.slice(0, 10)})`).join(', ');
}
