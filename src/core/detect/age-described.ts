/**
 * Ages written beside a description of the person rather than inside a sentence about their age: `H.K. (mother, 41)`,
 * `Adwoa / F / 12`, `Age (yrs): 46`, `corrected her age to 79`, `she died there. Nineteen.`, `seventy-eight and she
 * won't stop`, `The grandchildren, Tomás nine and Inês six`. Each rule runs only where its trigger character or
 * word is in the chunk.
 */
import { ageValue } from './age-value';
import { KIN_WORD, NUM } from './age-rules';
import type { Candidate } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { isInsideLargerNumber, QUANTITY_NOUN, textAfter } from './pattern-context';

/** Words that describe a person in a bracket or list: kin, sex, life stage, or how they compare to another. */
const PERSON_WORDS = new Set([
  'mother', 'father', 'son', 'daughter', 'sister', 'brother', 'wife', 'husband', 'partner', 'grandmother', 'grandfather',
  'grandson', 'granddaughter', 'aunt', 'auntie', 'uncle', 'cousin', 'niece', 'nephew', 'mum', 'mom', 'dad', 'widow',
  'widower', 'woman', 'man', 'boy', 'girl', 'child', 'baby', 'female', 'male', 'f', 'm', 'younger', 'older', 'elder',
  'eldest', 'youngest', 'oldest', 'middle', 'twin', 'stepson', 'stepdaughter', 'neighbour', 'neighbor', 'friend',
  'lodger', 'tenant', 'patient', 'client', 'resident', 'pensioner', 'retired', 'student', 'teenager', 'married',
  'single', 'divorced', 'widowed', 'pregnant', 'householder', 'head', 'carer', 'caregiver', 'fiancé', 'fiancée',
  // Kin in other languages, as bilingual notes keep them (`(Tia Bia, eighty)`, `(Oma, 84)`).
  'tia', 'tio', 'tía', 'tío', 'tía', 'avó', 'avô', 'abuela', 'abuelo', 'mãe', 'pai', 'madre', 'padre', 'hijo', 'hija',
  'filho', 'filha', 'nonna', 'nonno', 'oma', 'opa', 'babcia', 'dziadek', 'teta', 'jiddo', 'sitti', 'lola', 'lolo',
  'tante', 'onkel', 'oncle', 'frère', 'sœur', 'mère', 'père', 'fils', 'fille', 'hermano', 'hermana', 'irmão', 'irmã',
  'sorella', 'fratello', 'zia', 'zio', 'mutter', 'vater', 'tochter', 'sohn', 'bruder', 'schwester', 'moeder', 'vader',
  'matka', 'ojciec', 'syn', 'córka', 'anne', 'baba', 'abla', 'abi', 'nene', 'dede', 'ate', 'kuya', 'nanay', 'tatay',
]);
/** A bracket of two to four short pieces, one of them a number: `(mother, 41)`, `(17, eldest son)`. */
const BRACKET = /\(([^()\n]{1,80})\)/g;
const AGE_PIECE = new RegExp(`^(?:(?:about|around|approx\\.?|c\\.|aged?|now|nearly|almost|maybe|roughly|~)\\s*)?(${NUM})(?:\\s*(?:y|yrs?|years?(?: old)?))?$`, 'iu');

function bracketAges(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(',') || !text.includes('(')) return found;
  BRACKET.lastIndex = 0;
  for (let match = BRACKET.exec(text); match; match = BRACKET.exec(text)) {
    const inside = match[1];
    if (!/[,;]/.test(inside) || !/\d|ty|een|ve|ne|ix|ree|wo/.test(inside)) continue;
    const pieces = inside.split(/[,;]|\s[—–-]\s/);
    if (pieces.length > 5) continue;
    // "(J.Q., weaver, about 60)": initials open the bracket, so the pieces describe that person.
    // "Mzee Bakari Omar (about seventy, ...)": a name just before, and the age with "about" or "aged".
    const afterName = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$/u.test(text.slice(Math.max(0, match.index - 40), match.index)) && /^\s*(?:about|around|aged?|approx\.?|c\.|nearly|almost)\s/i.test(pieces[0]);
    const describes = afterName || /^\s*(?:\p{Lu}\.){1,3}\s*[,;]/u.test(inside) || pieces.some((piece) => piece.toLowerCase().split(/[^\p{L}]+/u).some((word) => PERSON_WORDS.has(word)));
    if (!describes) continue;
    let offset = match.index + 1;
    for (const piece of inside.split(/([,;]|\s[—–-]\s)/)) {
      const trimmed = piece.trim();
      const age = AGE_PIECE.exec(trimmed);
      if (age) {
        const start = offset + piece.indexOf(trimmed) + trimmed.length - age[0].length + age[0].indexOf(age[1]);
        const value = ageValue(age[1]);
        if (value !== undefined && value >= 1 && value <= 110) {
          found.push({ start, end: start + age[1].length, type: 'AGE', confidence: 0.6, reason: 'age: a number among words describing a person, in brackets ("(mother, 41)")' });
        }
      }
      offset += piece.length;
    }
  }
  return found;
}

/** `Adwoa / F / 12`, `Kwabena Frimpong / M / 51`: a household list of name, sex and age. */
const SEX_SLASH_AGE = /(?<=\p{L}[ \t]*\/[ \t]*(?:M|F|m|f|[Mm]ale|[Ff]emale)[ \t]*\/[ \t]*)(\d{1,3}(?:[ \t]?1\/2|½)?)(?=[ \t]*(?:$|\r?\n|[(,;]|\s+\())/gmu;

/** `Age (yrs): 46`, `Age in years = 46`, `corrected her age to 79`, `his age is 34`. */
const AGE_LABEL = new RegExp(
  `\\b(?:[Aa]ge|AGE)(?:\\s*\\((?:yrs?|years|y)\\)|\\s+in\\s+years)\\s*[:=]\\s*(${NUM})(?![\\p{L}\\p{N}])|\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|the)\\s+age\\s+(?:to|as|is|was|at|from|of|=)\\s+(?:(?:only|just|about|now)\\s+)?(${NUM})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** A death just told: the age said on its own right after it is the age at death ("she died there. Nineteen."). */
const DEATH = /\b(?:died|dead|passed(?:\s+away|\s+on)?|killed|drowned|murdered|lost\s+(?:him|her|them)|buried)\b/gi;
const AGE_ALONE_AFTER = new RegExp(`^[^.!?\\n]{0,50}?[.,;:—–]\\s+(${NUM})(?=\\s*(?:[.!;]|,\\s|$))`, 'u');

function agesAtDeath(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\b(?:died|dead|passed|killed|drowned|murdered|lost|buried)\b/i.test(text)) return found;
  DEATH.lastIndex = 0;
  for (let match = DEATH.exec(text); match; match = DEATH.exec(text)) {
    const from = match.index + match[0].length;
    const after = AGE_ALONE_AFTER.exec(textAfter(text, from, 90));
    if (!after) continue;
    const start = from + after[0].length - after[1].length;
    const end = start + after[1].length;
    const value = ageValue(after[1]);
    if (value === undefined || value < 1 || value > 110 || isInsideLargerNumber(text, start, end)) continue;
    if (QUANTITY_NOUN.test(textAfter(text, end, 30))) continue;
    found.push({ start, end, type: 'AGE', confidence: 0.5, reason: 'age: a number said on its own right after a death' });
  }
  return found;
}

/** `Seventy-eight and she won't stop`: an age opening a sentence, then what the person still does. */
const AGE_AND_STILL = new RegExp(
  `(?<=(?:^|[.!?]\\s+|\\n\\s*|:\\s+|\\boh\\s+(?:yes|aye)\\s*[.,]\\s+))(${NUM})(?=\\s+and\\s+(?:she|he|I|they|you)(?:['’]s|['’]re|['’]m)?\\s+(?:still|won['’]t|will\\s+not|never|can['’]t|doesn['’]t|don['’]t|keeps|refuses|insists|drives|works|walks|goes|runs)\\b)`,
  'gu',
);

/** `The grandchildren, Tomás nine and Inês six`: a name and an age right after kin. */
const KIN_NAME_AGE = new RegExp(
  `\\b(?:${KIN_WORD}|grandchildren|grandkids|children|kids|sons|daughters|twins|boys|girls),?\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+,?\\s+(${NUM})(?=[ \\t]*(?:[,.;:)!?]|and\\b|\\r?\\n|$))`,
  'gu',
);

/** Cheap tests of the chunk before the patterns with a look-behind at every position are tried at all. */
const AND_PERSON = / and (?:she|he|I|they|you)\b/;
const SEX_BETWEEN_SLASHES = /\/[ \t]*(?:[MFmf]|[Mm]ale|[Ff]emale)[ \t]*\//;

/** "Dolores Reyes (D.R.), 79.", "Niillas Sara (N.Á.S.), 63, reindeer herder": a name, its initials, then the age. */
const AFTER_INITIALS = new RegExp(`(?<=\\p{L}\\s\\((?:\\p{Lu}\\.?){1,4}\\),\\s)(${NUM})(?=\\s*[,.;]|\\s*$)`, 'gmu');
/** "Kim Min-jae (김민재), 58, retired welder": a name, its form in another script or a nickname in brackets, then the age. */
const AFTER_NAME_BRACKET = new RegExp(`(?<=\\p{Lu}[\\p{L}\\p{M}'’-]+\\s\\([^()\\n,]{1,24}\\),\\s)(\\d{1,2}|${NUM})(?=,\\s+\\p{Ll}|\\s*$)`, 'gmu');
/** "K.O. is 84 and lives alone": initials as the subject. */
const INITIALS_ARE = new RegExp(`(?<=(?<![\\p{L}.])(?:\\p{Lu}\\.){2,3}\\s(?:is|was)\\s(?:(?:only|just|about|nearly|almost|now)\\s)?)(${NUM})(?=\\s*[,.;!?]|\\s+(?:and|now|but|when|this|next)\\b)`, 'gu');
/** "Fifteen I was.": the age first, then who was it, at the start of a sentence. */
const AGE_I_WAS = new RegExp(`(?<=(?:^|[.!?:]\\s+|\\n\\s*))(${NUM})(?=,?\\s(?:I|he|she|we|they)\\s(?:was|were)\\s*[.,!;])`, 'gu');

function fromPattern(text: string, pattern: RegExp, reason: string, confidence: number, minimum = 1): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const span = match.slice(1).find((group) => group !== undefined) ?? match[0];
    const start = match.index + match[0].lastIndexOf(span);
    const end = start + span.length;
    const value = ageValue(span.replace(/[ \t]?1\/2|½/, ''));
    if (value === undefined || value < minimum || value > 110 || isInsideLargerNumber(text, start, end)) continue;
    if (QUANTITY_NOUN.test(textAfter(text, end, 30))) continue;
    found.push({ start, end, type: 'AGE', confidence, reason });
  }
  return found;
}

/**
 * `born 3. 5. 2012, 12 years`, `b. 1961, 63`, `DOB 02/01/2024, 10 months`: the age written right after a date of
 * birth, in a list of children or a case note.
 */
const BORN_THEN_AGE = new RegExp(
  `\\b(?:[Bb]orn|b\\.|DOB|D\\.O\\.B\\.?|[Dd]ate of birth|geb\\.|geboren|né|née|nacid[oa]|nascid[oa]|nar\\.)\\s*:?\\s*(?:on\\s+|in\\s+)?[^,;()\\n]{4,25}?,\\s*(?:aged?\\s+|now\\s+)?(${NUM}(?:\\s+(?:years?|yrs?|y|months?|mos?|weeks?)(?:\\s+old)?)?)(?=\\s*[,.;)]|\\s*$)`,
  'gmu',
);
/** `CA: 6;6`, `Age 4;02`, `CHI 2;06.15`: an age in years;months, as child language and speech clinics write it. */
const YEARS_MONTHS = /\b(?:CA|C\.A\.|[Aa]ge|AGE|[Ee]dad|[Ii]dade|[Aa]lter|CHI)\b\s*(?:of\s+\p{Lu}{3}\s*)?[:=]?\s*(\d{1,2};\d{1,2}(?:\.\d{1,2})?)(?![\d;])/gu;

/**
 * "ron nielsen, seventy four, been at goomeri": a caller or speaker introducing themselves in automatic captions, a
 * lower-case name and the age at the start of a turn. One of the words must not be common English ("yeah no, two").
 */
const SELF_INTRO = new RegExp(`(?<=(?:^|>|:[ \\t])[ \\t]*)(\\p{Ll}{2,}(?: \\p{Ll}{2,}){1,2}), (${NUM}), (?=\\p{Ll})`, 'gmu');

function selfIntroductions(text: string): Candidate[] {
  const found: Candidate[] = [];
  SELF_INTRO.lastIndex = 0;
  for (let match = SELF_INTRO.exec(text); match; match = SELF_INTRO.exec(text)) {
    const value = ageValue(match[2]);
    if (value === undefined || value < 13 || value > 110 || match[1].split(' ').every((word) => isCommonWord(word))) continue;
    const start = match.index + match[1].length + 2;
    found.push({ start, end: start + match[2].length, type: 'AGE', confidence: 0.5, reason: 'age: a lower-case name and an age opening a turn ("ron nielsen, seventy four, ...")' });
  }
  return found;
}

/** "Forty-one na ako" (Filipino: I am already 41), "18 na!!" (after a birthday). */
const NA_AKO = new RegExp(`(?<![\\p{L}\\p{N}])(${NUM})(?=\\s+na\\s+(?:ako|siya|sya|po|ka|kami|sila)\\b)`, 'giu');
const NA_ALONE = new RegExp(`(?<![\\p{L}\\p{N}])(${NUM})(?=\\s+na\\s*(?:!|\\.|$))`, 'gimu');
const BIRTHDAY_BEFORE = /\b(?:birthday|bday|b-day|kaarawan|turned|turns|age|edad|years? old|taon)\b/i;
/** Nigerian Pidgin: "the boy na 13" (is), "she pass 35" (is older than). */
const PIDGIN_AGE = new RegExp(`(?<=\\b(?:(?:${KIN_WORD}|pikin|boy|girl|child|one)\\s+na|(?:she|he|e|I|dem)\\s+(?:don\\s+)?pass(?:ed)?)\\s+)(${NUM})(?=[ \\t]*(?:[.,;!?)]|$|\\s+(?:sef|abi|jare|sha|o|oh|now|and|but|he|she)\\b))`, 'gu');

export function describedAges(text: string): Candidate[] {
  const found = bracketAges(text);
  if (/[Bb]orn|b\.\s?\d|DOB|D\.O\.B|birth|geb|né|nacid|nascid|nar\./.test(text)) found.push(...fromPattern(text, BORN_THEN_AGE, 'age: written after a date of birth ("born 3. 5. 2012, 12 years")', 0.65, 0));
  if (text.includes(';')) found.push(...fromPattern(text, YEARS_MONTHS, 'age: years;months after "CA:" ("CA: 6;6")', 0.7));
  if (SEX_BETWEEN_SLASHES.test(text)) found.push(...fromPattern(text, SEX_SLASH_AGE, 'age: a household list of name, sex and age ("Adwoa / F / 12")', 0.6));
  if (/\bage\b/i.test(text)) found.push(...fromPattern(text, AGE_LABEL, 'age: after "Age (yrs):" or "her age to"', 0.75));
  found.push(...agesAtDeath(text));
  if (/\sna\b/.test(text)) {
    found.push(...fromPattern(text, NA_AKO, 'age: a number before Filipino "na ako" ("Forty-one na ako")', 0.6));
    found.push(...fromPattern(text, NA_ALONE, 'age: "18 na!" after a birthday', 0.55).filter((age) => BIRTHDAY_BEFORE.test(text.slice(Math.max(0, age.start - 80), age.start))));
  }
  if (/\sna\s|\spass(?:ed)?\s+\d|\spass(?:ed)?\s+[a-z]+(?:ty|teen)/.test(text)) found.push(...fromPattern(text, PIDGIN_AGE, 'age: Nigerian Pidgin "the boy na 13", "she pass 35"', 0.55));
  if (text.includes(', ')) found.push(...selfIntroductions(text));
  if (text.includes('.)')) found.push(...fromPattern(text, AFTER_INITIALS, 'age: after a name and its initials ("Dolores Reyes (D.R.), 79")', 0.6));
  if (text.includes('),')) found.push(...fromPattern(text, AFTER_NAME_BRACKET, 'age: after a name and a bracket ("Kim Min-jae (김민재), 58, retired")', 0.6, 2));
  if (/\p{Lu}\.\p{Lu}\.\s(?:is|was)\s/u.test(text)) found.push(...fromPattern(text, INITIALS_ARE, 'age: initials "is" a number ("K.O. is 84")', 0.65));
  if (/\s(?:I|he|she|we|they)\s(?:was|were)\s*[.,!;]/.test(text)) found.push(...fromPattern(text, AGE_I_WAS, 'age: "Fifteen I was."', 0.55, 5));
  if (AND_PERSON.test(text)) found.push(...fromPattern(text, AGE_AND_STILL, 'age: a number opening a sentence, then "and she won\'t stop"', 0.5, 16));
  found.push(...fromPattern(text, KIN_NAME_AGE, 'age: kin, a name and a number ("the grandchildren, Tomás nine")', 0.55));
  return found;
}
