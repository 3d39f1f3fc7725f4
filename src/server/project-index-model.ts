/**
 * Builds the Identifiers view's data from analysed texts and the project key: every entity of the key and every
 * finding the key does not know yet, grouped by type → entity → occurrences, and a per-speaker summary of
 * quasi-identifiers. Pure: no LSP, no file system, so it is unit-tested on strings.
 *
 * The findings come from an analysis without the key, so they stay valid (and cached) when the key changes; the key
 * is applied here with the engine's own functions: `planRedactions` finds every form of every entity still in the
 * text (as the redaction commands and the export do), and `isIgnored` drops the "not an identifier" list.
 */
import { FINDING_TYPES, parseTranscript, type Finding, type FindingType, type TranscriptFormat } from '../core';
import { ENTITY_TOKEN, formKey, type Entity, type Mapping } from '../core/mapping';
import { planRedactions } from '../core/redact';
import { contentHash } from '../core/review-state';
import { REDACTION_TOKEN } from '../core/redaction-token';
import {
  QUASI_IDENTIFIER_TYPES,
  type IndexedEntity,
  type IndexedFile,
  type Occurrence,
  type ProjectIndex,
  type SpeakerProfile,
} from './project-index-protocol';

export interface AnalysedText {
  uri: string;
  relativePath: string;
  /** The text as the editor shows it, without a leading BOM. */
  text: string;
  /** The format the text was analysed as; undefined when the engine sniffed it. */
  format?: TranscriptFormat;
  /** Findings with offsets into `text`, from an analysis without the project key. */
  findings: readonly Finding[];
}

const EXCERPT_CHARS = 80;
/** Speaker labels for the people asking the questions: their mentions are not a participant's profile. */
const INTERVIEWER_LABEL = /^(?:interviewer|moderator|facilitator|researcher|int|iv|mod|fac|q|i)\.?$/i;

export function buildProjectIndex(folderUri: string, texts: readonly AnalysedText[], mapping: Mapping, problems: string[] = []): ProjectIndex {
  const byKey = new Map<string, IndexedEntity>();
  for (const entity of mapping.entities) {
    byKey.set(entity.token, {
      type: entity.type,
      token: entity.token,
      label: longest(entity.forms),
      forms: [...entity.forms],
      occurrences: [],
      remaining: 0,
    });
  }
  const speakers = new Map<string, SpeakerProfile>();
  const files: IndexedFile[] = [];
  const lookup = keyLookup(mapping);

  for (const analysed of texts) {
    const lines = lineStarts(analysed.text);
    const occurrenceAt = (start: number, end: number, state: Occurrence['state'], confidence?: number): Occurrence => {
      const { line, character } = position(lines, start);
      return {
        uri: analysed.uri,
        relativePath: analysed.relativePath,
        line,
        character,
        start,
        end,
        text: analysed.text.slice(start, end),
        excerpt: excerpt(analysed.text, lines, line, start, end),
        state,
        ...(confidence === undefined ? {} : { confidence }),
      };
    };

    const mentions: { type: FindingType; occurrence: Occurrence }[] = [];
    // Forms of the key's entities still in the text: what "Redact Everywhere" and the export would replace.
    const planned = planRedactions(analysed.text, mapping, analysed.format ? { format: analysed.format } : {});
    for (const redaction of planned) {
      const occurrence = occurrenceAt(redaction.start, redaction.end, 'finding');
      const node = byKey.get(redaction.token);
      if (!node) continue;
      node.occurrences.push(occurrence);
      node.remaining++;
      mentions.push({ type: redaction.type, occurrence });
    }
    const findings = analysed.findings.filter(
      (finding) => !lookup.ignored.has(formKey(finding.text)) && !planned.some((edit) => edit.start < finding.end && finding.start < edit.end),
    );
    for (const finding of findings) {
      const occurrence = occurrenceAt(finding.start, finding.end, 'finding', finding.confidence);
      const node = nodeForFinding(byKey, lookup, finding);
      node.occurrences.push(occurrence);
      node.remaining++;
      if (!node.forms.some((form) => formKey(form) === formKey(finding.text))) node.forms.push(finding.text);
      mentions.push({ type: finding.type, occurrence });
    }
    for (const token of tokensIn(analysed.text)) {
      const occurrence = occurrenceAt(token.start, token.end, 'redacted');
      mentions.push({ type: token.type, occurrence });
      if (!token.numbered) continue; // a generalisation such as [AGE 40-49] belongs to no entity
      let node = byKey.get(token.text);
      if (!node) {
        // A token the key no longer has (deleted by hand): still shown, so it can be checked.
        node = { type: token.type, token: token.text, label: token.text, forms: [], occurrences: [], remaining: 0 };
        byKey.set(token.text, node);
      }
      node.occurrences.push(occurrence);
    }
    addSpeakerMentions(speakers, analysed, mentions, lookup);
    files.push({
      uri: analysed.uri,
      relativePath: analysed.relativePath,
      hash: contentHash(analysed.text),
      findings: planned.length + findings.length,
    });
  }

  const typeOrder = (type: FindingType): number => FINDING_TYPES.indexOf(type);
  const entities = [...byKey.values()]
    .map((entity) => ({ ...entity, occurrences: entity.occurrences.sort(compareOccurrences) }))
    .sort(
      (a, b) =>
        typeOrder(a.type) - typeOrder(b.type) ||
        Number(b.remaining > 0) - Number(a.remaining > 0) ||
        a.label.localeCompare(b.label),
    );
  const speakerList = [...speakers.values()]
    .map((profile) => ({ ...profile, files: [...new Set(profile.files)].sort() }))
    .sort((a, b) => a.speaker.localeCompare(b.speaker));
  return {
    folderUri,
    files: files.sort((a, b) => a.relativePath.localeCompare(b.relativePath)),
    entities,
    speakers: speakerList,
    problems,
  };
}

/** The key's forms and ignore list by `formKey`, built once: looking them up per finding must not scan the key. */
interface KeyLookup {
  entityOf(text: string): Entity | undefined;
  ignored: ReadonlySet<string>;
}

function keyLookup(mapping: Mapping): KeyLookup {
  const byForm = new Map<string, Entity>();
  for (const entity of mapping.entities) for (const form of entity.forms) byForm.set(formKey(form), entity);
  return {
    entityOf: (text) => {
      const key = formKey(text);
      return key ? byForm.get(key) : undefined;
    },
    ignored: new Set(mapping.ignore.map(formKey).filter(Boolean)),
  };
}

/** The key's entity for a finding's text, or the group of same-text findings the key does not know yet. */
function nodeForFinding(byKey: Map<string, IndexedEntity>, lookup: KeyLookup, finding: Finding): IndexedEntity {
  const entity = lookup.entityOf(finding.text);
  if (entity) {
    const node = byKey.get(entity.token);
    if (node) return node;
  }
  const key = `${finding.type}\u0000${formKey(finding.text)}`;
  let node = byKey.get(key);
  if (!node) {
    node = { type: finding.type, label: finding.text.replace(/\s+/g, ' '), forms: [], occurrences: [], remaining: 0 };
    byKey.set(key, node);
  }
  return node;
}

interface TokenMatch {
  start: number;
  end: number;
  text: string;
  type: FindingType;
  /** `[PERSON_3]` (an entity's token) rather than a generalisation such as `[AGE 40-49]`. */
  numbered: boolean;
}

function tokensIn(text: string): TokenMatch[] {
  const found: TokenMatch[] = [];
  const pattern = new RegExp(REDACTION_TOKEN.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const type = /^\[([A-Z]+)/.exec(match[0])?.[1] as FindingType;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], type, numbered: ENTITY_TOKEN.test(match[0]) });
  }
  return found;
}

/** Files each quasi-identifier under the speaker whose turn it is in. Text before the first label has no speaker. */
function addSpeakerMentions(
  speakers: Map<string, SpeakerProfile>,
  analysed: AnalysedText,
  mentions: readonly { type: FindingType; occurrence: Occurrence }[],
  lookup: KeyLookup,
): void {
  const labels = speakerLabels(analysed);
  if (labels.length === 0) return;
  for (const { type, occurrence } of mentions) {
    if (!QUASI_IDENTIFIER_TYPES.includes(type)) continue;
    const label = speakerAt(labels, occurrence.start);
    if (!label || occurrence.start < label.end) continue; // before any label, or the label itself
    const name = label.name.replace(/\s+/g, ' ').trim();
    if (INTERVIEWER_LABEL.test(name)) continue;
    // One profile per person: `Maria Gonzalez:` and, once redacted, `[PERSON_1]:` are the same speaker.
    const token = ENTITY_TOKEN.test(name) ? name : lookup.entityOf(name)?.token;
    const key = token ?? (formKey(name) || name);
    let profile = speakers.get(key);
    if (!profile) {
      profile = { speaker: name, ...(token ? { token } : {}), files: [], mentions: [] };
      speakers.set(key, profile);
    } else if (profile.speaker === profile.token && name !== token) {
      profile.speaker = name; // prefer the name the researcher knows over the token
    }
    profile.files.push(analysed.relativePath);
    const said = occurrence.text.replace(/\s+/g, ' ');
    const existing = profile.mentions.find((mention) => mention.type === type && formKey(mention.text) === formKey(said));
    if (existing) existing.count++;
    else profile.mentions.push({ type, text: said, count: 1, first: occurrence });
  }
}

/** `[PERSON_3]:` at the start of a line: a speaker label already redacted, which the transcript parser skips. */
const TOKEN_SPEAKER_LINE = /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]+)?(?:\*\*)?(\[PERSON_[1-9]\d*\])(?:\*\*)?[ \t]*:/gm;

function speakerLabels(analysed: AnalysedText): { start: number; end: number; name: string }[] {
  const labels: { start: number; end: number; name: string }[] = parseTranscript(analysed.text, analysed.format).speakers;
  const pattern = new RegExp(TOKEN_SPEAKER_LINE.source, 'gm');
  for (let match = pattern.exec(analysed.text); match; match = pattern.exec(analysed.text)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].indexOf(name);
    labels.push({ start, end: start + name.length, name });
  }
  return labels.sort((a, b) => a.start - b.start);
}

/** The last speaker label starting at or before `offset`. */
function speakerAt<T extends { start: number }>(labels: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = labels.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const label = labels[middle] as T;
    if (label.start <= offset) {
      found = label;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) starts.push(index + 1);
    else if (char === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1);
  }
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; character: number } {
  let line = 0;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= offset) {
      line = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return { line, character: offset - (starts[line] ?? 0) };
}

/** The line around an occurrence, cut to about EXCERPT_CHARS with the occurrence kept in view. */
function excerpt(text: string, starts: readonly number[], line: number, start: number, end: number): string {
  const lineStart = starts[line] ?? 0;
  const lineEnd = (starts[line + 1] ?? text.length + 1) - 1;
  const full = text.slice(lineStart, Math.max(lineStart, lineEnd)).replace(/\r$/, '');
  if (full.length <= EXCERPT_CHARS) return full.trim();
  const middle = Math.floor((start + end) / 2) - lineStart;
  const from = Math.max(0, Math.min(full.length - EXCERPT_CHARS, middle - EXCERPT_CHARS / 2));
  const cut = full.slice(from, from + EXCERPT_CHARS).trim();
  return `${from > 0 ? '…' : ''}${cut}${from + EXCERPT_CHARS < full.length ? '…' : ''}`;
}

function longest(forms: readonly string[]): string {
  return forms.reduce((best, form) => (form.length > best.length ? form : best), forms[0] ?? '');
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.relativePath.localeCompare(b.relativePath) || a.start - b.start;
}
