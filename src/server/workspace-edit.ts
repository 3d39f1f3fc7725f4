/** Turns neutral edits ({start, end, newText} over a file's text) into one LSP WorkspaceEdit. */
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../core/redact';

export interface FileEdits {
  uri: string;
  /** The open document's version, or null for a file that is not open (edited as it is on disk). */
  version: number | null;
  /** The text the offsets refer to. */
  text: string;
  edits: readonly TextEdit[];
}

export function toWorkspaceEdit(files: readonly FileEdits[]): WorkspaceEdit {
  const documentChanges: TextDocumentEdit[] = [];
  for (const file of files) {
    if (file.edits.length === 0) continue;
    const positions = TextDocument.create(file.uri, 'plaintext', 0, file.text);
    documentChanges.push({
      textDocument: { uri: file.uri, version: file.version },
      edits: [...file.edits]
        .sort((a, b) => a.start - b.start)
        .map((edit) => ({ range: { start: positions.positionAt(edit.start), end: positions.positionAt(edit.end) }, newText: edit.newText })),
    });
  }
  return { documentChanges };
}

export function countEdits(files: readonly FileEdits[]): { edits: number; files: number } {
  const withEdits = files.filter((file) => file.edits.length > 0);
  return { edits: withEdits.reduce((sum, file) => sum + file.edits.length, 0), files: withEdits.length };
}
