/**
 * The Identifiers view: type → entity (token, forms) → occurrences (file, line, excerpt), with counts, over every
 * workspace folder (a folder level appears only when there are several).
 */
import * as vscode from 'vscode';
import type { IndexedEntity, Occurrence, ProjectIndex } from '../../server/project-index-protocol';
import { groupByType, isFilterActive, type IdentifierFilter, type TypeGroup } from './identifiers-filter';
import { typeIcon, typeLabel } from './labels';

export type IdentifierNode =
  | { kind: 'folder'; index: ProjectIndex; name: string }
  | { kind: 'type'; index: ProjectIndex; group: TypeGroup }
  | { kind: 'entity'; index: ProjectIndex; entity: IndexedEntity }
  | { kind: 'occurrence'; index: ProjectIndex; entity: IndexedEntity; occurrence: Occurrence }
  | { kind: 'message'; text: string };

export interface IndexSource {
  readonly indexes: readonly { name: string; index: ProjectIndex }[];
  readonly filter: IdentifierFilter;
  readonly onDidChange: vscode.Event<void>;
}

export const REVEAL_OCCURRENCE_COMMAND = 'transcriptRedactor.revealOccurrence';

export class IdentifiersTree implements vscode.TreeDataProvider<IdentifierNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<IdentifierNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** Parents of the nodes handed out, for `TreeView.reveal`. */
  private readonly parents = new WeakMap<IdentifierNode, IdentifierNode>();

  constructor(private readonly source: IndexSource) {
    this.subscription = source.onDidChange(() => this.changed.fire(undefined));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  getParent(node: IdentifierNode): IdentifierNode | undefined {
    return this.parents.get(node);
  }

  getChildren(node?: IdentifierNode): IdentifierNode[] {
    const children = this.childrenOf(node);
    if (node) for (const child of children) this.parents.set(child, node);
    return children;
  }

  private childrenOf(node?: IdentifierNode): IdentifierNode[] {
    if (!node) {
      const { indexes } = this.source;
      if (indexes.length === 1 && indexes[0]) return this.typesOf(indexes[0].index);
      return indexes.map(({ name, index }) => ({ kind: 'folder', index, name }));
    }
    switch (node.kind) {
      case 'folder':
        return this.typesOf(node.index);
      case 'type':
        return node.group.entities.map((entity) => ({ kind: 'entity', index: node.index, entity }));
      case 'entity':
        return node.entity.occurrences.map((occurrence) => ({ kind: 'occurrence', index: node.index, entity: node.entity, occurrence }));
      default:
        return [];
    }
  }

  getTreeItem(node: IdentifierNode): vscode.TreeItem {
    switch (node.kind) {
      case 'folder':
        return folderItem(node.name, node.index);
      case 'type':
        return typeItem(node.index, node.group, isFilterActive(this.source.filter));
      case 'entity':
        return entityItem(node.index, node.entity);
      case 'occurrence':
        return occurrenceItem(node.entity, node.occurrence);
      case 'message':
        return new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
    }
  }

  private typesOf(index: ProjectIndex): IdentifierNode[] {
    const groups = groupByType(index, this.source.filter);
    const problems: IdentifierNode[] = index.problems.map((text) => ({ kind: 'message', text: `⚠ ${text}` }));
    if (groups.length === 0 && index.files.length > 0) {
      const text = isFilterActive(this.source.filter)
        ? vscode.l10n.t('Nothing matches the filter.')
        : vscode.l10n.t('No identifiers found in {0} files.', index.files.length);
      return [...problems, { kind: 'message', text }];
    }
    return [...problems, ...groups.map((group): IdentifierNode => ({ kind: 'type', index, group }))];
  }
}

function folderItem(name: string, index: ProjectIndex): vscode.TreeItem {
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `folder|${index.folderUri}`;
  item.iconPath = vscode.ThemeIcon.Folder;
  item.description = vscode.l10n.t('{0} files', index.files.length);
  return item;
}

function typeItem(index: ProjectIndex, group: TypeGroup, expand: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(
    typeLabel(group.type),
    expand ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.id = `type|${index.folderUri}|${group.type}|${expand}`;
  item.iconPath = typeIcon(group.type);
  const parts = [String(group.entities.length)];
  if (group.remaining > 0) parts.push(vscode.l10n.t('{0} left', group.remaining));
  if (group.toReview > 0) parts.push(vscode.l10n.t('{0} not in key', group.toReview));
  item.description = parts.join(' · ');
  item.contextValue = 'identifierType';
  return item;
}

function entityItem(index: ProjectIndex, entity: IndexedEntity): vscode.TreeItem {
  const item = new vscode.TreeItem(
    entity.label,
    entity.occurrences.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = `entity|${index.folderUri}|${entity.token ?? `${entity.type}|${entity.label.toLocaleLowerCase()}`}`;
  const where = entity.token ?? vscode.l10n.t('not in key');
  item.description =
    entity.remaining > 0
      ? vscode.l10n.t('{0} · {1} of {2} left', where, entity.remaining, entity.occurrences.length)
      : vscode.l10n.t('{0} · {1}', where, entity.occurrences.length);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(entity.label)}** ${entity.token ? `\`${entity.token}\`` : ''}\n\n`);
  if (entity.forms.length > 0) tooltip.appendMarkdown(`${vscode.l10n.t('Forms: {0}', entity.forms.map(escape).join(', '))}\n\n`);
  tooltip.appendMarkdown(
    vscode.l10n.t('{0} occurrences, {1} still in the text', entity.occurrences.length, entity.remaining),
  );
  item.tooltip = tooltip;
  if (entity.token === undefined) item.iconPath = new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground'));
  else if (entity.remaining > 0) item.iconPath = new vscode.ThemeIcon('key', new vscode.ThemeColor('list.warningForeground'));
  else item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  // Menus match on these words: `entity known remaining`, `entity unknown remaining`, `entity known`.
  item.contextValue = ['entity', entity.token ? 'known' : 'unknown', entity.remaining > 0 ? 'remaining' : ''].join(' ').trim();
  return item;
}

function occurrenceItem(entity: IndexedEntity, occurrence: Occurrence): vscode.TreeItem {
  const fileName = occurrence.relativePath.slice(occurrence.relativePath.lastIndexOf('/') + 1);
  const item = new vscode.TreeItem(`${fileName}:${occurrence.line + 1}`, vscode.TreeItemCollapsibleState.None);
  item.id = `occurrence|${occurrence.uri}|${occurrence.start}|${entity.token ?? entity.label}`;
  item.description = occurrence.excerpt;
  const where = `${occurrence.relativePath}:${occurrence.line + 1}`;
  item.tooltip =
    occurrence.state === 'redacted'
      ? vscode.l10n.t('{0}: redacted as {1}', where, occurrence.text)
      : vscode.l10n.t('{0}: {1}', where, occurrence.excerpt);
  item.iconPath = new vscode.ThemeIcon(occurrence.state === 'redacted' ? 'check' : 'circle-filled');
  item.command = { command: REVEAL_OCCURRENCE_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [occurrence] };
  item.contextValue = `occurrence ${occurrence.state}`;
  return item;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
