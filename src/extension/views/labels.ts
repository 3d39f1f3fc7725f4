/** How finding types and entity states are shown in the views: words (localised) and codicons. */
import * as vscode from 'vscode';
import type { FindingType } from '../../core/types';
import type { EntityStatus } from './identifiers-filter';

export function typeLabel(type: FindingType): string {
  switch (type) {
    case 'PERSON':
      return vscode.l10n.t('People');
    case 'LOCATION':
      return vscode.l10n.t('Places');
    case 'ORGANIZATION':
      return vscode.l10n.t('Organisations');
    case 'DATE':
      return vscode.l10n.t('Dates');
    case 'AGE':
      return vscode.l10n.t('Ages');
    case 'CONTACT':
      return vscode.l10n.t('Contact details');
    case 'ID':
      return vscode.l10n.t('Identifying numbers');
    case 'OTHER':
      return vscode.l10n.t('Other details');
  }
}

const TYPE_ICONS: Record<FindingType, string> = {
  PERSON: 'person',
  LOCATION: 'location',
  ORGANIZATION: 'organization',
  DATE: 'calendar',
  AGE: 'history',
  CONTACT: 'mail',
  ID: 'symbol-number',
  OTHER: 'tag',
};

export function typeIcon(type: FindingType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(TYPE_ICONS[type]);
}

export function statusLabel(status: EntityStatus): string {
  switch (status) {
    case 'toReview':
      return vscode.l10n.t('Not in the key yet');
    case 'toRedact':
      return vscode.l10n.t('Still in the text');
    case 'done':
      return vscode.l10n.t('Fully redacted');
  }
}
