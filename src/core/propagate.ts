import { isSentenceStart } from './detect/capitalised';
import { isCalendarWordInUse } from './detect/person-calendar';
import { scriptGlossesOfPeople } from './detect/person-script-glosses';
import { handlesOfPeople } from './detect/person-handles';
import { nearSpellingsOfPeople, type NearSpelling } from './detect/person-near-spellings';
import { LOWER_CASE_GIVEN_NAME_REASON } from './detect/person-lower-case-given';
import { recurringWordLabels } from './detect/person-recurring-labels';
import { CHAT_MESSAGE_PREFIX, SPEAKER_PREFIX } from './detect/person-context';
import { PET_NAME_REASON } from './detect/quasi';
import { CONDITION_LETTERS_REASON } from './detect/quasi-condition-acronyms';
import { CONNECTORS, DETERMINER_BEFORE, isTitleWord, NEVER_NAMES, NEWBORN_TITLE, OPENERS, TITLES } from './detect/lexicon/cues';
import { WORD_NAMES } from './detect/lexicon/compromise-lexicon';
import { isCommonWord } from './detect/lexicon/english-words';
import { isOrdinaryWord } from './detect/lexicon/foreign-words';
import { FOREIGN_FUNCTION_WORDS } from './detect/lexicon/function-words';
import { isGivenName, LOWER_CASE_RELATIVE_NAME_REASON, NAME_ONLY_HONORIFICS } from './detect/lower-case-entities';
import { ignoredForms } from './options';
import type { FormMatch } from './form-index';
import { escapeRegExp } from './text';
import { type TranscriptStructure } from './transcript';
import { overlapsAny } from './spans';
import { memoOfString } from './string-memo';
import type { AnalyzeOptions, Finding, FindingType } from './types';

/** A name, place or organisation found at least this confidently is flagged wherever else it appears in the document. */
export const PROPAGATION_MIN_CONFIDENCE = 0.75;
const PROPAGATED_TYPES: ReadonlySet<FindingType> = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);

/** The whole-word matches of the forms (lower case) in the document, as `FormIndex.matches` finds them. */
export type FormMatcher = (forms: string[]) => FormMatch[];

/**
 * What the document-level step reads of the whole document. analyze.ts makes each reuse the work of unchanged chunks
 * (chunk-form-matches.ts, document-structure.ts), so typing does not redo it for the whole text.
 */
export interface DocumentViews {
  /** Matches of the propagated forms. */
  forms: FormMatcher;
  /** Matches of the usernames of the people the document names. */
  handles: FormMatcher;
  /** Matches of the people and faith words the document ties to someone (quasi-community-repeats.ts). */
  communities: FormMatcher;
  /** The document's speaker labels and protected spans, as `parseTranscript` finds them. */
  structure: () => TranscriptStructure;
  /** The words that spell one of these names (lower case) another way. */
  nearSpellings: (names: readonly string[]) => NearSpelling[];
  /** Whether any chunk passes the gate (the same function each time), asking only the chunks that changed. */
  anyChunk: (gate: (chunkText: string) => boolean) => boolean;
}

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
  views: DocumentViews,
): Finding[] {
  const propagated = propagateForms(text, withRecurringWordLabels(text, findings, options), options, views);
  // The same person's name in another script beside it (`Annie Akavak, ᐊᓂ ᐊᑲᕙᒃ`), a researcher's username or
  // signing initials (`mcunha`, `Memo (MC, …)` for Mariana Cunha), and a name spelt another way (`Harjit`, `harjeet`). Initials a document gives are read later, in
  // analyze.ts's document-level step.
  const ignored = ignoredForms(options);
  const more = [
    ...scriptGlossesOfPeople(text, propagated),
    ...handlesOfPeople(text, propagated, views.handles),
    ...nearSpellingsOfPeople(text, propagated, views.nearSpellings),
  ]
    .filter((finding) => !ignored.has(finding.text.toLocaleLowerCase()));
  if (more.length === 0) return propagated;
  const kept = more.filter((finding, index) => !more.some((other, at) => at < index && other.start < finding.end && other.end > finding.start));
  // Only a lower-case given name found alone can overlap one of these (nearSpellingsOfPeople looks past it): replaced.
  const replaced = (finding: Finding): boolean =>
    finding.reason === LOWER_CASE_GIVEN_NAME_REASON && kept.some((other) => other.start < finding.end && other.end > finding.start);
  return [...propagated.filter((finding) => !replaced(finding)), ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `findings` with the speakers' names that are also words (`Mere:` on turn after turn), so they spread like any label. */
function withRecurringWordLabels(text: string, findings: Finding[], options: AnalyzeOptions): Finding[] {
  const ignored = ignoredForms(options);
  const labels = recurringWordLabels(text, findings).filter(
    (label) => !ignored.has(label.text.toLocaleLowerCase()) && !overlapsAny(findings, label.start, label.end),
  );
  if (labels.length === 0) return findings;
  return [...findings, ...labels].sort((a, b) => a.start - b.start || a.end - b.end);
}

function propagateForms(
  text: string,
  findings: Finding[],
  options: AnalyzeOptions,
  views: DocumentViews,
): Finding[] {
  let structure: TranscriptStructure | undefined;
  const structureOf = (): TranscriptStructure => (structure ??= views.structure());
  const sources = new Map<string, Finding>();
  const addSource = (key: string, finding: Finding): void => {
    const best = sources.get(key);
    if (!best || finding.confidence > best.confidence) sources.set(key, finding);
  };
  for (const finding of findings) {
    // A pet named once by its cue ("our dog Biscuit") is the same pet later ("she takes Biscuit out"); so are a rare
    // condition's letters explained once ("HHT, hereditary haemorrhagic telangiectasia") and said alone later.
    const petName = finding.type === 'OTHER' && (finding.reason === PET_NAME_REASON || finding.reason === CONDITION_LETTERS_REASON) && /^[\p{Lu}\p{Lt}]/u.test(finding.text);
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
  // A long given name's clippings stand for the person too: `Chukwudi Eze` … `Chuk`, `Ketevan` … `Keti`, `Kevin` … `kev`.
  const clippings = new Set<string>();
  const wordClippings = new Set<string>();
  for (const finding of [...sources.values()]) {
    if (finding.type !== 'PERSON') continue;
    for (const clipping of clippingsOf(finding.text)) {
      if (sources.has(clipping)) continue;
      clippings.add(clipping);
      if (isCommonWord(clipping)) wordClippings.add(clipping);
      addSource(clipping, { ...finding, text: clipping, confidence: Math.min(finding.confidence, 0.8) });
    }
  }
  // A given name that is also a word (`Rose Gallacher`, `Penny Rowlands`) stands for the person where it is
  // capitalised as a name: "Rose, can you log that", "Penny will kill me". Only a speaker label or a full name with a
  // distinctive part vouches for it, since a heading ("Housing Pathways") is no evidence of a person.
  const wordParts = new Set<string>();
  const calendarParts = new Set<string>();
  for (const finding of [...sources.values()]) {
    if (finding.type !== 'PERSON' || finding.confidence < WORD_PART_MIN_CONFIDENCE) continue;
    const parts = finding.text.split(/\s+/);
    // A title vouches too: `your Tita Baby` makes a later "Baby," that person; so does a newborn's `Baby Joy`.
    const titled = parts.length === 2 && (isTitleWord(parts[0]) || parts[0] === NEWBORN_TITLE);
    // So does a confident given name before a second word (`Pearl Yip` after `the undergraduate,`): `Poor Pearl.`
    const givenFirst = parts.length === 2 && WORD_NAMES.has(parts[0].toLocaleLowerCase());
    if (parts.length < 2 || (finding.detector !== 'speaker-labels' && !titled && !givenFirst && distinctiveNameParts(finding.text).length === 0)) continue;
    for (const part of parts) {
      const key = part.toLocaleLowerCase();
      if (sources.has(key) || !/^[\p{Lu}\p{Lt}][\p{Ll}'’-]+$/u.test(part)) continue;
      // A month or weekday as a given name (`Ate Mar`, `Tita April` as a label or after a title) stands for her too:
      // `Salamat Mar.`, but never beside a number or after `in`/`on` (`12 Mar 2024`, `in April`).
      const calendar = CALENDAR_WORDS.test(key) && parts.indexOf(part) > 0 && (titled || finding.detector === 'speaker-labels');
      // A title that is also a given name opening a speaker's name (`[Dean Watkins]`) is that person's given name:
      // `Thanks, Dean.` (never `the Dean`, which usedAsName rejects).
      const givenTitle = parts.indexOf(part) === 0 && TITLES.has(key) && isGivenName(key) &&
        (finding.detector === 'speaker-labels' || isAtSpeakerLabel(text, finding));
      if (!calendar && !givenTitle && !isWordPart(key)) continue;
      if (calendar) calendarParts.add(key);
      wordParts.add(key);
      addSource(key, { ...finding, text: part, confidence: 0.75 });
    }
  }
  const emailNames = new Set<string>();
  // An e-mail address written as given name and surname (`crystal.combs.ky@…`) names that person: a capitalised
  // `Crystal` used as a name in the same transcript is her (`(Crystal, Bub's ex)`).
  for (const finding of findings) {
    if (finding.type !== 'CONTACT' || !finding.text.includes('@')) continue;
    const [given, ...rest] = finding.text.slice(0, finding.text.indexOf('@')).split(/[._-]/u);
    const key = given.toLocaleLowerCase();
    if (rest.length === 0 || given.length < 3 || !isGivenName(key) || sources.has(key)) continue;
    emailNames.add(key);
    if (isWordPart(key)) wordParts.add(key);
    addSource(key, { ...finding, type: 'PERSON', text: given, confidence: 0.75, reason: 'a given name in an e-mail address' });
  }
  // A speaker's name that is also a word (`<v Hope Lindqvist>`, `lucky:`) is that person in a lower-case caption only
  // where it is used as a name: `thanks hunter`, `hope can you share`, `and hope is going to take minutes`.
  const spokenWords = new Set<string>();
  // Each name once: a transcript repeats its speakers' labels turn after turn.
  const labels = sources.size === 0 ? [] : [...new Set([
    ...findings.filter((finding) => finding.type === 'PERSON' && finding.detector === 'speaker-labels').map((finding) => finding.text),
    // The labels themselves too: a name known from the project key is reported by another detector.
    ...structureOf().speakers.filter((label) => !label.isRole).map((label) => label.name),
  ])];
  for (const label of labels) {
    for (const part of label.toLocaleLowerCase().split(/\s+/)) {
      if (part.length > 2 && sources.has(part) && isWordPart(part)) spokenWords.add(part);
    }
  }
  // A sender's given name that is a word (`ray delgado`, `big mike`) is that person where addressed: `ray can you`.
  for (const label of labels) {
    const finding = sources.get(label.toLocaleLowerCase());
    if (!finding || finding.type !== 'PERSON' || /\p{Lu}/u.test(label)) continue;
    for (const part of label.split(/\s+/).slice(0, 2)) {
      if (part.length > 2 && isWordPart(part) && WORD_NAMES.has(part) && !NOT_SPOKEN_NAMES.has(part)) {
        spokenWords.add(part);
        if (!sources.has(part)) addSource(part, { ...finding, text: part });
      }
    }
  }
  // So is a word confirmed as a name in lower case in this transcript (`me and sunny`, `this is junior from debe`):
  // `sunny is my cousin`, `big up sunny`.
  // Only where a person fits, so a weaker finding will do: the places it spreads to must show a person too.
  for (const finding of findings) {
    if (finding.type !== 'PERSON' || finding.confidence < SPOKEN_WORD_MIN_CONFIDENCE || /[\s\p{Lu}]/u.test(finding.text)) continue;
    if (finding.text.length > 2 && isWordPart(finding.text) && !NOT_SPOKEN_NAMES.has(finding.text)) {
      spokenWords.add(finding.text);
      addSource(finding.text, finding);
    }
  }
  // Spellings of a confirmed name: without its accents (`thaís`, later `thais`), and with the possessive `s` that
  // captions write without an apostrophe (`ravis flatmate`).
  const possessives = new Set<string>();
  for (const [key, finding] of [...sources]) {
    if (finding.type !== 'PERSON') continue;
    const { plain, possessive } = otherSpellingsOf(key);
    if (plain !== undefined && !sources.has(plain)) addSource(plain, { ...finding, text: plain });
    if (possessive !== undefined && !sources.has(possessive)) {
      possessives.add(possessive);
      addSource(possessive, finding);
    }
  }
  // A name found only weakly (`Wil Penrhiw`, `Wil` alone) that is no word of any language is that person in a line
  // written all in lower case, as a child's tier or a caption writes it: `*CHI: wil tractor .`.
  const lowerLineOnly = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'PERSON' || finding.confidence < WEAK_NAME_MIN_CONFIDENCE || finding.confidence >= PROPAGATION_MIN_CONFIDENCE) continue;
    for (const part of finding.text.split(/\s+/u)) {
      const key = part.toLocaleLowerCase();
      if (sources.has(key) || key.length < 3 || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(part) || TITLES.has(key) || CONNECTORS.has(key) || isOrdinaryWord(key)) continue;
      lowerLineOnly.add(key);
      addSource(key, { ...finding, text: part, confidence: 0.6 });
    }
  }
  if (sources.size === 0) return findings;
  const lowerCaseWordNames = new Set(
    [...sources].filter(([key, finding]) => finding.type === 'PERSON' && finding.reason === LOWER_CASE_RELATIVE_NAME_REASON && !/\s/.test(key)).map(([key]) => key),
  );

  const occupied = findings; // already sorted by start and non-overlapping
  const added: Finding[] = [];
  const ignored = ignoredForms(options);

  for (const match of views.forms([...sources.keys()])) {
    const { start, key } = match;
    let { end } = match;
    const source = sources.get(key);
    if (!source || ignored.has(key)) continue;
    if (possessives.has(key) && !/\p{Lu}/u.test(text.slice(start, end))) end--; // the name without the `s`
    else if (possessives.has(key)) continue;
    // Most matches are the findings the forms came from: the cheapest test first. Matches of one global regex never
    // overlap each other, so only earlier findings need checking.
    if (overlapsAny(occupied, start, end)) continue;
    const matched = text.slice(start, end);
    // Only a capitalised clipping used as a name: `ISA` is an acronym, `ang` and `del` are words of other languages.
    if (clippings.has(key) && (!/^\p{Lu}\p{Ll}+$/u.test(matched) || !usedAsName(text, start, end))) continue;
    // One that is also a word (`Vale` for Valeria) only inside a sentence: `and Vale and the baby`, not `Vale, farewell`.
    if (wordClippings.has(key) && isSentenceStart(text, start)) continue;
    if (lowerLineOnly.has(key) && (/\p{Lu}/u.test(matched) || !inLowerCaseLine(text, start, end))) continue;
    // A word named as someone in lower-case text (`my daughter princess`) is her in other lower-case lines, not after a
    // determiner (`my little princess`), where it need not be addressed.
    const lowerWordName = lowerCaseWordNames.has(key) && inLowerCaseLine(text, start, end) && !WORD_OR_ENDEARMENT_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    const spoken = !lowerWordName && !/\s/.test(matched) && !/\p{Lu}/u.test(matched) && spokenWords.has(key);
    if (spoken && !addressedInCaption(text, start, end)) continue;
    if (!spoken && !lowerWordName && !/\s/.test(matched) && !/^[\p{Lu}\p{Lt}]/u.test(matched) && !matchesInLowerCase(key)) continue;
    if (!spoken && wordParts.has(key) && !usedAsName(text, start, end)) continue;
    if (isCalendarWordInUse(text, start, end)) continue;
    if (calendarParts.has(key) && (/\d[^\n\d]{0,3}$/u.test(text.slice(Math.max(0, start - 4), start)) || /^[^\n\d]{0,3}\d/u.test(text.slice(end, end + 4)))) continue;
    if (!spoken && !/\s/.test(matched) && !matchesInLowerCase(key) && echoesTheWord(text, start, key)) continue;
    if (overlapsAny(structureOf().protectedSpans, start, end)) continue;
    added.push({
      start,
      end,
      type: source.type,
      confidence: Math.min(source.confidence, 0.9),
      reason: spoken
        ? "a speaker's name that is also a word, used as a name in lower-case text"
        : emailNames.has(key)
        ? 'the given name of an e-mail address in this transcript'
        : wordParts.has(key)
        ? 'given name of a person named in full in this transcript'
        : nameParts.has(key)
        ? 'part of a likely person name elsewhere in this transcript'
        : clippings.has(key)
        ? 'short form of the given name of a person named in this transcript'
        : source.reason === PET_NAME_REASON
        ? 'same name as a pet or boat elsewhere in this transcript'
        : source.reason === CONDITION_LETTERS_REASON
        ? 'same letters as a rare condition named elsewhere in this transcript'
        : `same form as a likely ${source.type.toLowerCase()} elsewhere in this transcript`,
      text: matched,
      detector: 'propagate',
    });
  }
  if (added.length === 0) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

const WORD_PART_MIN_CONFIDENCE = 0.85;
/** Months and weekdays, in full and short, that are given names too (`May`, `June`, `Mar`, `Sunday`). */
const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const WEAK_NAME_MIN_CONFIDENCE = 0.5;

/** Before a word, what makes it the word or an endearment, not the name: `the grace of god`, `my little princess`. */
const WORD_OR_ENDEARMENT_BEFORE = /(?<![\p{L}])(?:the|a|an|this|that|my|your|his|her|our|their|little|sweet|such|by)\s+$/iu;
/** True when the line holding the match, after a speaker label (`*CHI:`, `Ana:`), has no capital letter. */
function inLowerCaseLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return !/\p{Lu}/u.test(line.replace(SPEAKER_PREFIX, ''));
}
const SPOKEN_WORD_MIN_CONFIDENCE = 0.6;
/** Words a lower-case rule may take for a name that are too often the word to spread: modal verbs, endearments. */
const NOT_SPOKEN_NAMES = new Set(['may', 'can', 'honey', 'baby', 'love', 'guy', 'man', 'bro', 'dear', 'big', 'little', 'old', 'young']);
/** A name that is a modal verb (`will`) is the name only before what cannot follow the verb: `will im up`, `will, you`. */
const MODAL_NAMES = new Set(['will']);
const AFTER_MODAL_NAME = /^\s*(?:[,.!?…]|$|(?:im|i'm|i’m|i'll|i’ll|ill|how|what|if|you're|you’re|youre|your|ur)(?![\p{L}\p{M}]))/u;
/** At the start of a turn or sentence, what follows a name addressed: `doc you want to`, `mike send me`, `ray can you`. */
const AFTER_NAME_AT_START = /^\s*(?:,|(?:you|u|can you|could you|would you|send|call|text|im|i'm|i’m|i'll|i’ll|how|what|did you|do you|are you|if|thanks|thank you)(?![\p{L}\p{M}]))/u;

/**
 * A single-word form that is no English word stands for the same name written in lower case (`Chantal Bergeron` as a
 * voice tag, `i'm chantal` in the automatic caption under it; `my son yusuf` found by its cue, `yusuf` later). One that
 * is also a word (`Hope`, `Will`) matches only where capitalised, or every "hope" would be flagged.
 */
function matchesInLowerCase(key: string): boolean {
  // `Mamá Lucha` and `lucha, lucha` (Spanish `fight`): a word of another language is the word in lower case too.
  return key.length >= 3 && !isOrdinaryWord(key);
}
/** Words that, right after a sentence-initial capitalised word, show it is a verb or a noun (`May I`, `Will you`). */
const NOT_AFTER_NAME = /^\s+(?:i|you|we|he|she|they|it|me|us|him|them|this|that|these|those|there|the|a|an|my|your|our|his|her|their|its)\b/i;

/** The finding heads its line as a speaker's name (`[Dean Watkins] 18:03`, `<v Dean Watkins>`, `DEAN WATKINS:`). */
function isAtSpeakerLabel(text: string, finding: Finding): boolean {
  return /(?:^|\n)[ \t]*(?:\[|<v\s+)?$/u.test(text.slice(Math.max(0, finding.start - 8), finding.start)) && /^(?:\]|>|:)/u.test(text.slice(finding.end, finding.end + 1));
}

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

/**
 * `I've got hope, you know? Hope for Hope.`: a word that is also a name, opening a sentence just after it was used in
 * lower case as the word, is the word again.
 */
function echoesTheWord(text: string, start: number, key: string): boolean {
  if (!isSentenceStart(text, start)) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (!before.includes(key)) return false;
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(key)}(?![\\p{L}\\p{M}])`, 'u').test(before);
}

/** After a name opening a chat message: `memory you are a star`, `blessing you're right`. */
const VOCATIVE_OPENING_AFTER = /^\s*,?\s*(?:you are|you're|you’re|youre|you were|you have|you've|you’ve|you did|you rock)(?![\p{L}\p{M}])/u;
/** Words that are verbs before `you`, never a name addressed there: `hope you are well`, `bless you`. */
const VERBS_BEFORE_YOU = new Set('hope wish love miss thank bless trust see hear mind want need bet tell guess mean owe call text like let ask pray will may can must shall bill gift'.split(' '));

/** Before a lower-case name word: a thanks or greeting. */
const ADDRESS_BEFORE = /\b(?:thanks|thx|thank you|thank you to|hi|hey|hello|hiya|bye|sorry|congratulations|congrats|cheers|welcome|big up|shout ?out to|yes|ok|okay|evening|morning)\s*,?\s+$/u;
/** A self-introduction, closed by what follows: `its lucky sorry late`, `this is hope here` (not `it's lucky that`). */
const INTRODUCTION = /\b(?:its|it's|it’s|this is|i'm|i’m|im)\s+$/u;
const INTRODUCTION_END = /^\s*(?:here|sorry|again|speaking|from|[,.!?]|$)/u;
/** After it, what shows the word is a verb or an adjective: `thanks hope that helps`, `hi hope you're well`. */
const WORD_USE_AFTER = /^\s*(?:you|your|you're|you’re|youre|u|ur|that|this|it|its|it's|to|for|so|the|a|an|we|they|i|everyone|all|everything|me|us|he|she)(?![\p{L}\p{M}])/u;
/** After it, what only a person addressed or acting does: `hope can you share`, `hope is going to take minutes`. */
const NAME_USE_AFTER = /^\s+(?:thank you|thanks|can you|could you|would you|will you|do you|did you|are you|have you|is going to|was going to|is gonna|said|says|told|asked|mentioned|wants|wanted|gave (?:me|him|her|us)|sent (?:me|him|her|us)|saved (?:my|me|us)|texted|messaged|drove (?:me|us)|shes|hes|she's|he's|she’s|he’s|and (?:i|me|[\p{Ll}]+ (?:is|are|was|were))|is (?:my|your|his|her|he|she))(?![\p{L}\p{M}])/u;
/** Before it, what shows the word is used as a word: `i hope`, `so lucky`, `the hunter`, `no hope is`. */
const WORD_USE_BEFORE = /\b(?:i|we|you|they|he|she|it|its|it's|the|a|an|my|your|our|his|her|their|some|any|no|of|in|with|for|so|very|too|much|more|most|lost|give|gave|get|got|be|been|being|is|was|are|were|am|feel|felt|just|really|only|still|also|dont|don't|didnt|didn't|not|to|all|always|never|pretty|quite|real|bit|as|how|what|that)\s+$/u;

const TALKED_TO_BEFORE = /\b(?:talked|talk|spoke|speak|texted|tell|told|ask|asked|message|messaged)\s+(?:to\s+|with\s+)?$/u;
/** The end of a message: punctuation and emoji at most. */
const MESSAGE_END_AFTER = /^[\s.!?,…]*(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+[\s.!?]*)*$/u;

/**
 * True when a lower-case word that is also a speaker's name is used as a name: on a line with no capitals (a caption),
 * thanked or greeted, or followed by what a person addressed or acting does, and not after a pronoun, determiner
 * or adverb that makes it the word.
 */
function addressedInCaption(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('>', start - 1)) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  // `memory you are a star. I will come with Loveness.`: a chat message opening on the name and `you are`, even with
  // capitals later on the line; not a verb before `you` (`hope you are well`).
  const key = text.slice(start, end);
  if (/^\s*$/u.test(text.slice(lineStart, start)) && VOCATIVE_OPENING_AFTER.test(text.slice(end, end + 16)) && !VERBS_BEFORE_YOU.has(key)) return true;
  // A chat export's message (`[03/11/2025, 14:31:08] Shay: ...`) is typed by a person, capitals or not.
  const chatMessage = CHAT_MESSAGE_PREFIX.test(line);
  if (!chatMessage && /\p{Lu}/u.test(line.replace(SPEAKER_PREFIX, ''))) return false;
  // A caption wraps mid-sentence (`keep your\nfaith off the internet`): look back across the line break too.
  const before = text.slice(Math.max(0, start - 30), start).replace(/\s+/gu, ' ');
  const after = text.slice(end, end + 30);
  if (MODAL_NAMES.has(key) && !AFTER_MODAL_NAME.test(after)) return false;
  if (INTRODUCTION.test(before)) return INTRODUCTION_END.test(after);
  // Addressed at the start of a chat turn or a sentence (`doc: will im up`, `ray can you delete`), or after a
  // clause to `you` (`im with you doc.`).
  const prefix = text.slice(lineStart, start);
  if ((/:\s+$|^\s*(?:>>\s*)?$|[.!?]\s+$/u.test(prefix)) && AFTER_NAME_AT_START.test(after)) return true;
  if (/\b(?:you|u)\s+$/u.test(before) && /^\s*(?:[.!?,…]|$)/u.test(after)) return true;
  // `talked to ray.`, `tell ray`: whom one talks to.
  if (TALKED_TO_BEFORE.test(before)) return true;
  // `thanks doc. ...`, `you're a saint doc`, `10-4 doc`: closing a chat message, after no determiner or pronoun.
  const restOfLine = (lineEnd === -1 ? text.length : lineEnd) - end;
  if (chatMessage && restOfLine <= 64 && !WORD_USE_BEFORE.test(before) && MESSAGE_END_AFTER.test(text.slice(end, end + restOfLine))) return true;
  if (WORD_USE_BEFORE.test(before)) return false;
  if (ADDRESS_BEFORE.test(before) && !WORD_USE_AFTER.test(after)) return true;
  return NAME_USE_AFTER.test(after);
}

/** Words too common to be read as a clipping even where capitalised inside a sentence (`And` of Andrea). */
const FUNCTION_WORDS = new Set('the and her his him for but not are was can may all any own our out one two who why how its off too yet nor has had did does you she they them then than that this with from into over what when were will would shall could should must here there'.split(' '));

/** Endings a three-letter clipping takes: `Ket` + `i` (`Keti` for Ketevan), `Dav` + `o`, `Jen` + `y`. */
const CLIPPING_ENDINGS = ['', 'i', 'y', 'o'];

/**
 * The short forms of a person's given name (the first word, after a title) that are no word of any language:
 * its first three or four letters, or three with a diminutive ending (`Chukwudi`: `Chuk`; `Ketevan`: `Keti`).
 * Only given names of six letters or more, so that what is left is a clipping and not the name itself.
 */
/**
 * A lower-case name written without its accents, when that is no English word, and with a possessive `s` when the
 * name is one word and no English word with or without it (asked of every name on every keystroke, so memoised).
 */
const otherSpellingsOf = memoOfString((key: string): { plain?: string; possessive?: string } => {
  const spellings: { plain?: string; possessive?: string } = {};
  const plain = key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  if (plain !== key && !isCommonWord(plain)) spellings.plain = plain;
  const possessive = `${key}s`;
  if (!/\s/.test(key) && key.length >= 3 && !key.endsWith('s') && !isCommonWord(key) && !isCommonWord(possessive)) spellings.possessive = possessive;
  return spellings;
});

/** Memoised: asked of every person's name on every keystroke. */
const clippingsOf = memoOfString(clippingsOfName);

function clippingsOfName(name: string): readonly string[] {
  const words = name.split(/\s+/u).filter((word) => !TITLES.has(word.toLocaleLowerCase().replace(/\.$/u, '')));
  const given = words[0];
  if (!given || given.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(given) || isCommonWord(given.toLocaleLowerCase())) return [];
  const lower = given.toLocaleLowerCase();
  const forms = new Set<string>();
  for (const length of [3, 4]) {
    for (const ending of length === 3 ? CLIPPING_ENDINGS : ['']) {
      const form = lower.slice(0, length) + ending;
      if (form === lower || form.length >= lower.length || NEVER_NAMES.has(form) || TITLES.has(form) || FUNCTION_WORDS.has(form)) continue;
      // A word of another language (`ang`, `del`) is left alone; an English word (`Vale`) only used as a name.
      if (isCommonWord(form) || !isOrdinaryWord(form)) forms.add(form);
    }
  }
  return [...forms];
}

/** Particles that open a surname or a place name (`Te Whata`, `Te Puni Kōkiri`, `Mac Donncha`): no name alone. */
const PARTICLES_OPENING_A_NAME = new Set(['te', 'mac', 'ní', 'nic', 'ó', 'ua', 'ap', 'ferch']);

/**
 * Capitalised parts of a multi-word name that are neither titles, connectors nor ordinary words of English or another
 * language (`Mga` of a chat group's name `Mga Misis ng Marino` is no part of anyone's name).
 */
// Asked of the same few hundred names on every keystroke: remembered.
const distinctiveNameParts = memoOfString(namePartsOf);

function namePartsOf(name: string): readonly string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  const lowerCaseName = !/\p{Lu}/u.test(name);
  // A name written all in lower case (`thaís oliveira  0:05`, an automatic transcript's label) has lower-case parts.
  const shape = lowerCaseName ? /^\p{Ll}[\p{L}\p{M}'’-]+$/u : /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]+$/u;
  const candidates = parts
    .map((part) => ({ part, lower: part.toLocaleLowerCase().replace(/\.$/, '') }))
    .filter(({ part, lower }) =>
      shape.test(part) && !TITLES.has(lower) && !NAME_ONLY_HONORIFICS.has(lower) && !CONNECTORS.has(lower) && !PARTICLES_OPENING_A_NAME.has(lower) &&
      !isCommonWord(lower) && !FOREIGN_FUNCTION_WORDS.has(lower));
  // A word of another language is a part only beside a part that is no word at all: `Maame` of `Maame Serwaa`, not
  // `Mga` or `Misis` of a chat group named `Mga Misis ng Marino`.
  return candidates.some(({ lower }) => !isOrdinaryWord(lower)) ? candidates.map(({ part }) => part) : [];
}
