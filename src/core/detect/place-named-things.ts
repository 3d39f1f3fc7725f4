import type { Candidate } from './detector';

/**
 * What a sentence says of a name after `in`, `through` or `by` can make it a newspaper or a payment service rather
 * than a place: `an article in Oslobođenje`, `I read in Dimmalætting`, `paid through Sberbank`, `sells through
 * Tokopedia`, `send money by Zolotaya Korona`. National papers, banks and shops are not identifiers, and no list
 * knows them all. Before `number`, a capitalised phrase names a kind of number (`the farm's County Parish Holding
 * number`, `National Insurance number`), not a county or a nation.
 */
/** Only what is printed in a paper: `the interview in Gøta`, `a photo in Tórshavn` are where they happened. */
const MEDIA_BEFORE = /\b(?:read(?: it| that| about (?:it|him|her|them))?|(?:an? |the )?(?:article|piece|advert|advertisement|ad|obituary|column|headline)s?|(?:it|he|she|they|we) (?:was|were) (?:all )?(?:printed|published|reported|written up|featured|mentioned|quoted))\s+in\s+(?:the\s+)?$/i;
const PAYMENT_BEFORE = /\b(?:paid|pay|pays|paying|send|sends|sent|sending|sell|sells|sold|selling|buy|buys|bought|order|orders|ordered|transfer|transfers|transferred|booked|book|top up|topped up)(?:\s+(?:it|them|money|the money|everything|things|online|the fee|the patent|the rent|for it)){0,2}\s+(?:through|via|by|with|on)\s+(?:the\s+)?$/i;

/** `number` then a pause, not the number itself: `Holding Road number 4` is a house on that road. */
const NUMBER_AFTER = /^ (?:number|no\.|reference|ref\.?)(?![\p{L}\p{N}])(?!\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b))/iu;

export function withoutNamedThings(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => {
    if (NUMBER_AFTER.test(text.slice(guess.end, guess.end + 12))) return false;
    const before = text.slice(Math.max(0, guess.start - 60), guess.start);
    return !MEDIA_BEFORE.test(before) && !PAYMENT_BEFORE.test(before);
  });
}
