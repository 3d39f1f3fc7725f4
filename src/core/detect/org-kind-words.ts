/**
 * Names the person and place rules find that a word of their own says are organisations: `Cooperativa Ixoq Ajkem`,
 * `Hôpital Édouard Herriot`, `Kosaka Auto Components`, `RESIDO Moravia s.r.o.`, `Wilhelminenspital`, `Mama Lucy
 * hospital`. The same span (or the span with its kind word) is offered as an organisation, which wins the overlap, so
 * the user's key gets `[ORGANIZATION_n]` rather than `[PERSON_n]` for a company. Also Japanese, Korean and Chinese
 * organisations named by their suffix (`高丘小学校`, `해동병원`, `(주)대성기공`).
 */
import type { Candidate, DetectionContext } from './detector';
import { entityCandidates } from './entities';
import { CITIES, COUNTRIES_AND_REGIONS, FIRST_NAMES, LAST_NAMES, OTHER_PLACES } from './lexicon/compromise-lexicon';
import { ORG_SUFFIXES, STRONG_ORG_SUFFIXES } from './lexicon/cues';
import { isGivenName } from './lower-case-entities';
import { CJK_ORG_SUFFIXES, LEGAL_FORM_AFTER, ORG_COMPOUND_ENDING, ORG_KIND_FIRST_WORDS, ORG_KIND_LAST_WORDS } from './lexicon/org-kind-words';

const TRAILING_LETTERS = /[\p{L}\p{M}]+$/u;
const WORD_AFTER = /^\s([\p{L}\p{M}]+)/u;
/** `in St. Gervais Parish`: after these a parish is the district, not the church. */
const DISTRICT_BEFORE = /\b(?:in|from|near|across|of|to)\s+$/i;
/** `in Bayou Noir, St. Gervais Parish`: a parish right after a place and a comma is that place's district. */
const DISTRICT_AFTER_PLACE = /\b(?:in|from|near|across|of|to)\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*,\s+$/u;
/** `Magistrát města Ostravy`, `Samahan ng mga Balo`: lower-case words of the name before its capitalised part. */
const LOWER_WORDS_TO_NAME = /^(?:\s\p{Ll}[\p{Ll}\p{M}]*){1,3}\s\p{Lu}[\p{L}\p{M}'’-]*/u;
/** `St. Pius X`, `Saint Jerome`, `St Nektarios`: a saint's name, a church or school unless a town or where someone lives. */
const SAINT = /^(?:St\.?|Saint|Ste\.?|Sainte|San|Santa|São|Sao)$/u;
const RESIDENCE_BEFORE = /\b(?:in|from|near|outside|lives?|lived|living|born|raised|grew up|moved|town|city|village|suburb|of)\s+$/i;
/**
 * Organisation words that end places' and people's names as often (`Georges Bank`, `Rose Court`, `Jenny Hall`,
 * `Town Hall`, `Ward 5`): the shared suffix list has them, but they say nothing here.
 */
const PLACE_OR_SURNAME_SUFFIXES = new Set('bank court market mart ward union hall home homes water gas power circle wing unit general regional memorial mission co'.split(' '));
const ROMAN_NUMERAL = /^(?:I|II|III|IV|V|VI|X|XI|XII|XXIII)$/u;

const lowerWord = (word: string): string => word.toLowerCase().replace(/['’]s$/u, '').replace(/[.,]$/u, '');

/** The word right before a single space at the end of `before` (`Hôpital ` of `Hôpital Édouard Herriot`). */
function wordJustBefore(before: string): string | undefined {
  if (!before.endsWith(' ')) return undefined;
  // `l’Hôpital `: the letters after an elided article.
  return TRAILING_LETTERS.exec(before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1))?.[0];
}

/** A person or place candidate whose own words, or the word right before or after it, name a kind of organisation. */
export function organisationsByKindWord(context: DetectionContext): Candidate[] {
  const { text } = context;
  const found: Candidate[] = [];
  for (const candidate of entityCandidates(context)) {
    if (candidate.type !== 'PERSON' && candidate.type !== 'LOCATION') continue;
    const retyped = retype(text, candidate);
    if (retyped) found.push(retyped);
  }
  return found;
}

function retype(text: string, candidate: Candidate): Candidate | undefined {
  const words = text.slice(candidate.start, candidate.end).split(/\s+/);
  const first = lowerWord(words[0]);
  const last = lowerWord(words[words.length - 1]);
  let { start, end } = candidate;
  let reason: string | undefined;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  const wordBefore = wordJustBefore(before);
  const wordAfter = WORD_AFTER.exec(after)?.[1];
  if (words.length > 1 && ORG_KIND_FIRST_WORDS.has(first)) reason = `opened by "${words[0]}"`;
  else if (words.length > 1 && ORG_KIND_LAST_WORDS.has(last) && !(last === 'parish' && (DISTRICT_BEFORE.test(before) || DISTRICT_AFTER_PLACE.test(before)))) reason = `closed by "${words[words.length - 1]}"`;
  else if (words.length === 1 && ORG_COMPOUND_ENDING.test(words[0])) reason = 'a compound naming an organisation';
  else if (words.length === 1 && ORG_KIND_FIRST_WORDS.has(first)) {
    const rest = LOWER_WORDS_TO_NAME.exec(after)?.[0];
    if (rest) {
      end += rest.length;
      reason = `opened by "${words[0]}"`;
    }
  } else if (words.length > 1 && ORG_SUFFIXES.has(last) && !PLACE_OR_SURNAME_SUFFIXES.has(last) && !looksLikePersonsName(candidate, words, last)) {
    // `Gateway Lodge`, `Lions Club`, `Haven High`: typed a place or person by a preposition or shape, ended by an organisation word.
    reason = `closed by "${words[words.length - 1]}"`;
  } else if (candidate.type === 'LOCATION' && isSaintsName(words) && !RESIDENCE_BEFORE.test(before)) {
    const phrase = words.join(' ').toLocaleLowerCase();
    if (!CITIES.has(phrase) && !OTHER_PLACES.has(phrase) && !COUNTRIES_AND_REGIONS.has(phrase)) reason = 'named for a saint';
  }
  if (wordBefore && ORG_KIND_FIRST_WORDS.has(wordBefore.toLowerCase())) {
    start -= wordBefore.length + 1;
    reason = `after "${wordBefore}"`;
  }
  if (wordAfter && (STRONG_ORG_SUFFIXES.has(wordAfter.toLowerCase()) || ORG_KIND_LAST_WORDS.has(wordAfter.toLowerCase())) && !/['’]s$/u.test(words[words.length - 1])) {
    end += wordAfter.length + 1;
    reason = `before "${wordAfter}"`;
  }
  const legal = LEGAL_FORM_AFTER.exec(after);
  if (legal) {
    end += legal[0].length;
    reason = `before the legal form "${legal[0].replace(/^,?\s?/u, '')}"`;
  }
  if (!reason) return undefined;
  return { start, end, type: 'ORGANIZATION', confidence: Math.max(candidate.confidence, 0.7), reason: `a name ${reason}` };
}

/** `Rose Temple`, `Jack Church`: a given name before a surname that is also an organisation word. */
function looksLikePersonsName(candidate: Candidate, words: readonly string[], last: string): boolean {
  if (candidate.type !== 'PERSON') return false;
  const first = lowerWord(words[0]);
  return LAST_NAMES.has(last) || FIRST_NAMES.has(first) || isGivenName(first);
}

/** `St. Pius X`, `Saint Jerome`: a saint's title, a given name, perhaps a number; not `St Kilda Road` (a suffix decides). */
function isSaintsName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !SAINT.test(words[0])) return false;
  const name = words[1].toLocaleLowerCase().replace(/['’]s$/u, '');
  if (!FIRST_NAMES.has(name) && !isGivenName(name)) return false;
  return words.length === 2 || ROMAN_NUMERAL.test(words[2]);
}

/** Han, katakana and Hangul runs (hiragana, spaces and punctuation end them); `(주)`/`㈜` opens a Korean company. */
const CJK_RUN = /(?:\(주\)|㈜)?[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー・]+/gu;
const ANY_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** Korean particles after a name (`해동병원에서`, `교회에`). */
const HANGUL_PARTICLES = new Set('에서 에 의 을 를 은 는 이 가 와 과 으로 로 도 까지 부터 에서는 에는 에서도 이랑 랑 하고'.split(' '));
/** Words before a suffix that make it generic: `大学病院` (a university hospital), `우리교회` (our church), `동네병원`. */
const GENERIC_STEMS = new Set('大学 総合 市立 県立 国立 私立 公立 近所 地元 大 小 中 高 우리 동네 근처 대학 종합 국립 시립 도립 사립 지역 큰 작은 이 그 저 다른 새 这 那 我们 大 小'.split(' '));

export function cjkOrganisations(text: string): Candidate[] {
  if (!ANY_CJK.test(text)) return [];
  const found: Candidate[] = [];
  CJK_RUN.lastIndex = 0;
  for (let match = CJK_RUN.exec(text); match; match = CJK_RUN.exec(text)) {
    const run = match[0];
    for (const suffix of CJK_ORG_SUFFIXES) {
      const at = run.lastIndexOf(suffix);
      if (at < 0) continue;
      const rest = run.slice(at + suffix.length);
      if (rest !== '' && !HANGUL_PARTICLES.has(rest)) continue;
      const stem = run.slice(0, at).replace(/^(?:\(주\)|㈜)/u, '');
      // `ブラジル人学校`: a school for a nationality (`-人`) is a kind of school, not one school.
      if ([...stem].length < 2 || GENERIC_STEMS.has(stem) || /[人系]$/u.test(stem)) break;
      found.push({ start: match.index, end: match.index + at + suffix.length, type: 'ORGANIZATION', confidence: 0.7, reason: `a name ending in "${suffix}"` });
      break;
    }
  }
  return found;
}
