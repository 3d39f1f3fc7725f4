/**
 * Actions on the Identifiers view's nodes. The key is changed only by the language server: these open the document
 * an occurrence is in (the server acts on open documents), check it still reads the same, and call the server's
 * commands (`redact` for the whole project, `ignore`) or the client's "Same as…" picker.
 */
import * as vscode from 'vscode';
import type { IndexedEntity, Occurrence } from '../../server/project-index-protocol';
import { SERVER_COMMANDS, type FindingTarget, type RedactArguments } from '../../server/protocol';
import type { IdentifierNode } from './identifiers-tree';

/** The client command offering the key's entities of a type (src/extension/key-commands.ts). */
const SAME_AS_COMMAND = 'transcriptRedactor.sameAs';

export async function revealOccurrence(occurrence: Occurrence | undefined): Promise<void> {
  if (!occurrence) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(occurrence.uri));
  const range = rangeOf(document, occurrence);
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
}

/** Replaces every form of the entity, in every transcript of the project, with its token (creating it if new). */
export async function redactEverywhere(node: IdentifierNode | undefined): Promise<boolean> {
  const target = await targetFor(node);
  if (!target) return false;
  await vscode.commands.executeCommand(SERVER_COMMANDS.redact, { ...target, scope: 'project' } satisfies RedactArguments);
  return true;
}

/** Records the finding as another name of an entity already in the key. */
export async function sameAs(node: IdentifierNode | undefined): Promise<boolean> {
  const target = await targetFor(node);
  if (!target) return false;
  await vscode.commands.executeCommand(SAME_AS_COMMAND, target);
  return true;
}

/** Adds the form to the project's "not an identifier" list. */
export async function notAnIdentifier(node: IdentifierNode | undefined): Promise<boolean> {
  const target = await targetFor(node);
  if (!target) return false;
  await vscode.commands.executeCommand(SERVER_COMMANDS.ignore, target);
  return true;
}

/** A finding of the entity that is still in the text, as the server's commands expect it. */
async function targetFor(node: IdentifierNode | undefined): Promise<FindingTarget | undefined> {
  const entity = node?.kind === 'entity' || node?.kind === 'occurrence' ? node.entity : undefined;
  if (!entity) return undefined;
  const occurrence = node?.kind === 'occurrence' && node.occurrence.state === 'finding' ? node.occurrence : firstFinding(entity);
  if (!occurrence) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Redactor: "{0}" is no longer in the text.', entity.label));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(occurrence.uri));
  const range = rangeOf(document, occurrence);
  if (document.getText(range) !== occurrence.text) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Transcript Redactor: {0} changed since the Identifiers view was refreshed; refresh it and try again.', occurrence.relativePath),
    );
    return undefined;
  }
  return {
    uri: document.uri.toString(),
    version: document.version,
    start: document.offsetAt(range.start),
    end: document.offsetAt(range.end),
    type: entity.type,
    text: occurrence.text,
  };
}

function firstFinding(entity: IndexedEntity): Occurrence | undefined {
  return entity.occurrences.find((occurrence) => occurrence.state === 'finding');
}

/** The occurrence's range, from its line and character (robust to the document's line endings). */
function rangeOf(document: vscode.TextDocument, occurrence: Occurrence): vscode.Range {
  const start = new vscode.Position(occurrence.line, occurrence.character);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + (occurrence.end - occurrence.start)));
}
