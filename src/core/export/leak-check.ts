import * as path from 'node:path';
import { FormMatcher, formMatchKey } from '../form-matcher';
import type { Mapping } from '../mapping';
import type { Sensitivity, Span, TranscriptFormat } from '../types';
import { untouchableSpans } from '../redact';
import { mergeSpans, overlapsAny } from '../spans';
import { formatForPath } from '../transcript-format';
import type { ExportFs } from './export-fs';
import { foldText, foldWithOffsets } from './fold';
import { asWords, maskBareTokens } from './paths';
import { lineAndColumnOf } from './text-positions';
import type { LeakHit } from './types';

export interface FileLeakCheck {
  /** Re-analyse with the engine too (a transcript), not only search for the key's forms. */
  transcript: boolean;
  /** Texts of findings the user chose to keep (`--allow-unresolved`); the engine may find these. */
  accepted?: readonly string[];
  sensitivity: Sensitivity;
}

/**
 * The key's forms in one checked file's name and text (`relativePath` inside the checked folder, `text` without its
 * BOM), with the offsets of the text hits. No engine: the export's main thread runs this on its logs.
 */
export function formLeaksInFile(relativePath: string, text: string, finder: FormFinder): { hits: LeakHit[]; spans: Span[] } {
  const hits: LeakHit[] = [];
  for (const what of finder.inPath(relativePath)) hits.push({ file: relativePath, line: 0, column: 0, what: `${what} in the file or folder name` });
  const formHits = finder.inText(text, formatForPath(relativePath));
  for (const { line, column, what, start } of formHits) hits.push({ file: relativePath, line, column, offset: start, what });
  return { hits, spans: mergeSpans(formHits) };
}

interface TextHit {
  /** Offsets into the text searched. */
  start: number;
  end: number;
  line: number;
  column: number;
  what: string;
}

export interface FormFinder {
  formCount: number;
  /** Hits in `text`, skipping tokens and (for `.vtt`/`.srt`) cue timings and numbers, which redaction leaves alone too. */
  inText(text: string, format?: TranscriptFormat): TextHit[];
  /** Descriptions of the forms found in a `/`-separated path. */
  inPath(relativePath: string): string[];
}

export function createFormFinder(mapping: Mapping): FormFinder {
  const tokenByKey = new Map<string, string>();
  const forms: string[] = [];
  for (const entity of mapping.entities) {
    for (const form of entity.forms) {
      const folded = foldText(form);
      forms.push(folded);
      tokenByKey.set(formMatchKey(folded), entity.token);
    }
  }
  const matcher = forms.length > 0 ? new FormMatcher(forms) : undefined;
  const describe = (key: string): string => {
    const token = tokenByKey.get(key);
    return token ? `a form of ${token}` : 'a variant of a form in the key';
  };

  return {
    formCount: forms.length,
    inText(text, format = 'plain') {
      if (!matcher) return [];
      const tokens = untouchableSpans(text, format);
      const folded = foldWithOffsets(text);
      const hits: TextHit[] = [];
      for (const hit of matcher.matches(folded.text)) {
        const start = folded.offsets[hit.start];
        const end = folded.offsets[hit.end];
        if (overlapsAny(tokens, start, end)) continue;
        hits.push({ start, end, ...lineAndColumnOf(text, start), what: describe(hit.key) });
      }
      return hits;
    },
    inPath(relativePath) {
      if (!matcher) return [];
      return matcher.matches(foldText(asWords(maskBareTokens(relativePath)))).map((hit) => describe(hit.key));
    },
  };
}

/** Every file under `folder`, as sorted `/`-separated relative paths. */
export async function listAllFiles(folder: string, fs: ExportFs, relativeFolder = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(folder, ...relativeFolder.split('/').filter(Boolean)), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const relativePath = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listAllFiles(folder, fs, relativePath)));
    else files.push(relativePath);
  }
  return files;
}
