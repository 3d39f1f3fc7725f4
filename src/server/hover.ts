/** Hovers: on a finding, what it is and why; on an existing redaction token, what it stands for (its type only). */
import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isFindingType, type Finding } from '../core/types';
import { REDACTION_TOKEN } from '../core/redaction-token';
import { TYPE_LABELS } from './diagnostics';

/** Optional extra line for a finding, e.g. the token it would become (supplied once the project key is known). */
export type FindingHoverDetail = (finding: Finding) => string | undefined;

export function hoverAt(
  document: TextDocument,
  position: Position,
  findings: readonly Finding[],
  detail: FindingHoverDetail = () => undefined,
): Hover | undefined {
  const offset = document.offsetAt(position);
  const finding = findings.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (finding) {
    const lines = [`Why: ${finding.reason}`, `Confidence: ${Math.round(finding.confidence * 100)}%`];
    const extra = detail(finding);
    if (extra) lines.push(extra);
    // Two trailing spaces make a markdown line break.
    const value = `**Likely ${TYPE_LABELS[finding.type]}** · \`${finding.type}\`\n\n${lines.join('  \n')}`;
    return {
      contents: { kind: 'markdown', value },
      range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    };
  }
  return tokenHover(document, position);
}

function tokenHover(document: TextDocument, position: Position): Hover | undefined {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  const pattern = new RegExp(REDACTION_TOKEN.source, 'g');
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const start = match.index;
    const end = start + match[0].length;
    if (position.character < start || position.character >= end) continue;
    const parsed = /^\[([A-Z]+)(?:_(\d+)|[ :](.*))\]$/.exec(match[0]);
    if (!parsed || !isFindingType(parsed[1])) return undefined;
    const label = TYPE_LABELS[parsed[1]];
    const value = parsed[2]
      ? `**Redaction token** · \`${parsed[1]}\`\n\nPseudonym (${label}) from the project key.`
      : `**Generalised ${label}** · \`${parsed[1]}\`\n\nReplaced by a less specific value: ${parsed[3]}.`;
    return {
      contents: { kind: 'markdown', value },
      range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } },
    };
  }
  return undefined;
}
