/**
 * Everything the server knows about a document's project: its key file, the key's state, and the texts of the
 * project's transcripts (open documents as the editor holds them, the rest from disk).
 */
import { pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TranscriptFormat } from '../core';
import type { Mapping } from '../core/mapping';
import { formatForDocument } from './document-format';
import { isInside, uriToPath, type WorkspaceFolders } from './key-location';
import { includedFiles } from './included-files';
import type { ProjectFiles } from './project-files';
import type { KeyState, ProjectKeys } from './project-key';
import { editsForEntity } from './redaction-plan';
import type { SettingsStore } from './settings-store';
import type { FileEdits } from './workspace-edit';

/** One transcript of a project as it reads now. */
export interface ProjectText {
  uri: string;
  /** The open document's version, or null for a file read from disk. */
  version: number | null;
  text: string;
  format?: TranscriptFormat;
}

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

  documentText(document: TextDocument): ProjectText {
    return {
      uri: document.uri,
      version: document.version,
      text: document.getText(),
      format: formatForDocument(document.uri, document.languageId),
    };
  }

  /**
   * Every transcript of the document's workspace folder: open documents first (as edited), then the rest from disk.
   * A file outside every workspace folder is a project of one: its directory (perhaps a home or Downloads folder) is
   * never scanned.
   */
  async texts(uri: string): Promise<ProjectText[]> {
    const folder = this.folders.workspaceFolderFor(uri);
    const document = this.documents.get(uri);
    if (!folder) return document ? [this.documentText(document)] : [];
    const open = new Set<string>();
    const results: ProjectText[] = [];
    for (const openDocument of this.documents.all()) {
      const file = uriToPath(openDocument.uri);
      if (!file || !(isInside(file, folder) || openDocument.uri === uri)) continue;
      open.add(file);
      results.push(this.documentText(openDocument));
    }
    const { include } = await this.settings.get(uri);
    for (const { path, text } of await this.files.read(folder, includedFiles(include), open)) {
      const fileUri = pathToFileURL(path).toString();
      results.push({ uri: fileUri, version: null, text, format: formatForDocument(fileUri, '') });
    }
    return results;
  }
}

/** Edits putting `token` in place of its forms in each text. */
export function editsInTexts(texts: readonly ProjectText[], mapping: Mapping, token: string): FileEdits[] {
  return texts.map(({ uri, version, text, format }) => ({ uri, version, text, edits: editsForEntity(text, mapping, token, format) }));
}
