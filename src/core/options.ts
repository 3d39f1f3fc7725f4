import type { AnalyzeOptions } from './types';

/** The project's "not an identifier" list, normalised for case-insensitive lookup. */
export function ignoredForms(options: AnalyzeOptions): Set<string> {
  return new Set((options.ignore ?? []).map((form) => form.trim().toLocaleLowerCase()));
}
