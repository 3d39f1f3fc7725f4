/**
 * The Speakers view: for each participant, the quasi-identifiers they mention (places, employers, ages, occupations,
 * conditions…). Individually harmless, together they can single someone out; this is where to judge the combination.
 */
import * as vscode from 'vscode';
import type { SpeakerMention, SpeakerProfile } from '../../server/project-index-protocol';
import type { IndexSource } from './identifiers-tree';
import { REVEAL_OCCURRENCE_COMMAND } from './identifiers-tree';
import { typeIcon, typeLabel } from './labels';

export type SpeakerNode =
  | { kind: 'speaker'; folderUri: string; profile: SpeakerProfile }
  | { kind: 'mention'; folderUri: string; profile: SpeakerProfile; mention: SpeakerMention };

export class SpeakersTree implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly source: IndexSource) {
    this.subscription = source.onDidChange(() => this.changed.fire(undefined));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    if (!node) {
      return this.source.indexes.flatMap(({ index }) =>
        index.speakers.filter((profile) => profile.mentions.length > 0).map((profile): SpeakerNode => ({ kind: 'speaker', folderUri: index.folderUri, profile })),
      );
    }
    if (node.kind === 'speaker') {
      return node.profile.mentions.map((mention) => ({ kind: 'mention', folderUri: node.folderUri, profile: node.profile, mention }));
    }
    return [];
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { profile } = node;
      const item = new vscode.TreeItem(profile.speaker, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `speaker|${node.folderUri}|${profile.token ?? profile.speaker}`;
      item.iconPath = new vscode.ThemeIcon('account');
      const kinds = new Set(profile.mentions.map((mention) => mention.type)).size;
      item.description = [
        profile.token && profile.token !== profile.speaker ? profile.token : undefined,
        vscode.l10n.t('{0} details of {1} kinds', profile.mentions.length, kinds),
      ]
        .filter(Boolean)
        .join(' · ');
      item.tooltip = vscode.l10n.t('Mentioned in: {0}', profile.files.join(', '));
      item.contextValue = 'speaker';
      return item;
    }
    const { mention } = node;
    const item = new vscode.TreeItem(mention.text, vscode.TreeItemCollapsibleState.None);
    item.id = `mention|${node.folderUri}|${node.profile.token ?? node.profile.speaker}|${mention.type}|${mention.text}`;
    item.iconPath = typeIcon(mention.type);
    item.description = mention.count > 1 ? `${typeLabel(mention.type)} · ×${mention.count}` : typeLabel(mention.type);
    item.tooltip = `${mention.first.relativePath}:${mention.first.line + 1}: ${mention.first.excerpt}`;
    item.command = { command: REVEAL_OCCURRENCE_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [mention.first] };
    item.contextValue = 'speakerMention';
    return item;
  }
}
