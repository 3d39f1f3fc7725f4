/**
 * Guesses after a place preposition that name no place: a language after a word of speech or song (`a song in
 * Kriolu his mother sang`, `she speaks in Innu-aimun`), a known language (`in Tagalog`), or a nationality joined to
 * a participle (`discrimination from Portuguese-born crews`, `from Lagos-based firms` keeps its town).
 */
import type { Candidate } from './detector';
import { CITIES, DEMONYMS } from './lexicon/compromise-lexicon';
import { LANGUAGES } from './lexicon/public-names';

/**
 * A word of speaking or writing, or a song, right before `in`: what follows is a language. Verbs that are as often done
 * somewhere (`talked in`, `singing in Partick`, `prayed in`) are left out.
 */
const SPEECH_BEFORE =
  /\b(?:song|songs|hymn|hymns|prayer|prayers|speak|speaks|spoke|spoken|speaking|write|writes|wrote|written|writing|translated|translation|interpreted|subtitled|subtitles|fluent|dubbed|lullaby|lullabies|swear|swore|swearing|word|words|greeting|greetings)(?:\s+(?:it|them|this|that|something|everything|only|mostly|also|too|to me|to us|to her|to him|a little|a bit|all|well))?\s+in\s+$/i;

const PLACE_NOUN_AFTER = /^\s+(?:church|chapel|cathedral|mosque|temple|hall|square|park|school|town|village|market|choir|camp)\b/i;
/** A nationality or people joined to a participle: `Portuguese-born`, `Haitian-owned`, `Korean-run`. */
const NATIONALITY_COMPOUND = /^(\p{L}+)-(?:born|bred|owned|run|led|speaking|made|American|Canadian|British|Australian)$/u;

export function withoutLanguagesAndNationalities(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => {
    if (guess.type !== 'LOCATION') return true;
    const written = text.slice(guess.start, guess.end);
    const lower = written.toLowerCase();
    if (LANGUAGES.has(lower)) return false;
    if (CITIES.has(lower)) return true;
    const compound = NATIONALITY_COMPOUND.exec(written);
    if (compound && DEMONYMS.has(compound[1].toLowerCase())) return false;
    if (!SPEECH_BEFORE.test(text.slice(Math.max(0, guess.start - 60), guess.start))) return true;
    // `sang in Tarnaby church`: a building or gathering after the name makes it the place it is in.
    return PLACE_NOUN_AFTER.test(text.slice(guess.end, guess.end + 14));
  });
}
