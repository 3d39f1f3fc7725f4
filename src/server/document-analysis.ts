/** Runs the engine over one open document; remembers the latest result for hovers, code actions and the status bar. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalysisCache, type AnalysisCache, type AnalyzeOptions, type Finding } from '../core';
import { formatForDocument } from './document-format';
import type { ServerSettings } from './settings';

/** What the project already knows (from the key): forms to flag everywhere and forms never to flag. */
export type ProjectKnowledge = Pick<AnalyzeOptions, 'knownForms' | 'ignore'>;

export interface DocumentResult {
  version: number;
  /** Sorted findings with offsets into the document text as the editor has it (a leading BOM included). */
  findings: Finding[];
}

export function findDocumentFindings(
  document: TextDocument,
  settings: ServerSettings,
  project: ProjectKnowledge = {},
  cache?: AnalysisCache,
): Finding[] {
  const raw = document.getText();
  // The engine works on text without a BOM; the editor's offsets count it.
  const shift = raw.startsWith('\uFEFF') ? 1 : 0;
  const findings = analyze(
    shift ? raw.slice(1) : raw,
    {
      ...project,
      sensitivity: settings.sensitivity,
      enabledTypes: settings.enabledTypes,
      format: formatForDocument(document.uri, document.languageId),
    },
    cache,
  );
  return shift ? findings.map((finding) => ({ ...finding, start: finding.start + shift, end: finding.end + shift })) : findings;
}

/** Per open document: the engine's incremental cache and the latest published result. */
export class DocumentAnalyses {
  private readonly caches = new Map<string, AnalysisCache>();
  private readonly results = new Map<string, DocumentResult>();

  analyse(document: TextDocument, settings: ServerSettings, project: ProjectKnowledge): DocumentResult {
    let cache = this.caches.get(document.uri);
    if (!cache) {
      cache = createAnalysisCache();
      this.caches.set(document.uri, cache);
    }
    return { version: document.version, findings: findDocumentFindings(document, settings, project, cache) };
  }

  remember(uri: string, result: DocumentResult): void {
    this.results.set(uri, result);
  }

  /** The latest result, only if it describes exactly this version of the document. */
  current(document: TextDocument): DocumentResult | undefined {
    const result = this.results.get(document.uri);
    return result && result.version === document.version ? result : undefined;
  }

  forget(uri: string): void {
    this.caches.delete(uri);
    this.results.delete(uri);
  }
}
