/**
 * Pass one of the corpus-level consistency in `scan`: a name, place or organisation found confidently in one file is
 * flagged in every other file (passed to pass two as known forms).
 */
import type { KnownForm } from '../core';
import type { CorpusFile } from '../core/corpus-files';
import type { ScanPool } from '../core/parallel/pool';

/** The corpus's confirmed forms, and for each file the forms it confirmed itself (lower case). */
export interface CorpusForms {
  /** One list for every file (`AnalyzeOptions.corpusForms`). */
  forms: KnownForm[];
  /** What `file` leaves out of `forms` (`AnalyzeOptions.corpusFormsExcept`). */
  ownForms(file: CorpusFile): string[];
}

/**
 * Each file's confirmed forms come from the pool (computed where the file is analysed, so only the forms cross from a
 * worker); this thread only merges them and never loads the engine's lexicons. A file is not given its own forms
 * back, so its findings keep their own reasons (a speaker label stays one). Unreadable files are skipped silently
 * here; pass two reports them.
 */
export async function corpusKnownForms(files: readonly CorpusFile[], pool: ScanPool): Promise<CorpusForms> {
  if (files.length < 2) return { forms: [], ownForms: () => [] }; // within one file the engine already propagates confident forms
  const formsByFile = new Map<CorpusFile, KnownForm[]>();
  let index = 0;
  for await (const result of pool.confirmedForms(files.map((file) => file.absolutePath))) {
    const file = files[index++];
    if (result.ok) formsByFile.set(file, result.forms);
  }
  return {
    forms: mergeConfirmedForms([...formsByFile.values()]),
    ownForms: (file) => (formsByFile.get(file) ?? []).map((known) => known.form.toLocaleLowerCase()),
  };
}

/**
 * The corpus's forms from each file's `confirmedForms`, in file order: a form (in any case) is kept as the first file
 * that confirmed it spells it, at the surest confidence any file found it, and the list is sorted as `confirmedForms`
 * sorts it. Each file's forms already passed confirmedForms' filters, so this equals `confirmedForms` over all of them
 * taken as confident findings.
 */
export function mergeConfirmedForms(formsPerFile: readonly (readonly KnownForm[])[]): KnownForm[] {
  const byForm = new Map<string, KnownForm>();
  for (const forms of formsPerFile) {
    for (const known of forms) {
      const key = known.form.toLocaleLowerCase();
      const first = byForm.get(key);
      if (!first) byForm.set(key, known.confidence === undefined ? { form: known.form, type: known.type } : { form: known.form, type: known.type, confidence: known.confidence });
      else if (known.confidence !== undefined) first.confidence = Math.max(first.confidence ?? 0, known.confidence);
    }
  }
  return [...byForm.values()].sort((a, b) => a.form.localeCompare(b.form));
}
