import { diffLines } from 'diff';
import { analyze } from '../analyze';
import { ignoreListOf, knownFormsOf, type Mapping } from '../mapping';
import { applyEdits, planRedactions, type Redaction, type TextEdit } from '../redact';
import type { Finding, FindingType, Sensitivity, TranscriptFormat } from '../types';
import { redactRelativePath } from './paths';
import { lineAndColumnOf, lineLocator } from './text-positions';

export { lineAndColumnOf, lineLocator };
import type { ExportedFile, UncoveredFinding, UnresolvedFinding } from './types';

/** One transcript's redacted copy, ready to write. Holds original text in memory only; never logged. */
export interface FilePlan {
  summary: ExportedFile;
  /** The redacted text, with the original's BOM put back. */
  output: string;
  /** Findings the key does not cover, with their text (kept in memory to tell accepted ones from new leaks). */
  unresolvedFindings: UncoveredFinding[];
  /** The edits applied, sorted: maps a position in the output back to the original. */
  edits: readonly TextEdit[];
}

export interface PlanFileInput {
  text: string;
  hadBom: boolean;
  relativePath: string;
  format: TranscriptFormat;
  mapping: Mapping;
  /** In-place generalisations (`[AGE 30-39]`) of findings the key does not hold; they win over key forms inside them. */
  generalisations?: readonly Redaction[];
  /** What the engine found that neither the key nor a generalisation covers (from unresolvedFindingsOf). */
  unresolved: readonly UncoveredFinding[];
}

/** The engine's view of the file with the key applied: what neither the key nor a generalisation covers. */
export function unresolvedFindingsOf(
  text: string,
  format: TranscriptFormat,
  mapping: Mapping,
  sensitivity: Sensitivity,
  generalisations: readonly Redaction[] = [],
): Finding[] {
  const edits = [...planRedactions(text, mapping, { format }), ...generalisations];
  const findings = analyze(text, { knownForms: knownFormsOf(mapping), ignore: ignoreListOf(mapping), format, sensitivity });
  return findings.filter((finding) => !isCovered(finding, edits, text));
}

export function planFile(input: PlanFileInput): FilePlan {
  const { text, format, mapping } = input;
  const generalisations = input.generalisations ?? [];
  const redactions = [
    ...planRedactions(text, mapping, { format }).filter((redaction) => !generalisations.some((other) => overlaps(redaction, other))),
    ...generalisations,
  ].sort((a, b) => a.start - b.start);
  const unresolvedFindings = [...input.unresolved];
  const redacted = applyEdits(text, redactions);

  const replacementsByType: Partial<Record<FindingType, number>> = {};
  for (const redaction of redactions) replacementsByType[redaction.type] = (replacementsByType[redaction.type] ?? 0) + 1;
  const tokens = [...new Set(redactions.map((redaction) => redaction.token))].sort(compareTokens);
  const locate = lineLocator(text);
  const unresolved: UnresolvedFinding[] = unresolvedFindings.map((finding) => ({
    type: finding.type,
    ...locate(finding.start),
    length: finding.end - finding.start,
  }));

  return {
    summary: {
      outputPath: redactRelativePath(input.relativePath, mapping),
      format,
      replacements: redactions.length,
      replacementsByType,
      tokens,
      unresolved,
      ...countChangedLines(text, redacted),
    },
    output: (input.hadBom ? '\uFEFF' : '') + redacted,
    unresolvedFindings,
    edits: redactions,
  };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A finding is covered when one replacement spans all of it; a partly covered finding still leaks its rest. */
/** A possessive ending left after a replaced form: `[ORGANIZATION_5]'s` names no one, so the form counts as covered. */
const POSSESSIVE_REST = /^['\u2019]s?$/i;

function isCovered(finding: Finding, redactions: readonly { start: number; end: number }[], text: string): boolean {
  return redactions.some(
    (redaction) =>
      redaction.start <= finding.start &&
      (finding.end <= redaction.end || (redaction.end > finding.start && POSSESSIVE_REST.test(text.slice(redaction.end, finding.end)))),
  );
}

/** The offset in the original text of `outputOffset` in the text that `edits` (sorted) produced; inside a token, its start. */
export function originalOffset(outputOffset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    const start = edit.start + shift;
    if (outputOffset < start) break;
    if (outputOffset < start + edit.newText.length) return edit.start;
    shift += edit.newText.length - (edit.end - edit.start);
  }
  return outputOffset - shift;
}


/** Changed lines per the `diff` package; a huge, heavily edited file falls back to a plain line-by-line count. */
function countChangedLines(before: string, after: string): { linesChanged: number; linesTotal: number } {
  const linesTotal = before === '' ? 0 : before.split('\n').length - (before.endsWith('\n') ? 1 : 0);
  if (before === after) return { linesChanged: 0, linesTotal };
  const changes = diffLines(before, after, { maxEditLength: 20000 });
  if (changes) {
    const linesChanged = changes.filter((change) => change.removed).reduce((sum, change) => sum + (change.count ?? 0), 0);
    return { linesChanged, linesTotal };
  }
  const beforeLines = before.split('\n');
  const afterLines = after.split('\n');
  let linesChanged = 0;
  for (let index = 0; index < beforeLines.length; index++) if (beforeLines[index] !== afterLines[index]) linesChanged++;
  return { linesChanged, linesTotal };
}

export function compareTokens(a: string, b: string): number {
  const [, typeA = a, numberA = '0'] = /^\[([A-Z]+)_(\d+)\]$/.exec(a) ?? [];
  const [, typeB = b, numberB = '0'] = /^\[([A-Z]+)_(\d+)\]$/.exec(b) ?? [];
  if (typeA === typeB && numberA === numberB) return a < b ? -1 : a > b ? 1 : 0;
  return typeA < typeB ? -1 : typeA > typeB ? 1 : Number(numberA) - Number(numberB);
}

