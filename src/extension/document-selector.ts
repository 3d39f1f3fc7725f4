/**
 * Turns the `transcriptRedactor.files.include` setting into the client's document selector. Kept free of `vscode`
 * so it can be unit tested: the returned filters are plain objects VS Code accepts as `DocumentFilter`s.
 */

export type DocumentFilterLike = { scheme: string; language: string } | { scheme: string; pattern: string };

/** Only real files and unsaved buffers: not git diffs, output channels or settings editors. */
const SCHEMES = ['file', 'untitled'] as const;

export const DEFAULT_INCLUDE: readonly string[] = ['transcript', 'plaintext', 'markdown', '*.vtt', '*.srt'];

/**
 * `transcript` is a language id; `*.vtt` and `**\/interviews/*.txt` are glob patterns (anything with `*`, `/` or `.`).
 * A pattern without a folder part matches that file name anywhere in the workspace.
 */
export function documentSelectorFor(include: readonly string[]): DocumentFilterLike[] {
  const filters: DocumentFilterLike[] = [];
  for (const raw of include) {
    const entry = raw.trim();
    if (!entry) continue;
    if (/[*/.?{[]/.test(entry)) {
      const pattern = entry.includes('/') ? entry : `**/${entry}`;
      filters.push({ scheme: 'file', pattern });
    } else {
      for (const scheme of SCHEMES) filters.push({ scheme, language: entry });
    }
  }
  return filters;
}
