/**
 * Local organisations typed in lower case inside text with capitals elsewhere, as chat and quick notes write them:
 * `near the forane church`, `beside the juma masjid`, `a loan from ifelodun cooperative`, `kearneys chemist`. A word
 * no list knows before an institution word is its name. (Chunks in lower case throughout: lower-case-entities.ts.)
 */
import type { Candidate } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS, SPECIALTY_WORD } from './lexicon/cues';
import { isOrdinaryWord } from './lexicon/foreign-words';
import { INFORMAL_WORDS, isSharedWord } from './lexicon/public-names';
import { CLIPPED_WORDS, isGivenName } from './lower-case-entities';

/** Institution words that end a local organisation's name (the broad suffix list has `home`, `team`, `water`...). */
const INSTITUTIONS =
  'hospital|clinic|centre|center|surgery|pharmacy|chemist|school|academy|college|church|chapel|cathedral|mosque|temple|' +
  'synagogue|masjid|mandir|gurdwara|kovil|marae|madrasa|madrassa|parish|convent|seminary|hospice|infirmary|library|bakery|' +
  'salon|restaurant|cafe|café|hotel|motel|pub|tavern|supermarket|garage|cooperative|co-op';
/** Institutions named for a person by a given name alone: `grace hospital`, `mary church`, `bilal masjid`. */
const NAMED_FOR_PEOPLE = new Set(['hospital', 'church', 'chapel', 'cathedral', 'school', 'academy', 'college', 'hospice', 'library', 'mosque', 'masjid', 'madrasa', 'madrassa', 'gurdwara', 'mandir', 'temple', 'kovil']);
const NAME_BEFORE_INSTITUTION = new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{Ll}[\\p{Ll}\\p{M}'’-]{2,}) (${INSTITUTIONS})(?![\\p{L}\\p{N}])`, 'gu');

/** First parts of compounds that qualify an institution: `post-covid`, `non-urgent`, `after-hours`. */
const COMPOUND_PREFIXES = new Set('post pre non anti after out in day multi inter co re sub long short'.split(' '));

/** A cheap first look for an institution word in lower case, before the costlier pattern is tried at every word. */
const ANY_INSTITUTION = new RegExp(`(?:${INSTITUTIONS})(?![\\p{L}])`, 'u');

export function lowerCaseOrganisations(text: string): Candidate[] {
  if (!ANY_INSTITUTION.test(text)) return [];
  const found: Candidate[] = [];
  NAME_BEFORE_INSTITUTION.lastIndex = 0;
  for (let match = NAME_BEFORE_INSTITUTION.exec(text); match; match = NAME_BEFORE_INSTITUTION.exec(text)) {
    const name = match[1];
    const bare = name.replace(/['’]s?$/, ''); // `kearneys'`, `the weans' school`
    const namedForSomeone = (FIRST_NAMES.has(bare) || (isGivenName(bare) && !isOrdinaryWord(bare))) && bare === name && NAMED_FOR_PEOPLE.has(match[2]);
    if ((isOrdinaryWord(bare) && !namedForSomeone) || SPECIALTY_WORD.test(bare) || OPENERS.has(bare) || NEVER_NAMES.has(bare) || isSharedWord(bare) || INFORMAL_WORDS.has(bare) || CLIPPED_WORDS.has(bare)) continue;
    // `the post-covid clinic`, `a walk-in centre`: a compound of ordinary words says what kind of clinic.
    if (bare.includes('-') && bare.split('-').every((part) => isOrdinaryWord(part) || CLIPPED_WORDS.has(part) || COMPOUND_PREFIXES.has(part))) continue;
    // `maria clinic`? A given name needs its possessive to own the place (`kelly's pharmacy`).
    // A hospital, church or school is often named for a saint or founder by the given name alone (`grace hospital`).
    if ((FIRST_NAMES.has(bare) || isGivenName(bare)) && bare === name && !namedForSomeone) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'ORGANIZATION', confidence: 0.6, reason: `lower-case name before "${match[2]}"` });
  }
  return found;
}

/**
 * `he work at the leightonfield train yard`, `aged care through kindacare`: a word no list knows, in lower case, after
 * a cue that only an employer or an agency follows, is the employer's name (captions and chat drop the capitals).
 */
const EMPLOYER_CUE = /\b(?:work(?:s|ed|ing)?|job|employed|volunteer(?:s|ed|ing)?|contract(?:ed)?|placement|shifts?)\s+(?:at|for|with)\s+(?:the\s+)?(\p{Ll}[\p{Ll}\p{M}'’-]{3,})(?![\p{L}\p{N}@.]\p{L})|\b(?:through|via)\s+(?:the\s+)?(?:agency\s+)?(\p{Ll}[\p{Ll}\p{M}'’-]{3,})(?![\p{L}\p{N}@.]\p{L})/gu;
const ANY_EMPLOYER_CUE = /work|job|employ|volunteer|contract|placement|shift|through|via/;

export function lowerCaseEmployers(text: string): Candidate[] {
  if (!ANY_EMPLOYER_CUE.test(text)) return [];
  const found: Candidate[] = [];
  EMPLOYER_CUE.lastIndex = 0;
  for (let match = EMPLOYER_CUE.exec(text); match; match = EMPLOYER_CUE.exec(text)) {
    const name = match[1] ?? match[2];
    const bare = name.replace(/['’]s$/, '');
    if (isOrdinaryWord(bare) || SPECIALTY_WORD.test(bare) || OPENERS.has(bare) || NEVER_NAMES.has(bare) || isSharedWord(bare) || INFORMAL_WORDS.has(bare) || CLIPPED_WORDS.has(bare)) continue;
    if (FIRST_NAMES.has(bare) || isGivenName(bare) || bare.includes('-')) continue;
    const start = match.index + match[0].length - name.length;
    found.push({ start, end: start + name.length, type: 'ORGANIZATION', confidence: 0.55, reason: 'lower-case name after an employer cue' });
  }
  return found;
}
