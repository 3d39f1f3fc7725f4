/** Commands that involve the project key; the key itself is only ever read and written by the server. */
import * as vscode from 'vscode';
import {
  ENTITIES_REQUEST,
  KEY_LOCATION_REQUEST,
  SERVER_COMMANDS,
  type EntitiesParams,
  type EntitySummary,
  type FindingTarget,
  type KeyLocation,
  type KeyLocationParams,
  type SameAsArguments,
} from '../server/protocol';
import type { ServerConnection } from './language-client';

/** "Same as…": pick the existing entity this finding is another name for, then let the server record and redact it. */
export async function pickSameAs(server: ServerConnection, target: FindingTarget): Promise<void> {
  const entities = await server.sendRequest<EntitySummary[]>(ENTITIES_REQUEST, { uri: target.uri, type: target.type } satisfies EntitiesParams);
  if (entities.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Redactor: the project key has no {0} entities yet.', target.type));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    entities.map((entity) => ({ label: entity.token, description: entity.forms.join(', '), token: entity.token })),
    {
      title: vscode.l10n.t('"{0}" is another name for…', target.text),
      placeHolder: vscode.l10n.t('Choose the entity it refers to'),
      matchOnDescription: true,
    },
  );
  if (!picked) return;
  await vscode.commands.executeCommand(SERVER_COMMANDS.sameAs, { ...target, token: picked.token } satisfies SameAsArguments);
}

/** Opens the key of the active document's project (or of the first workspace folder). */
export async function openProjectKey(server: ServerConnection, argument?: { uri?: string }): Promise<void> {
  const uri =
    argument?.uri ?? vscode.window.activeTextEditor?.document.uri.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Redactor: open a transcript or a folder first.'));
    return;
  }
  const location = await server.sendRequest<KeyLocation>(KEY_LOCATION_REQUEST, { uri } satisfies KeyLocationParams);
  if (!location.file) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Transcript Redactor: this document is not saved in a folder, so it has no project key.'),
    );
    return;
  }
  if (!location.exists) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Transcript Redactor: there is no project key yet. Your first redaction creates it at {0}.',
        vscode.workspace.asRelativePath(location.file),
      ),
    );
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(location.file));
  if (location.error) void vscode.window.showErrorMessage(vscode.l10n.t('Transcript Redactor: {0}', location.error));
}
