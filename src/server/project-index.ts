/**
 * `transcriptRedactor/projectIndex`: analyses every transcript of a workspace folder (open documents as the editor
 * holds them, the rest from disk) and answers with the Identifiers view's data. The analysis runs without the key
 * (project-index-model.ts applies it), so results are cached per file until its text or the settings change: a
 * redaction, which changes the key, costs no re-analysis of the corpus.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, formatForPath, type AnalyzeOptions, type Finding, type TranscriptFormat } from '../core';
import { listCorpusFiles, readCorpusFile } from '../core/corpus-files';
import { emptyMapping, type Mapping } from '../core/mapping';
import { formatForDocument } from './document-format';
import { uriToPath } from './key-location';
import { buildProjectIndex, type AnalysedText } from './project-index-model';
import { PROJECT_INDEX_REQUEST, type ProjectIndex, type ProjectIndexParams } from './project-index-protocol';
import type { ServerSettings } from './settings';

/** What the index needs from the rest of the server (structural, so it can be given stand-ins in tests). */
export interface ProjectIndexSources {
  documents: Pick<TextDocuments<TextDocument>, 'all'>;
  settings: (uri: string) => Promise<ServerSettings>;
  /** The key at an absolute path: the server's cached, shared copy. */
  key: (file: string) => Promise<{ ok: true; mapping: Mapping } | { ok: false; error: Error }>;
}

interface CachedAnalysis {
  text: string;
  options: string;
  findings: Finding[];
}

export class ProjectIndexer {
  private readonly cache = new Map<string, CachedAnalysis>();

  constructor(private readonly sources: ProjectIndexSources) {}

  async index(params: ProjectIndexParams, token?: CancellationToken): Promise<ProjectIndex | null> {
    const folder = uriToPath(params.folderUri);
    if (!folder) return { folderUri: params.folderUri, files: [], entities: [], speakers: [], problems: ['only folders on disk can be indexed'] };
    const settings = await this.sources.settings(params.folderUri);
    const problems: string[] = [];
    const keyFile = path.resolve(folder, settings.mappingFile);
    const key = await this.sources.key(keyFile);
    let mapping = emptyMapping();
    if (key.ok) mapping = key.mapping;
    else problems.push(`The project key cannot be read, so tokens are not shown: ${key.error.message}`);

    const texts = await this.readTexts(folder, problems);
    const options: AnalyzeOptions = { sensitivity: settings.sensitivity, enabledTypes: settings.enabledTypes };
    const analysed: AnalysedText[] = [];
    for (const text of texts) {
      analysed.push({ ...text, findings: this.analyse(text, options) });
      if (token?.isCancellationRequested) return null;
      await yieldToOtherRequests();
    }
    this.forgetAllBut(new Set(texts.map((text) => text.uri)));
    return buildProjectIndex(params.folderUri, analysed, mapping, problems);
  }

  private analyse(text: Omit<AnalysedText, 'findings'>, options: AnalyzeOptions): Finding[] {
    const fingerprint = JSON.stringify([options, text.format]);
    const cached = this.cache.get(text.uri);
    if (cached && cached.text === text.text && cached.options === fingerprint) return cached.findings;
    const findings = analyze(text.text, text.format ? { ...options, format: text.format } : options);
    this.cache.set(text.uri, { text: text.text, options: fingerprint, findings });
    return findings;
  }

  /** Open documents as the editor has them (unsaved edits included), every other transcript from disk. */
  private async readTexts(folder: string, problems: string[]): Promise<Omit<AnalysedText, 'findings'>[]> {
    const open = new Map<string, TextDocument>();
    for (const document of this.sources.documents.all()) {
      const file = uriToPath(document.uri);
      if (file) open.set(path.resolve(file), document);
    }
    const listing = await listCorpusFiles([folder], { cwd: folder });
    for (const problem of listing.problems) {
      // An empty folder is not a problem here: the view simply shows nothing.
      if (!problem.message.startsWith('no transcript files found')) problems.push(`${problem.displayPath}: ${problem.message}`);
    }
    const texts: Omit<AnalysedText, 'findings'>[] = [];
    for (const file of listing.files) {
      const document = open.get(path.resolve(file.absolutePath));
      const uri = document?.uri ?? pathToFileURL(file.absolutePath).href;
      let text: string;
      let format: TranscriptFormat | undefined;
      if (document) {
        text = document.getText().replace(/^\uFEFF/, '');
        format = formatForDocument(document.uri, document.languageId);
      } else {
        const read = await readCorpusFile(file.absolutePath);
        if (!read.ok) {
          problems.push(`${file.relativePath}: ${read.reason}`);
          continue;
        }
        text = read.text;
      }
      // Plain text is sniffed (it may be a caption file without its extension), as for open documents.
      format ??= formatForPath(file.absolutePath) === 'plain' ? undefined : formatForPath(file.absolutePath);
      texts.push({ uri, relativePath: file.relativePath, text, ...(format ? { format } : {}) });
    }
    return texts;
  }

  private forgetAllBut(uris: ReadonlySet<string>): void {
    for (const uri of this.cache.keys()) if (!uris.has(uri)) this.cache.delete(uri);
  }
}

/** Registers the request on the connection; returns the indexer so the server can share it. */
export function registerProjectIndex(connection: Connection, sources: ProjectIndexSources): ProjectIndexer {
  const indexer = new ProjectIndexer(sources);
  connection.onRequest(PROJECT_INDEX_REQUEST, (params: ProjectIndexParams, token) => indexer.index(params, token));
  return indexer;
}

/** Lets diagnostics and hovers be answered between files of a large corpus. */
function yieldToOtherRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
