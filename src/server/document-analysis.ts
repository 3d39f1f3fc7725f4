/** Runs the engine over one open document; remembers the latest result for hovers, code actions and the status bar. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeInSlices, createAnalysisCache, type AnalysisCache, type AnalyzeOptions, type Finding, type Slicing } from '../core';
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
  const { text, options, toDocument } = engineInput(document, settings, project);
  return toDocument(analyze(text, options, cache));
}

/**
 * Like findDocumentFindings, but pausing between slices of work so the server keeps answering while a large file is
 * analysed; undefined when `slicing.isCancelled` stopped it. Previews (`onPartial`) have document offsets too.
 */
export async function findDocumentFindingsInSlices(
  document: TextDocument,
  settings: ServerSettings,
  project: ProjectKnowledge,
  cache: AnalysisCache,
  slicing: Slicing,
): Promise<Finding[] | undefined> {
  const { text, options, toDocument } = engineInput(document, settings, project);
  const onPartial = slicing.onPartial && ((findings: Finding[]) => slicing.onPartial?.(toDocument(findings)));
  const findings = await analyzeInSlices(text, options, cache, { ...slicing, onPartial });
  return findings && toDocument(findings);
}

function engineInput(document: TextDocument, settings: ServerSettings, project: ProjectKnowledge) {
  const raw = document.getText();
  // The engine works on text without a BOM; the editor's offsets count it.
  const shift = raw.startsWith('\uFEFF') ? 1 : 0;
  const options: AnalyzeOptions = {
    ...project,
    sensitivity: settings.sensitivity,
    enabledTypes: settings.enabledTypes,
    format: formatForDocument(document.uri, document.languageId),
  };
  const toDocument = (findings: Finding[]): Finding[] =>
    shift ? findings.map((finding) => ({ ...finding, start: finding.start + shift, end: finding.end + shift })) : findings;
  return { text: shift ? raw.slice(1) : raw, options, toDocument };
}

/** Per open document: the engine's incremental cache and the latest published result. */
export class DocumentAnalyses {
  private readonly caches = new Map<string, AnalysisCache>();
  private readonly results = new Map<string, DocumentResult>();

  analyse(document: TextDocument, settings: ServerSettings, project: ProjectKnowledge): DocumentResult {
    return { version: document.version, findings: findDocumentFindings(document, settings, project, this.cacheFor(document.uri)) };
  }

  /** The same result as `analyse`, without blocking the message loop on a large file; undefined when cancelled. */
  async analyseInSlices(document: TextDocument, settings: ServerSettings, project: ProjectKnowledge, slicing: Slicing): Promise<DocumentResult | undefined> {
    const findings = await findDocumentFindingsInSlices(document, settings, project, this.cacheFor(document.uri), slicing);
    return findings && { version: document.version, findings };
  }

  /** True once a result was remembered for the document (previews are only worth showing before that). */
  hasResult(uri: string): boolean {
    return this.results.has(uri);
  }

  private cacheFor(uri: string): AnalysisCache {
    let cache = this.caches.get(uri);
    if (!cache) {
      cache = createAnalysisCache();
      this.caches.set(uri, cache);
    }
    return cache;
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
