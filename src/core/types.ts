/** The kinds of identifier the engine reports. Stable strings: they are diagnostic codes and key types too. */
export const FINDING_TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'DATE', 'AGE', 'CONTACT', 'ID', 'OTHER'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export function isFindingType(value: unknown): value is FindingType {
  return typeof value === 'string' && (FINDING_TYPES as readonly string[]).includes(value);
}

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A span the engine thinks may identify someone. `text === source.slice(start, end)` always holds. */
export interface Finding extends Span {
  type: FindingType;
  /** 0..1: how sure the engine is that this span is an identifier. */
  confidence: number;
  /** Why it was flagged, for people: e.g. `capitalised, follows "my sister"`. */
  reason: string;
  text: string;
  /** Which detector produced it (a file name in src/core/detect). */
  detector: string;
}

/** A surface form the project already knows (from the key, or confirmed elsewhere in the corpus). */
export interface KnownForm {
  form: string;
  type: FindingType;
  /** How sure the finding that confirmed it elsewhere in the corpus was; absent for the key's forms (certain). */
  confidence?: number;
  /** The pseudonym token this form becomes, when the project key has one. */
  token?: string;
}

export type Sensitivity = 'high-recall' | 'balanced';

export type TranscriptFormat = 'plain' | 'markdown' | 'vtt' | 'srt';

export interface AnalyzeOptions {
  /** Forms to flag wherever they occur, in any case. */
  knownForms?: readonly KnownForm[];
  /**
   * Forms confirmed in the other files of a corpus, flagged like `knownForms` (on the same form, this entry wins), but
   * those in `corpusFormsExcept` (lower case): the text's own. One list for every file, so it is indexed once.
   */
  corpusForms?: readonly KnownForm[];
  corpusFormsExcept?: readonly string[];
  /** Forms never to flag (the project's "not an identifier" list); compared case-insensitively. */
  ignore?: readonly string[];
  /** `high-recall` (default) keeps low-confidence candidates; `balanced` drops them. */
  sensitivity?: Sensitivity;
  /** Only these types are reported (default: all). */
  enabledTypes?: readonly FindingType[];
  /** Overrides format sniffing; usually derived from the file extension. */
  format?: TranscriptFormat;
}
