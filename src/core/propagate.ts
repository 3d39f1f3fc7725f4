import { isSentenceStart } from './detect/capitalised';
import { PET_NAME_REASON } from './detect/quasi';
import { CONNECTORS, DETERMINER_BEFORE, NEVER_NAMES, OPENERS, TITLES } from './detect/lexicon/cues';
import { isCommonWord } from './detect/lexicon/english-words';
import { ignoredForms } from './options';
import { FormIndex } from './form-index';
import { overlapsAny, parseTranscript } from './transcript';
import type { AnalyzeOptions, Finding, FindingType, TranscriptFormat } from './types';

/** A name, place or organisation found at least this confidently is flagged wherever else it appears in the document. */
export const PROPAGATION_MIN_CONFIDENCE = 0.75;
const PROPAGATED_TYPES: ReadonlySet<FindingType> = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);

/**
 * Document-level consistency: a form found confidently in one paragraph is flagged in every other paragraph,
 * even where no local cue points at it ("Aroha" introduced as a name, later alone in a sentence).
 * Single-word forms only match where capitalised (or all caps), so a confident "Will" does not flag every "will";
 * multi-word forms match in any case.
 */
export function propagateWithinDocument(
  text: string,
  findings: Finding[],
  options: AnalyzeOptions,
  format: TranscriptFormat,
): Finding[] {
  const sources = new Map<string, Finding>();
  const addSource = (key: string, finding: Finding): void => {
    const best = sources.get(key);
    if (!best || finding.confidence > best.confidence) sources.set(key, finding);
  };
  for (const finding of findings) {
    // A pet named once by its cue ("our dog Biscuit") is the same pet later ("she takes Biscuit out").
    const petName = finding.type === 'OTHER' && finding.reason === PET_NAME_REASON && /^[\p{Lu}\p{Lt}]/u.test(finding.text);
    if (!petName && (!PROPAGATED_TYPES.has(finding.type) || finding.confidence < PROPAGATION_MIN_CONFIDENCE)) continue;
    addSource(finding.text.toLocaleLowerCase(), finding);
  }
  // Parts of a full name stand for the person too: "Mark Tellez" early on makes a later "Tellez" (or "Mark") a name.
  const nameParts = new Set<string>();
  for (const finding of [...sources.values()]) {
    if (finding.type !== 'PERSON') continue;
    for (const part of distinctiveNameParts(finding.text)) {
      const key = part.toLocaleLowerCase();
      if (sources.has(key)) continue;
      nameParts.add(key);
      addSource(key, { ...finding, text: part, confidence: Math.min(finding.confidence, 0.8) });
    }
  }
  // A given name that is also a word (`Rose Gallacher`, `Penny Rowlands`) stands for the person where it is
  // capitalised as a name: "Rose, can you log that", "Penny will kill me". Only a speaker label or a full name with a
  // distinctive part vouches for it, since a heading ("Housing Pathways") is no evidence of a person.
  const wordParts = new Set<string>();
  for (const finding of [...sources.values()]) {
    if (finding.type !== 'PERSON' || finding.confidence < WORD_PART_MIN_CONFIDENCE) continue;
    const parts = finding.text.split(/\s+/);
    if (parts.length < 2 || (finding.detector !== 'speaker-labels' && distinctiveNameParts(finding.text).length === 0)) continue;
    for (const part of parts) {
      const key = part.toLocaleLowerCase();
      if (sources.has(key) || !/^[\p{Lu}\p{Lt}][\p{Ll}'’-]+$/u.test(part) || !isWordPart(key)) continue;
      wordParts.add(key);
      addSource(key, { ...finding, text: part, confidence: 0.75 });
    }
  }
  if (sources.size === 0) return findings;

  const occupied = findings; // already sorted by start and non-overlapping
  const added: Finding[] = [];
  const ignored = ignoredForms(options);
  let protectedSpans: ReturnType<typeof parseTranscript>['protectedSpans'] | undefined;

  for (const { start, end, key } of new FormIndex(sources.keys()).matches(text)) {
    const matched = text.slice(start, end);
    const source = sources.get(key);
    if (!source || ignored.has(key)) continue;
    if (!/\s/.test(matched) && !/^[\p{Lu}\p{Lt}]/u.test(matched) && !matchesInLowerCase(key)) continue;
    if (wordParts.has(key) && !usedAsName(text, start, end)) continue;
    // Matches of one global regex never overlap each other, so only earlier findings need checking.
    if (overlapsAny(occupied, start, end)) continue;
    protectedSpans ??= parseTranscript(text, format).protectedSpans;
    if (overlapsAny(protectedSpans, start, end)) continue;
    added.push({
      start,
      end,
      type: source.type,
      confidence: Math.min(source.confidence, 0.9),
      reason: wordParts.has(key)
        ? 'given name of a person named in full in this transcript'
        : nameParts.has(key)
        ? 'part of a likely person name elsewhere in this transcript'
        : source.reason === PET_NAME_REASON
        ? 'same name as a pet or boat elsewhere in this transcript'
        : `same form as a likely ${source.type.toLowerCase()} elsewhere in this transcript`,
      text: matched,
      detector: 'propagate',
    });
  }
  if (added.length === 0) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

const WORD_PART_MIN_CONFIDENCE = 0.85;

/**
 * A single-word form that is no English word stands for the same name written in lower case (`Chantal Bergeron` as a
 * voice tag, `i'm chantal` in the automatic caption under it; `my son yusuf` found by its cue, `yusuf` later). One that
 * is also a word (`Hope`, `Will`) matches only where capitalised, or every "hope" would be flagged.
 */
function matchesInLowerCase(key: string): boolean {
  return key.length >= 3 && !isCommonWord(key);
}
/** Words that, right after a sentence-initial capitalised word, show it is a verb or a noun (`May I`, `Will you`). */
const NOT_AFTER_NAME = /^\s+(?:i|you|we|he|she|they|it|me|us|him|them|this|that|these|those|there|the|a|an|my|your|our|his|her|their|its)\b/i;

function isWordPart(lower: string): boolean {
  return lower.length > 1 && !TITLES.has(lower) && !CONNECTORS.has(lower) && !NEVER_NAMES.has(lower) && !OPENERS.has(lower) && isCommonWord(lower);
}

/**
 * True when a capitalised ordinary word is used as a name: not after a determiner (`the Rose and Crown`), not
 * followed by another capitalised word (a different name), and at a sentence start only when what follows is not
 * a pronoun or article (`May I ask`, `Will you`).
 */
function usedAsName(text: string, start: number, end: number): boolean {
  if (!/^[\p{Lu}\p{Lt}][\p{Ll}'’-]/u.test(text.slice(start, end))) return false;
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const after = text.slice(end, end + 20);
  if (/^ [\p{Lu}\p{Lt}]/u.test(after)) return false;
  return !isSentenceStart(text, start) || !NOT_AFTER_NAME.test(after);
}

/** Capitalised parts of a multi-word name that are neither titles, connectors nor ordinary English words. */
function distinctiveNameParts(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  return parts.filter((part) => {
    const lower = part.toLocaleLowerCase().replace(/\.$/, '');
    return /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]+$/u.test(part) && !TITLES.has(lower) && !CONNECTORS.has(lower) && !isCommonWord(lower);
  });
}
