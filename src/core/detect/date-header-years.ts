/**
 * Years that name a folder or a program version in a coding export's headers, not an occasion: NVivo repeats the
 * source's path in every reference header (`<Files\\Entrevistas 2023\\E07_Rosangela> - § 2 references coded`), and
 * `MAXQDA 2022` is the program. The names inside the path (`E07_Rosangela`) are left to the other detectors.
 */
const SOURCE_PATH_BEFORE = /<(?:Files|Internals|Externals|Memos|Documents|Cases|Sources)\\[^>\n]*$/u;
const PROGRAM_BEFORE = /\b(?:MAXQDA|NVivo|ATLAS\.ti|Dedoose|QDA Miner)[ \t]+$/u;

export function isHeaderYear(text: string, start: number): boolean {
  // A header's path is short: read back at most a few hundred characters, never the whole of a long line.
  const window = text.slice(Math.max(0, start - 300), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return SOURCE_PATH_BEFORE.test(before) || PROGRAM_BEFORE.test(before);
}
