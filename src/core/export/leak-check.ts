import * as path from 'node:path';
import { analyze } from '../analyze';
import { FormMatcher, formMatchKey } from '../form-matcher';
import { ignoreListOf, type Mapping } from '../mapping';
import type { Finding, Sensitivity, TranscriptFormat } from '../types';
import { untouchableSpans } from '../redact';
import { formatForPath, mergeSpans, overlapsAny } from '../transcript';
import type { ExportFs } from './export-fs';
import { foldText, foldWithOffsets } from './fold';
import { asWords, maskBareTokens } from './paths';
import { lineAndColumnOf } from './plan';
import type { LeakHit, LeakReport } from './types';

export interface LeakCheckOptions {
  /** Relative paths (`/`-separated) of files to re-analyse with the engine; the other files get the form search only. */
  transcripts: ReadonlySet<string>;
  /** Per transcript, the texts of findings the user chose to keep (`--allow-unresolved`); the engine may find these. */
  accepted?: ReadonlyMap<string, readonly string[]>;
  sensitivity: Sensitivity;
}

/**
 * Searches every file under `folder` (and every file and folder name) for every form in the key, ignoring case and
 * accents and respecting word boundaries, and re-analyses transcripts with the engine. Hits say where and what
 * leaked (`a form of [PERSON_1]`), never the text itself.
 */
export async function checkFolderForLeaks(folder: string, mapping: Mapping, fs: ExportFs, options: LeakCheckOptions): Promise<LeakReport> {
  const finder = createFormFinder(mapping);
  const hits: LeakHit[] = [];
  const files = await listAllFiles(folder, fs);
  for (const relativePath of files) {
    const text = (await fs.readFile(path.join(folder, ...relativePath.split('/')), 'utf8')).replace(/^\uFEFF/, '');
    const transcript = options.transcripts.has(relativePath);
    hits.push(...leaksInFile(relativePath, text, finder, mapping, { transcript, accepted: options.accepted?.get(relativePath), sensitivity: options.sensitivity }));
  }
  return { filesChecked: files.length, formsChecked: finder.formCount, hits };
}

export interface FileLeakCheck {
  /** Re-analyse with the engine too (a transcript), not only search for the key's forms. */
  transcript: boolean;
  /** Texts of findings the user chose to keep (`--allow-unresolved`); the engine may find these. */
  accepted?: readonly string[];
  sensitivity: Sensitivity;
}

/**
 * One checked file (`relativePath` inside the checked folder, `text` without its BOM): forms of the key in its name
 * and text, then, for a transcript, what the engine still finds. The export runs this on worker threads.
 */
export function leaksInFile(relativePath: string, text: string, finder: FormFinder, mapping: Mapping, check: FileLeakCheck): LeakHit[] {
  const hits: LeakHit[] = [];
  for (const what of finder.inPath(relativePath)) hits.push({ file: relativePath, line: 0, column: 0, what: `${what} in the file or folder name` });
  const formHits = finder.inText(text, formatForPath(relativePath));
  for (const { line, column, what, start } of formHits) hits.push({ file: relativePath, line, column, offset: start, what });
  if (!check.transcript) return hits;
  // A finding on a form already reported is the same leak; report it once.
  const reported = mergeSpans(formHits);
  for (const finding of newEngineFindings(text, relativePath, mapping, check)) {
    if (overlapsAny(reported, finding.start, finding.end)) continue;
    hits.push({ file: relativePath, ...lineAndColumnOf(text, finding.start), offset: finding.start, what: `engine finding ${finding.type} (not in the key)` });
  }
  return hits;
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

/** What the engine still finds in an exported transcript, minus the findings the user chose to keep. */
function newEngineFindings(text: string, relativePath: string, mapping: Mapping, check: FileLeakCheck): Finding[] {
  const accepted = (check.accepted ?? []).map((kept) => kept.toLocaleLowerCase());
  const findings = analyze(text, { ignore: ignoreListOf(mapping), format: formatForPath(relativePath), sensitivity: check.sensitivity });
  return findings.filter((finding) => {
    const found = finding.text.toLocaleLowerCase();
    return !accepted.some((kept) => kept.includes(found) || found.includes(kept));
  });
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
