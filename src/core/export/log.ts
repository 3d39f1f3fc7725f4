import { FINDING_TYPES, type FindingType } from '../types';
import type { ExportedFile, LeakReport } from './types';

export const LOG_MARKDOWN = 'REDACTION-LOG.md';
export const LOG_CSV = 'redaction-log.csv';

/** Everything the log says about the run. Holds only redacted paths, counts, positions and tokens. */
export interface LogInput {
  date: Date;
  toolVersion: string;
  /** Already passed through the key: globs can contain names too. */
  settings: { label: string; value: string }[];
  keySummary: string;
  files: readonly ExportedFile[];
  leakReport: LeakReport;
  unresolvedPolicy: 'none found' | 'kept (--allow-unresolved)' | 'given new tokens or generalised (--redact-unresolved)';
}

export function renderLogMarkdown(input: LogInput): string {
  const replacements = sum(input.files.map((file) => file.replacements));
  const kept = sum(input.files.map((file) => file.unresolved.length));
  const lines = [
    '# Redaction log',
    '',
    'This folder is a de-identified copy of a transcript corpus, made by Transcript Redactor. Identifiers known to the',
    'project key were replaced by tokens such as `[PERSON_1]`; the key that links tokens to people was not copied.',
    '',
    `- Date: ${input.date.toISOString()}`,
    `- Tool: transcript-redactor ${input.toolVersion}`,
    ...input.settings.map((setting) => `- ${setting.label}: ${setting.value}`),
    `- Key: ${input.keySummary}`,
    `- Files exported: ${input.files.length}`,
    `- Replacements: ${replacements}${replacements ? ` (${byType(totalsByType(input.files))})` : ''}`,
    `- Unresolved findings: ${kept} kept; policy: ${input.unresolvedPolicy}`,
    `- Leak check: ${describeLeakReport(input.leakReport)}`,
    '',
    '## Files',
    '',
    '| File | Format | Replacements | By type | Tokens | Lines changed | Unresolved kept |',
    '| --- | --- | ---: | --- | --- | ---: | ---: |',
    ...input.files.map(
      (file) =>
        `| ${cell(file.outputPath)} | ${file.format} | ${file.replacements} | ${byType(file.replacementsByType) || '–'} | ` +
        `${file.tokens.join(' ') || '–'} | ${file.linesChanged} of ${file.linesTotal} | ${file.unresolved.length} |`,
    ),
  ];
  const withUnresolved = input.files.filter((file) => file.unresolved.length > 0);
  if (withUnresolved.length > 0) {
    lines.push('', '## Unresolved findings kept', '', 'Positions are line:column in the original file; the text is not recorded.', '');
    for (const file of withUnresolved) lines.push(`- ${cell(file.outputPath)}: ${positions(file)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderLogCsv(input: LogInput): string {
  const header = ['file', 'format', 'replacements', ...FINDING_TYPES, 'tokens', 'lines_changed', 'lines_total', 'unresolved_kept', 'unresolved_positions'];
  const rows = input.files.map((file) => [
    file.outputPath,
    file.format,
    String(file.replacements),
    ...FINDING_TYPES.map((type) => String(file.replacementsByType[type] ?? 0)),
    file.tokens.join(' '),
    String(file.linesChanged),
    String(file.linesTotal),
    String(file.unresolved.length),
    file.unresolved.map((finding) => `${finding.type}@${finding.line}:${finding.column}`).join(' '),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function describeLeakReport(report: LeakReport): string {
  if (report.hits.length > 0) return `FAILED: ${report.hits.length} possible leak(s)`;
  return (
    `passed: ${report.filesChecked} file(s) and their names searched for ${report.formsChecked} form(s) from the key ` +
    '(ignoring case and accents), and the transcripts re-analysed: nothing found'
  );
}

export function positions(file: ExportedFile): string {
  return file.unresolved.map((finding) => `${finding.type} at ${finding.line}:${finding.column} (${finding.length} characters)`).join('; ');
}

export function totalsByType(files: readonly ExportedFile[]): Partial<Record<FindingType, number>> {
  const totals: Partial<Record<FindingType, number>> = {};
  for (const file of files) {
    for (const [type, count] of Object.entries(file.replacementsByType) as [FindingType, number][]) totals[type] = (totals[type] ?? 0) + count;
  }
  return totals;
}

export function byType(counts: Partial<Record<FindingType, number>>): string {
  return FINDING_TYPES.filter((type) => counts[type]).map((type) => `${type} ${counts[type]}`).join(', ');
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function cell(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** Quotes when needed, and defuses cells a spreadsheet would run as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
