/** "Filter Identifiers…": pick types and states, then type a text to match (two quick steps, both optional). */
import * as vscode from 'vscode';
import { FINDING_TYPES, type FindingType } from '../../core/types';
import { ENTITY_STATUSES, type EntityStatus, type IdentifierFilter } from './identifiers-filter';
import { statusLabel, typeIcon, typeLabel } from './labels';

type Choice = vscode.QuickPickItem & ({ type: FindingType } | { status: EntityStatus } | object);

export async function pickFilter(current: IdentifierFilter): Promise<IdentifierFilter | undefined> {
  const statusItems: Choice[] = ENTITY_STATUSES.map((status) => ({
    label: statusLabel(status),
    status,
    picked: current.statuses?.includes(status) ?? false,
  }));
  const typeItems: Choice[] = FINDING_TYPES.map((type) => ({
    label: typeLabel(type),
    description: type,
    iconPath: typeIcon(type),
    type,
    picked: current.types?.includes(type) ?? false,
  }));
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('State'), kind: vscode.QuickPickItemKind.Separator },
      ...statusItems,
      { label: vscode.l10n.t('Type'), kind: vscode.QuickPickItemKind.Separator },
      ...typeItems,
    ],
    {
      canPickMany: true,
      title: vscode.l10n.t('Filter Identifiers (1/2): states and types'),
      placeHolder: vscode.l10n.t('Pick none to show everything'),
    },
  );
  if (!picked) return undefined;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Filter Identifiers (2/2): text'),
    prompt: vscode.l10n.t('Show only identifiers whose name, token or file contains this text. Leave empty for all.'),
    value: current.text ?? '',
  });
  if (text === undefined) return undefined;
  return {
    types: picked.flatMap((item) => ('type' in item ? [item.type] : [])),
    statuses: picked.flatMap((item) => ('status' in item ? [item.status] : [])),
    text,
  };
}
