import { formMatchesByChunk, type FormMatchCache } from './chunk-form-matches';
import { chunkTexts, splitIntoChunks } from './chunks';
import { ageAnswersAcrossTurns, mentionsAgeQuestion } from './detect/age-answer';
import { agesAcrossCues } from './detect/age-across-cues';
import { anyChunkPasses, type ChunkGateCache } from './chunk-gates';
import { originAnswersAcrossTurns } from './detect/pattern-place-answers';
import { namesAfterCaptionBreaks } from './detect/person-across-captions';
import { nameAnswersAcrossTurns } from './detect/person-name-answers';
import { initialsStandingForPeople } from './detect/person-initials';
import { createNearSpellingCache, nearSpellingsByChunk, type NearSpellingCache } from './detect/person-near-spellings';
import { jobAnswersAcrossTurns } from './detect/quasi-job-answers';
import { communityRepeats } from './detect/quasi-community-repeats';
import { candidatesOfEach, type Candidate, type DetectionContext, type Detector } from './detect/detector';
import { DETECTORS } from './detect/registry';
import { readableLineNumberedText, type ReadableText } from './line-numbered';
import { ignoredForms } from './options';
import { documentStructure, type StructureCache } from './document-structure';
import { propagateWithinDocument, type DocumentViews } from './propagate';
import { parseLocalStructure, withDeclaredLabelCodes, type TranscriptStructure } from './transcript';
import { overlapsAny } from './spans';
import { sniffFormat } from './transcript-format';
import { withoutDeclaredLabelCodes } from './transcript-label-key';
import type { AnalyzeOptions, Finding, TranscriptFormat } from './types';

/** Findings below this confidence are dropped at the `balanced` sensitivity. */
export const BALANCED_MIN_CONFIDENCE = 0.5;

/**
 * Per-document memo of chunk results, keyed by chunk text. Pass the same cache on every keystroke and only the
 * chunks that changed are analysed again; the result is identical to a fresh analysis.
 */
export interface AnalysisCache {
  optionsKey?: string;
  chunks: Map<string, Finding[]>;
  /** Each chunk's matches of the document's propagated forms, for the document-level step. */
  formMatches: FormMatchCache;
  /** Each chunk's matches of the usernames derived from the people it names (person-handles.ts). */
  handleMatches: FormMatchCache;
  /** Each chunk's matches of the people and faith words the document ties to someone (quasi-community-repeats.ts). */
  communityMatches: FormMatchCache;
  /** Each chunk's own speaker labels and protected spans, for the document-level step. */
  structures: StructureCache;
  /** Each chunk's other spellings of the names the document gives (person-near-spellings.ts). */
  nearSpellings: NearSpellingCache;
  /** Each chunk's answer to the document-level step's cheap tests (chunk-gates.ts). */
  gates: ChunkGateCache;
}

export function createAnalysisCache(): AnalysisCache {
  return {
    chunks: new Map(),
    formMatches: { chunks: new Map() },
    handleMatches: { chunks: new Map() },
    communityMatches: { chunks: new Map() },
    structures: { chunks: new Map() },
    nearSpellings: createNearSpellingCache(),
    gates: new Map(),
  };
}

interface Ranked extends Candidate {
  detector: string;
  priority: number;
}

/**
 * Finds likely identifiers in `text`. Offsets are UTF-16 indices into `text` exactly as given
 * (callers strip a leading BOM first). Same text and options, same findings.
 */
export function analyze(
  text: string,
  options: AnalyzeOptions = {},
  cache: AnalysisCache = createAnalysisCache(),
  detectors: readonly Detector[] = DETECTORS,
): Finding[] {
  const readable = readableLineNumberedText(text);
  const steps = analysisSteps(readable.text, options, cache, detectors, BATCH_CHARS);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return withTextsOf(text, readable, step.value);
}

/**
 * Findings of the text as the detectors read it (a line-numbered transcript without its gutters and pause marks, see
 * line-numbered.ts) placed in the text as written, with its words.
 */
function withTextsOf(text: string, readable: ReadableText, findings: Finding[]): Finding[] {
  const offsets = readable.originalOffsets;
  if (!offsets) return findings;
  return findings.map((finding) => {
    const start = offsets[finding.start];
    const end = offsets[finding.end - 1] + 1;
    return { ...finding, start, end, text: text.slice(start, end) };
  });
}

export interface Slicing {
  /** Work at most about this long before letting the event loop run (default 15 ms). */
  sliceMs?: number;
  /** Checked after each pause: when true, the analysis stops and resolves to undefined. */
  isCancelled?: () => boolean;
  /**
   * Called at pauses, at most every `partialEveryMs` (default 250 ms), with the findings of the beginning of the
   * text analysed so far (before document-level propagation, which only adds findings): a preview for the editor.
   */
  onPartial?: (findings: Finding[]) => void;
  partialEveryMs?: number;
}

/**
 * `analyze` for an event loop that must stay responsive (the language server on a large file): the same findings,
 * computed in slices with a pause between them. Resolves to undefined when `isCancelled` says so.
 */
export async function analyzeInSlices(
  text: string,
  options: AnalyzeOptions = {},
  cache: AnalysisCache = createAnalysisCache(),
  slicing: Slicing = {},
  detectors: readonly Detector[] = DETECTORS,
): Promise<Finding[] | undefined> {
  const { sliceMs = 15, partialEveryMs = 250, isCancelled, onPartial } = slicing;
  const readable = readableLineNumberedText(text);
  const steps = analysisSteps(readable.text, options, cache, detectors, SLICED_BATCH_CHARS);
  let sliceStart = Date.now();
  let lastPartial = sliceStart;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return withTextsOf(text, readable, step.value);
    const now = Date.now();
    if (now - sliceStart < sliceMs) continue;
    if (onPartial && now - lastPartial >= partialEveryMs) {
      lastPartial = now;
      onPartial(withTextsOf(text, readable, finalize(step.value, options)));
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (isCancelled?.()) {
      steps.return([]);
      return undefined;
    }
    sliceStart = Date.now();
  }
}

/**
 * Chunks not in the cache are analysed in batches of about this much text, each detector over the whole batch in
 * turn: running one detector's regular expressions over many chunks in a row keeps their compiled code in the
 * processor's caches, and cut the detectors' time by about a third against every detector on one chunk at a time.
 * Findings do not change: a detector sees one chunk at a time either way.
 */
const BATCH_CHARS = 256 * 1024;
/** Smaller batches in the language server, whose analysis pauses between detectors (each pass stays short). */
const SLICED_BATCH_CHARS = 16 * 1024;

/**
 * The analysis, a batch of chunks at a time: yields the findings so far after each detector's pass over a batch of
 * chunks that were not in the cache, and returns the document's findings.
 */
function* analysisSteps(
  text: string,
  options: AnalyzeOptions,
  cache: AnalysisCache,
  detectors: readonly Detector[],
  batchChars: number,
): Generator<Finding[], Finding[]> {
  const format = options.format ?? sniffFormat(text);
  const chunkOptions: AnalyzeOptions = { ...options, format };
  const optionsKey = JSON.stringify(chunkOptions);
  if (cache.optionsKey !== optionsKey) {
    cache.chunks.clear();
    cache.optionsKey = optionsKey;
  }

  const used = new Map<string, Finding[]>();
  const findings: Finding[] = [];
  let finished = false;
  const chunks = chunkTexts(text, splitIntoChunks(text));
  try {
    for (let next = 0; next < chunks.length; ) {
      // The next run of chunks, holding at most batchChars of text not yet analysed (a repeated chunk counts once).
      // Known findings are taken now: another analysis sharing the cache may replace it while this one pauses.
      const batch: Array<{ start: number; text: string; known: Finding[] | undefined }> = [];
      const fresh = new Map<string, Finding[]>();
      let freshChars = 0;
      while (next < chunks.length && freshChars < batchChars) {
        const chunk = chunks[next++];
        const chunkText = chunk.text;
        const known = used.get(chunkText) ?? cache.chunks.get(chunkText);
        batch.push({ start: chunk.start, text: chunkText, known });
        if (known || fresh.has(chunkText)) continue;
        fresh.set(chunkText, []);
        freshChars += chunkText.length;
      }
      if (fresh.size > 0) {
        const passes = analyzeChunks(fresh, chunkOptions, detectors, localStructures(cache.structures, format));
        while (!passes.next().done) yield findings;
      }
      for (const chunk of batch) {
        const local = chunk.known ?? fresh.get(chunk.text)!;
        used.set(chunk.text, local);
        for (const finding of local) findings.push({ ...finding, start: finding.start + chunk.start, end: finding.end + chunk.start });
      }
      if (fresh.size > 0) yield findings;
    }
    finished = true;
  } finally {
    // Another analysis may have reset the cache for other options meanwhile: then these results do not belong in it.
    if (cache.optionsKey === optionsKey) {
      // Keep only what this version of the document uses, so the cache never outgrows the document;
      // a stopped analysis only adds what it found, for the next one to reuse.
      if (finished) cache.chunks = used;
      else for (const [chunkText, local] of used) cache.chunks.set(chunkText, local);
    }
  }

  const views: DocumentViews = {
    forms: (forms) => formMatchesByChunk(text, chunks, forms, cache.formMatches),
    handles: (handles) => formMatchesByChunk(text, chunks, handles, cache.handleMatches),
    communities: (words) => formMatchesByChunk(text, chunks, words, cache.communityMatches),
    structure: () => documentStructure(text, chunks, format, cache.structures),
    nearSpellings: (names) => nearSpellingsByChunk(chunks, names, cache.nearSpellings),
    anyChunk: (gate) => anyChunkPasses(chunks, gate, cache.gates),
  };
  return finalize(withDocumentLevelFindings(text, findings, chunkOptions, views), options);
}

/**
 * What only the whole document shows: a name at the start of a caption named by the caption before
 * (person-across-captions.ts), forms found confidently in one chunk, flagged in the others (propagate.ts),
 * initials standing for people it names (person-initials.ts), and ages and places of origin given as the answer to a
 * "How old...?" or "Where were you born?" asked in the turn before (a chunk ends at a blank line).
 */
function withDocumentLevelFindings(
  text: string,
  findings: Finding[],
  options: AnalyzeOptions,
  views: DocumentViews,
): Finding[] {
  const ignored = ignoredForms(options);
  // A name a caption break gives replaces the weaker finding inside it (`harjit` of `harjit singh`).
  const captionNames = namesAfterCaptionBreaks(text, findings).filter((name) => !ignored.has(name.text.toLocaleLowerCase()));
  const outranked = (finding: Finding): boolean => captionNames.some((name) => name.start < finding.end && finding.start < name.end);
  const afterBreaks = captionNames.length === 0 ? findings : withAdded(findings.filter((finding) => !outranked(finding)), captionNames, ignored);
  const spread = propagateWithinDocument(text, withAdded(afterBreaks, nameAnswersAcrossTurns(text, afterBreaks), ignored), options, views);
  const named = withAdded(spread, initialsStandingForPeople(text, spread), ignored);
  const propagated = withoutWordsOfIgnoredForms(text, withoutDeclaredLabelCodes(text, named), ignored);
  const answers = [
    ...ageAnswersAcrossTurns(text, propagated, views.anyChunk(mentionsAgeQuestion)),
    ...agesAcrossCues(text, propagated),
    ...originAnswersAcrossTurns(text, propagated),
    ...jobAnswersAcrossTurns(text, propagated),
  ];
  const answered = withAdded(propagated, answers, ignored);
  return withAdded(answered, communityRepeats(text, answered, views.communities, views.structure), ignored);
}

/** `findings` with the `added` ones that are not ignored forms, in order. */
function withAdded(findings: Finding[], added: Finding[], ignored: ReadonlySet<string>): Finding[] {
  const kept = added.filter((finding) => !ignored.has(finding.text.toLocaleLowerCase()));
  if (kept.length === 0) return findings;
  return [...findings, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Drops findings inside a place where an ignored form is written: a form spread from elsewhere ("Grant") is no
 * identifier inside "Keisha Grant" once the user has said that is none. Only the ignored forms that contain a
 * finding's text are checked, and only around that finding, so a long ignore list costs little on every edit.
 */
function withoutWordsOfIgnoredForms(text: string, findings: Finding[], ignored: ReadonlySet<string>): Finding[] {
  if (ignored.size === 0 || findings.length === 0) return findings;
  const containing = new Map<string, string[]>();
  const formsContaining = (word: string): string[] => {
    let forms = containing.get(word);
    if (!forms) {
      forms = [...ignored].filter((form) => form.length > word.length && form.includes(word));
      containing.set(word, forms);
    }
    return forms;
  };
  return findings.filter((finding) => {
    const word = finding.text.toLocaleLowerCase();
    for (const form of formsContaining(word)) {
      for (let offset = form.indexOf(word); offset >= 0; offset = form.indexOf(word, offset + 1)) {
        const start = finding.start - offset;
        if (start >= 0 && text.slice(start, start + form.length).toLocaleLowerCase() === form) return false;
      }
    }
    return true;
  });
}

/**
 * The memo of each chunk's own structure that the document-level step reads (document-structure.ts), for `format`:
 * the detectors' pass fills it, so a chunk is parsed once, not once for its detectors and again for the document.
 */
function localStructures(cache: StructureCache, format: TranscriptFormat): Map<string, TranscriptStructure> {
  if (cache.format !== format) {
    cache.format = format;
    cache.chunks = new Map();
  }
  return cache.chunks;
}

function localStructureOf(text: string, format: TranscriptFormat, memo: Map<string, TranscriptStructure>): TranscriptStructure {
  let structure = memo.get(text);
  if (!structure) {
    structure = parseLocalStructure(text, format);
    memo.set(text, structure);
  }
  return structure;
}

/**
 * Runs every detector over each chunk of `results` (keyed by chunk text; each entry filled with that chunk's
 * findings) and resolves overlaps, one detector over all the chunks at a time; yields after each detector.
 * Offsets are relative to each chunk.
 */
function* analyzeChunks(
  results: Map<string, Finding[]>,
  options: AnalyzeOptions,
  detectors: readonly Detector[],
  localStructures: Map<string, TranscriptStructure>,
): Generator<void, void> {
  const ignored = ignoredForms(options);
  const format = options.format ?? 'plain';
  const chunks = [...results.keys()].map((text) => ({
    context: { text, structure: withDeclaredLabelCodes(text, localStructureOf(text, format, localStructures)), options } as DetectionContext,
    candidates: [] as Ranked[],
    // Where the user said a form is not an identifier, the words inside it are not one either ("Grant" in an
    // ignored "Keisha Grant"): ignored candidates keep their spans so contained candidates can be dropped below.
    ignoredSpans: [] as Array<{ start: number; end: number }>,
  }));
  const contexts = chunks.map((chunk) => chunk.context);
  for (const detector of detectors) {
    const found = candidatesOfEach(detector, contexts);
    for (const [index, { context, candidates, ignoredSpans }] of chunks.entries()) {
      const { text, structure } = context;
      for (const candidate of found[index]) {
        if (candidate.end <= candidate.start || candidate.start < 0 || candidate.end > text.length) continue;
        if (overlapsAny(structure.protectedSpans, candidate.start, candidate.end)) continue;
        if (ignored.size > 0 && ignored.has(text.slice(candidate.start, candidate.end).toLocaleLowerCase())) {
          ignoredSpans.push(candidate);
          continue;
        }
        candidates.push({ ...candidate, detector: detector.id, priority: detector.priority });
      }
    }
    yield;
  }
  for (const { context, candidates, ignoredSpans } of chunks) {
    const { text } = context;
    const kept =
      ignoredSpans.length === 0
        ? candidates
        : candidates.filter((candidate) => !ignoredSpans.some((span) => span.start <= candidate.start && candidate.end <= span.end));
    results.set(
      text,
      resolveOverlaps(kept).map(({ start, end, type, confidence, reason, detector }) => ({
        start,
        end,
        type,
        confidence: Math.round(confidence * 100) / 100,
        reason,
        text: text.slice(start, end),
        detector,
      })),
    );
  }
}

/** Applies the caller's sensitivity and type filters; these never change what is cached. */
function finalize(findings: Finding[], options: AnalyzeOptions): Finding[] {
  const enabled = options.enabledTypes ? new Set(options.enabledTypes) : undefined;
  const minConfidence = options.sensitivity === 'balanced' ? BALANCED_MIN_CONFIDENCE : 0;
  return findings.filter((finding) => finding.confidence >= minConfidence && (!enabled || enabled.has(finding.type)));
}

/** A candidate inside a longer one at least this confident gives way to it, whatever the detectors' priorities. */
const CONTAINER_MIN_CONFIDENCE = 0.7;

/**
 * Keeps the best candidate of each overlapping group. First, a candidate strictly inside a longer, confident one gives
 * way (one span per identifier: "Maria Gonzalez" over the known form "Maria", "Waiharo Medical Centre" over "Waiharo"),
 * so no part of a longer name is left behind. Then higher priority wins, then longer, then more confident.
 */
function resolveOverlaps(candidates: Ranked[]): Ranked[] {
  const byStrength = dropContained(mostConfidentOfEachSpan(candidates)).sort(
    (a, b) =>
      b.priority - a.priority ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start ||
      a.detector.localeCompare(b.detector),
  );
  // `kept` stays sorted by start and non-overlapping, so each check is a binary search.
  const kept: Ranked[] = [];
  for (const candidate of byStrength) {
    if (overlapsAny(kept, candidate.start, candidate.end)) continue;
    kept.splice(insertionIndex(kept, candidate.start), 0, candidate);
  }
  return kept;
}

/**
 * Of candidates making the same claim (same span, same type), keeps the most confident: `named harjit` outweighs
 * harjit being a given name in lower-case text, whichever detector ranks higher, so its reason and confidence stand.
 */
function mostConfidentOfEachSpan(candidates: Ranked[]): Ranked[] {
  if (candidates.length < 2) return candidates;
  const best = new Map<string, Ranked>();
  for (const candidate of candidates) {
    const key = `${candidate.start}:${candidate.end}:${candidate.type}`;
    const kept = best.get(key);
    if (!kept || candidate.confidence > kept.confidence || (candidate.confidence === kept.confidence && candidate.priority > kept.priority)) {
      best.set(key, candidate);
    }
  }
  return best.size === candidates.length ? candidates : [...best.values()];
}

/** Removes candidates strictly inside a longer one that is confident (or at least as confident). One sweep by start. */
function dropContained(candidates: Ranked[]): Ranked[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  let widestConfident: Ranked | undefined;
  let widest: Ranked | undefined;
  const contains = (outer: Ranked | undefined, inner: Ranked): boolean =>
    !!outer && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
  return byStart.filter((candidate) => {
    const inside =
      contains(widestConfident, candidate) || (contains(widest, candidate) && widest!.confidence >= candidate.confidence);
    if (candidate.confidence >= CONTAINER_MIN_CONFIDENCE && (!widestConfident || candidate.end > widestConfident.end)) {
      widestConfident = candidate;
    }
    if (!widest || candidate.end > widest.end) widest = candidate;
    return !inside;
  });
}

function insertionIndex(sorted: readonly Ranked[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
