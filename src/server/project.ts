/**
 * Everything the server knows about a document's project: its key file, the key's state, and the texts of the
 * project's transcripts (open documents as the editor holds them, the rest from disk).
 */
import { pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mapping } from '../core/mapping';
import { formatForDocument } from './document-format';
import { isInside, uriToPath, type WorkspaceFolders } from './key-location';
import type { ProjectFiles } from './project-files';
import type { KeyState, ProjectKeys } from './project-key';
import { editsForEntity } from './redaction-plan';
import type { SettingsStore } from './settings-store';
import type { FileEdits } from './workspace-edit';

export class Projects {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    readonly keys: ProjectKeys,
    private readonly folders: WorkspaceFolders,
    private readonly files: ProjectFiles,
  ) {}

  async keyFileFor(uri: string): Promise<string | undefined> {
    const { mappingFile } = await this.settings.get(uri);
    return this.folders.keyFileFor(uri, mappingFile);
  }

  async keyStateFor(uri: string): Promise<{ file: string; state: KeyState } | undefined> {
    const file = await this.keyFileFor(uri);
    return file ? { file, state: await this.keys.get(file) } : undefined;
  }

  /** Edits putting `token` in place of its forms in one open document. */
  editsInDocument(document: TextDocument, mapping: Mapping, token: string): FileEdits {
    const text = document.getText();
    return {
      uri: document.uri,
      version: document.version,
      text,
      edits: editsForEntity(text, mapping, token, formatForDocument(document.uri, document.languageId)),
    };
  }

  /** Edits putting `token` in place of its forms in every transcript of the document's project, open or not. */
  async editsInProject(uri: string, mapping: Mapping, token: string): Promise<FileEdits[]> {
    const folder = this.folders.projectFolderFor(uri);
    const document = this.documents.get(uri);
    if (!folder) return document ? [this.editsInDocument(document, mapping, token)] : [];
    const open = new Set<string>();
    const results: FileEdits[] = [];
    for (const openDocument of this.documents.all()) {
      const file = uriToPath(openDocument.uri);
      if (!file || !(isInside(file, folder) || openDocument.uri === uri)) continue;
      open.add(file);
      results.push(this.editsInDocument(openDocument, mapping, token));
    }
    for (const { path, text } of await this.files.read(folder, open)) {
      const fileUri = pathToFileURL(path).toString();
      results.push({ uri: fileUri, version: null, text, edits: editsForEntity(text, mapping, token, formatForDocument(fileUri, '')) });
    }
    return results;
  }
}
