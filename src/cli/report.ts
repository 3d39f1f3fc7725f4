/**
 * How scan results are written: `jsonl` for programs (each file's lines come ready-made from the scan: see
 * src/core/finding-lines.ts), `text` for people (grouped by file, optional colour).
 */
import type { Finding } from '../core';
import type { CliIO } from './command';

export type ReportFormat = 'text' | 'jsonl';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'jsonl'];

export interface ScanSummary {
  findings: number;
  filesWithFindings: number;
  filesScanned: number;
  filesUnreadable: number;
  /** The project key applied, named in the text summary (its path and size only). */
  key?: { file?: string; entities: number };
}

export interface Reporter {
  /** Called once per scanned file, in order, with the file's text as analysed (BOM removed). */
  file(displayPath: string, text: string, findings: readonly Finding[]): void;
  end(summary: ScanSummary): void;
}

/** Colour only for a terminal, never when NO_COLOR is set to anything (https://no-color.org). */
export function colorWanted(io: CliIO, disabledByFlag: boolean): boolean {
  return !disabledByFlag && io.stdout.isTTY === true && !io.env.NO_COLOR;
}

const STYLES = { dim: [2, 22], bold: [1, 22], yellow: [33, 39], red: [31, 39], green: [32, 39] } as const;

/** The report for people: findings grouped by file, `file:line:col  TYPE  text  (reason, confidence)`, then a summary. */
export function textReporter(io: CliIO, color: boolean): Reporter {
  const paint = (style: keyof typeof STYLES, value: string): string =>
    color ? `\u001b[${STYLES[style][0]}m${value}\u001b[${STYLES[style][1]}m` : value;
  let printedAny = false;
  return {
    file(displayPath, text, findings) {
      if (findings.length === 0) return;
      if (printedAny) io.stdout.write('\n');
      printedAny = true;
      const locate = lineLocator(text);
      for (const finding of findings) {
        const { line, column } = locate(finding.start);
        const where = paint('dim', `${displayPath}:${line}:${column}`);
        const type = paint(finding.confidence >= 0.8 ? 'red' : 'yellow', finding.type.padEnd(12));
        const why = paint('dim', `(${finding.reason}, ${finding.confidence.toFixed(2)})`);
        io.stdout.write(`${where}  ${type}  ${paint('bold', visible(finding.text))}  ${why}\n`);
      }
    },
    end(summary) {
      if (printedAny) io.stdout.write('\n');
      const found = `${plural(summary.findings, 'finding')} in ${plural(summary.filesWithFindings, 'file')}`;
      const scanned = `${plural(summary.filesScanned, 'file')} scanned`;
      const unreadable = summary.filesUnreadable ? `, ${summary.filesUnreadable} could not be read (see the messages on stderr)` : '';
      const key = summary.key?.file ? `; project key ${summary.key.file} (${plural(summary.key.entities, 'entity').replace(/ys$/, 'ies')})` : '';
      io.stdout.write(`${paint(summary.findings ? 'yellow' : 'green', found)}; ${scanned}${unreadable}${key}\n`);
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Keeps one finding on one line: line breaks, tabs and other control characters are shown escaped. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (char) => JSON.stringify(char).slice(1, -1));
}

/** Maps an offset to a 1-based line and column (UTF-16 units, as editors count); \r\n, \n and \r end lines. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
