/** The leak check with the engine: the key's forms, then what the engine still finds in a transcript. */
import * as path from 'node:path';
import { analyze } from '../analyze';
import { ignoreListOf, type Mapping } from '../mapping';
import { overlapsAny } from '../spans';
import { formatForPath } from '../transcript-format';
import type { Finding, Sensitivity } from '../types';
import type { ExportFs } from './export-fs';
import { createFormFinder, formLeaksInFile, listAllFiles, type FileLeakCheck, type FormFinder } from './leak-check';
import { lineAndColumnOf } from './text-positions';
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

/**
 * One checked file (`relativePath` inside the checked folder, `text` without its BOM): forms of the key in its name
 * and text, then, for a transcript, what the engine still finds. The export runs this on worker threads.
 */
export function leaksInFile(relativePath: string, text: string, finder: FormFinder, mapping: Mapping, check: FileLeakCheck): LeakHit[] {
  const { hits, spans: reported } = formLeaksInFile(relativePath, text, finder);
  if (!check.transcript) return hits;
  // A finding on a form already reported is the same leak; report it once.
  for (const finding of newEngineFindings(text, relativePath, mapping, check)) {
    if (overlapsAny(reported, finding.start, finding.end)) continue;
    hits.push({ file: relativePath, ...lineAndColumnOf(text, finding.start), offset: finding.start, what: `engine finding ${finding.type} (not in the key)` });
  }
  return hits;
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

