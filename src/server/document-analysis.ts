/** Runs the engine over one open document and turns the result into diagnostics. */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzeOptions, type Finding } from '../core';
import { toDiagnostic } from './diagnostics';
import { formatForDocument } from './document-format';
import type { ServerSettings } from './settings';

/** What the project already knows (from the key): forms to flag everywhere and forms never to flag. */
export type ProjectKnowledge = Pick<AnalyzeOptions, 'knownForms' | 'ignore'>;

export interface DocumentFindings {
  findings: Finding[];
  /** Add to engine offsets to get document offsets (1 when a leading BOM was removed before analysis). */
  offset: number;
}

export function findDocumentFindings(document: TextDocument, settings: ServerSettings, project: ProjectKnowledge = {}): DocumentFindings {
  const raw = document.getText();
  const offset = raw.startsWith('\uFEFF') ? 1 : 0;
  const findings = analyze(offset ? raw.slice(1) : raw, {
    ...project,
    sensitivity: settings.sensitivity,
    enabledTypes: settings.enabledTypes,
    format: formatForDocument(document.uri, document.languageId),
  });
  return { findings, offset };
}

export function diagnosticsForDocument(document: TextDocument, settings: ServerSettings, project: ProjectKnowledge = {}): Diagnostic[] {
  const { findings, offset } = findDocumentFindings(document, settings, project);
  return findings.map((finding) => toDiagnostic(finding, document, settings.severity, offset));
}
