/**
 * The server commands behind the quick fixes. Each one changes the key first (atomically), then applies the text
 * edits through `workspace/applyEdit`, so a token never appears in a transcript without its entity in the key.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isFindingType } from '../core/types';
import { addForm, addIgnore, MappingError } from '../core/mapping';
import { formatForDocument } from './document-format';
import { l10n } from './l10n';
import { editsInTexts, type Projects } from './project';
import { SERVER_COMMANDS, type FindingTarget, type RedactArguments, type SameAsArguments } from './protocol';
import { editForOccurrence, entityForFinding } from './redaction-plan';
import { describe } from './settings-store';
import { countEdits, toWorkspaceEdit, type FileEdits } from './workspace-edit';

export class RedactionCommands {
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly projects: Projects,
    /** Called after the key changed, so every open document is analysed again with what the key now knows. */
    private readonly keyChanged: (file: string) => void,
  ) {}

  readonly ids: string[] = Object.values(SERVER_COMMANDS);

  async execute(id: string, argument: unknown): Promise<void> {
    try {
      if (id === SERVER_COMMANDS.redact) await this.redact(argument as RedactArguments);
      else if (id === SERVER_COMMANDS.ignore) await this.ignore(argument as FindingTarget);
      else if (id === SERVER_COMMANDS.sameAs) await this.sameAs(argument as SameAsArguments);
    } catch (error) {
      if (error instanceof MappingError) {
        void this.connection.window.showErrorMessage(l10n.t('Transcript Redactor: {0}', error.message));
      } else if (error instanceof StaleTarget) {
        void this.connection.window.showWarningMessage(l10n.t('Transcript Redactor: {0}', error.message));
      } else {
        this.connection.console.error(`Command ${id} failed: ${describe(error)}`);
        void this.connection.window.showErrorMessage(l10n.t('Transcript Redactor: the fix failed; see the Transcript Redactor log.'));
      }
    }
  }

  private async redact(args: RedactArguments): Promise<void> {
    const { document, keyFile } = await this.check(args);
    const texts = await this.projects.texts(document.uri);
    const choice = await this.projects.keys.update(keyFile, (mapping) => {
      const chosen = entityForFinding(mapping, args.type, args.text, texts.map((text) => text.text));
      return { mapping: chosen.mapping, result: chosen };
    });
    this.keyChanged(keyFile);
    const { mapping, entity } = choice;
    let files: FileEdits[];
    if (args.scope === 'project') files = editsInTexts(texts, mapping, entity.token);
    else if (args.scope === 'file') files = editsInTexts([this.projects.documentText(document)], mapping, entity.token);
    else files = [this.occurrence(document, args, mapping, entity.token)];
    const applied = await this.apply(files, l10n.t('Transcript Redactor: redact {0}', entity.token));
    const closed = files.filter((file) => file.version === null && file.edits.length > 0).length;
    if (applied && closed > 0) {
      const { edits, files: changed } = countEdits(files);
      const occurrences = edits === 1 ? l10n.t('1 occurrence') : l10n.t('{0} occurrences', edits);
      const inFiles = changed === 1 ? l10n.t('1 file') : l10n.t('{0} files', changed);
      const unsaved =
        closed === 1
          ? l10n.t('1 of them was not open and now has unsaved changes: use File > Save All to keep them.')
          : l10n.t('{0} of them were not open and now have unsaved changes: use File > Save All to keep them.', closed);
      void this.connection.window.showInformationMessage(`${l10n.t('Transcript Redactor: replaced {0} in {1} with {2}.', occurrences, inFiles, entity.token)} ${unsaved}`);
    }
  }

  private async sameAs(args: SameAsArguments): Promise<void> {
    const { document, keyFile } = await this.check(args);
    const { mapping } = await this.projects.keys.update(keyFile, (current) => {
      const added = addForm(current, args.token, args.text);
      return { mapping: added.mapping, result: added };
    });
    this.keyChanged(keyFile);
    await this.apply([this.occurrence(document, args, mapping, args.token)], l10n.t('Transcript Redactor: redact as {0}', args.token));
  }

  private async ignore(args: FindingTarget): Promise<void> {
    const { keyFile } = await this.check(args);
    await this.projects.keys.update(keyFile, (mapping) => ({ mapping: addIgnore(mapping, args.text), result: undefined }));
    this.keyChanged(keyFile);
  }

  private occurrence(document: TextDocument, target: FindingTarget, mapping: Parameters<typeof editForOccurrence>[1], token: string): FileEdits {
    const text = document.getText();
    const format = formatForDocument(document.uri, document.languageId);
    return { uri: document.uri, version: document.version, text, edits: [editForOccurrence(text, mapping, token, target, format)] };
  }

  /** The document still reads as it did when the fix was offered, and it has a project key. */
  private async check(target: FindingTarget): Promise<{ document: TextDocument; keyFile: string }> {
    if (!target || typeof target.uri !== 'string' || !isFindingType(target.type) || typeof target.text !== 'string') {
      throw new StaleTarget(l10n.t('this fix was called without a finding.'));
    }
    const document = this.documents.get(target.uri);
    if (!document || document.version !== target.version || document.getText().slice(target.start, target.end) !== target.text) {
      throw new StaleTarget(l10n.t('the transcript changed since this fix was offered; try again.'));
    }
    const keyFile = await this.projects.keyFileFor(target.uri);
    if (!keyFile) throw new StaleTarget(l10n.t('this document is not saved in a folder, so it has no project key. Save it first.'));
    return { document, keyFile };
  }

  /** Applies the edits through the client; true when it did. */
  private async apply(files: FileEdits[], label: string): Promise<boolean> {
    const result = await this.connection.workspace.applyEdit({ label, edit: toWorkspaceEdit(files) });
    if (!result.applied) {
      void this.connection.window.showWarningMessage(
        result.failureReason
          ? l10n.t('Transcript Redactor: the key was updated but the editor did not apply the change ({0}). Run the fix again.', result.failureReason)
          : l10n.t('Transcript Redactor: the key was updated but the editor did not apply the change. Run the fix again.'),
      );
    }
    return result.applied;
  }
}

class StaleTarget extends Error {}
