/** Turns engine findings into LSP diagnostics: ranges from UTF-16 offsets, stable source and code, severity by confidence. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, FindingType } from '../core';
import { DIAGNOSTIC_SOURCE, type FindingData } from './protocol';
import type { SeverityThresholds } from './settings';

/** How each type reads in a message: `Likely person name (speaker label that is a name)`. */
export const TYPE_LABELS: Record<FindingType, string> = {
  PERSON: 'person name',
  LOCATION: 'location',
  ORGANIZATION: 'organisation',
  DATE: 'date',
  AGE: 'age',
  CONTACT: 'contact detail',
  ID: 'identifying number',
  OTHER: 'identifier',
};

export function severityFor(confidence: number, thresholds: SeverityThresholds): DiagnosticSeverity {
  if (confidence >= thresholds.warning) return DiagnosticSeverity.Warning;
  if (confidence >= thresholds.information) return DiagnosticSeverity.Information;
  return DiagnosticSeverity.Hint;
}

export function messageFor(finding: Pick<Finding, 'type' | 'reason'>): string {
  return `Likely ${TYPE_LABELS[finding.type]} (${finding.reason})`;
}

/** `finding` carries offsets into the document's text. */
export function toDiagnostic(finding: Finding, document: TextDocument, thresholds: SeverityThresholds): Diagnostic {
  const data: FindingData = {
    type: finding.type,
    text: finding.text,
    confidence: finding.confidence,
    reason: finding.reason,
    detector: finding.detector,
    version: document.version,
  };
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: severityFor(finding.confidence, thresholds),
    source: DIAGNOSTIC_SOURCE,
    code: finding.type,
    message: messageFor(finding),
    data,
  };
}
