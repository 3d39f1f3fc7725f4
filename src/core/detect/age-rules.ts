/** The patterns that say a number is somebody's age, each with its own test of what surrounds it. */
import { anchoring, type Anchoring } from './anchored-scan';
import { HOLIDAY } from './date-words';
import { isCommonWord } from './lexicon/english-words';
import { QUANTITY_NOUN, textAfter, textBefore } from './pattern-context';
import { AGE_ORDINAL_WORDS, CARDINAL_WORDS, DECADE_WORDS } from './pattern-number-words';

/** An age in figures or words, 1..120 (checked in code). No capture groups. */
export const NUM = `(?:\\d{1,3}|${CARDINAL_WORDS}|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?${CARDINAL_WORDS})?)(?:[- ]something(?! (?:like|else|to|for|about|in|on|that|I|you|we))|-odd|-ish|ish|-plus)?`;
const END = '(?![\\p{L}\\p{N}]|[.,]\\p{N})';
const START = '(?<![\\p{L}\\p{N}_.,$£€#/:-])';
const DECADE = `(?:${Object.keys(DECADE_WORDS).join('|')}|[1-9]0['’]?s|['’][1-9]0s)`;
const KIN =
  '(?:(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law|son|daughter|boy|girl|kid|child|baby|grandson|granddaughter|grandchild|brother|sister|mum|mom|mam|dad|father|mother|husband|wife|partner|eldest|youngest|oldest|middle one|nephew|niece|cousin|stepson|stepdaughter|twins|lad|lass|bairn|wee one|little one|youngster|gran|granny|nan|nana|grandma|grandad|granddad|grandpa|papa|auntie|aunt|uncle|stepdad|stepmum|stepmom|fiancée?|boyfriend|girlfriend|mate|friend|neighbour|neighbor|boss|manager|doctor|GP|nurse|carer|caregiver|landlord|landlady|teacher|counsell?or|therapist|sponsor|colleague|flatmate|roommate|ex|wife|hubby|missus)';
const KIN_PLURAL_LOWER =
  '(?:kids|children|boys|girls|sons|daughters|grandkids|grandchildren|grandsons|granddaughters|twins|brothers|sisters|nephews|nieces|stepkids|lads|lasses|bairns|grandparents|parents)';
/** A relative or a person close to someone, in lower case: `mum`, `brother`, `neighbour`. No capture groups. */
export const KIN_WORD = KIN;
/** A relative's possessive: `mother's`, `nan's`, `uncle's`. */
const KIN_POSSESSIVE = "(?:mother|father|mum|mam|mom|dad|nan|nana|nanny|gran|granny|grandma|grandad|granddad|grandpa|aunt|auntie|aunty|uncle|sister|brother|wife|husband|son|daughter|cousin)['’]s";
/** Capitalised words that start "X's 5" or "X was 1" without being anyone's name. */
const NOT_A_NAME =
  '(?!(?:That|This|It|There|What|Which|Who|Here|Where|When|How|Why|Let|Everything|Nothing|Something|Everyone|Nobody|Somebody|Everybody|One|Today|Tomorrow|Yesterday|Now|Then|Mine|Ours|Yours|Theirs|Score|Number|Total|Price|Rent|Dose|Level|Stage|Page|Room|Ward|Bed|Result|Reading)\\b)';
/** Plural kin as a sentence may start with them: `Grandkids are 8 and 11`. */
const KIN_PLURAL = KIN_PLURAL_LOWER.replace(/(\(\?:|\|)([a-z])/g, (_m, sep: string, letter: string) => `${sep}[${letter}${letter.toUpperCase()}]`);
/** A relative opening a note or a sentence: `Husband 71, bedridden`. */
const KIN_CAPITALISED = KIN.replace(/(\(\?:|\|)([a-z])/g, (_m, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`);
// A caption wraps its lines anywhere (`until I⏎was nine`): each space of the subject matches any white space.
const SUBJECT = (
  "(?:(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|[Tt]he) (?:little |baby |older |younger |big |eldest |youngest )?" + KIN + "(?: \\p{Lu}[\\p{L}\\p{M}'’-]+| \\p{Ll}[\\p{Ll}'’-]+(?= was| is))?(?:['’]s| is| was)|" +
  // "The others are 17, 15 and 13", "the older two were 9 and 11": the rest of the children just listed.
  "(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:others|other (?:two|three|four|ones|kids|boys|girls)|rest(?: of them)?|(?:older|younger|little|big) (?:ones|two|three)|(?:oldest|youngest|eldest) (?:two|three)) (?:are|were)|" +
  // "the twins Kristián and Krisztina are eleven", "Denisa and Ferko are 9": children named together.
  "(?:(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) " + KIN_PLURAL_LOWER + " )?" + NOT_A_NAME + "\\p{Lu}\\p{Ll}+ and " + NOT_A_NAME + "\\p{Lu}\\p{Ll}+ (?:are|were)|" +
  "(?:makes|made|making) (?:you|him|her|me|them|us)|(?:(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|[Tt]he) )?" + KIN_PLURAL + " (?:are|were)|(?:[Ii]['’]m|[Ii] am|[Hh]e['’]s|[Ss]he['’]s|[Hh]e is|[Ss]he is|[Yy]ou['’]re|[Tt]hey['’]re|[Ww]e['’]re) (?:going to|gonna) be|[Ii]['’]m|[Ii]m(?= )|[Ii] am|[Ii] was|[Ii]['’]ll be|(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou)(?:['’]d|['’]ll| would| will)(?: have)? be(?:en)?|[Hh]e['’]s|[Hh]e is|[Hh]e was|[Ss]he['’]s|[Ss]he is|[Ss]he was|(?:[Ss]he|[Hh]e)s(?= )|[Tt]hey['’]re|[Tt]hey are|[Tt]hey were|[Yy]ou['’]re|[Yy]ou were|" + NOT_A_NAME + "\\p{Lu}\\p{Ll}+['’]s|" + NOT_A_NAME + "\\p{Lu}\\p{Ll}+,? (?:is|was)|(?<![Tt]he )(?<![\\p{L}\\p{N}])\\p{Lu}{2,3} (?:is|was)|\\b(?:[Mm]am|[Mm]um|[Mm]om|[Mm]a|[Dd]ad|[Nn]an|[Nn]anny|[Nn]ana|[Gg]ran|[Gg]ranny|[Gg]randad|[Gg]randma|[Gg]randpa|[Pp]apa|[Pp]op)(?:['’]s| is| was))"
).replace(/ /g, "\\s");

/** Capitalised words before ", seven," that are not a name: replies, fillers, months and days. */
const NOT_AN_APPOSITION =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yes|Yeah|Yep|No|Nah|Aye|Oh|Ah|Well|So|And|But|Or|Okay|OK|Sorry|Right|Um|Erm|Uh|Hmm|Mm|Sure|Maybe|Like|Then|Now|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Anyway|Also|Plus|Chapter|Page|Question|Number|Step|Round|Level|Stage|Year|Grade|Room|Ward';

export interface Rule {
  pattern: RegExp;
  reason: string;
  /** Set for a rule whose match starts where a number does: it is tried only there (see anchored-scan.ts). */
  anchoring?: Anchoring;
  /** Confidence for this match, or undefined to drop it. `value` is the age read from the span. */
  judge: (value: number, words: boolean, text: string, start: number, end: number) => number | undefined;
}

const rule = (source: string, reason: string, judge: Rule['judge']): Rule => ({ pattern: new RegExp(source, 'gu'), reason, judge });

/** Every offset where an age in figures or words can start: the anchor of the rules whose match opens with the number. */
export const NUMBER_STARTS = new RegExp(`(?=${NUM})`, 'gu');
/**
 * `base`, tried only where a number starts; its match must begin (after any look-behind) with the number. Worth it
 * where the text before the number is costly to look for everywhere (`I'm`, `she was`, a relative): there the cue is
 * a look-behind, read only where a number is. Two rules that open with a decade test its first letter
 * (`(?=[eml])`) before their look-behind, which is cheaper than a look-behind tried at every offset.
 */
const atNumbers = (base: Rule): Rule => ({ ...base, anchoring: anchoring(NUMBER_STARTS, base.pattern) });

/**
 * What may follow "she's fifteen" for it to be an age rather than "she's fifteen minutes away". A pause, latch or
 * quiet mark of a conversation-analysis transcript (`(.)`, `(0.5)`, `=`, `°`) ends a clause like a comma.
 */
const CLAUSE_END = /^(?:[ \t]*(?:[.,;:!?)\]—–=°"”]|\.\.\.|\(\d{0,2}\.\d?\)|$|\r?\n)|\s+(?:and|but|now|then|when|at the time|this year|next|last|in|so|because|or|already|yet|too|soon|going on|nearly|almost|alone|still|years? old|and a half|by then|herself|himself|myself|he|she|they|we|[Ii]|you|he['’]s|she['’]s|they['’]re|[Ii]['’]m|[Ii]['’]ve|my|his|her|our|their|imagine|bless|lol|haha|lmao|liao|lah|leh|lor|sef|abi|jare|sha|already|if|is (?:that|it|this) (?:ok|okay|alright|fine|allowed)|this (?:January|February|March|April|May|June|July|August|September|October|November|December|month|spring|summer|autumn|fall|winter|birthday))\b|\s+on\s+(?:the\s+\d|\d|(?:his|her|my|their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s*-\s)/;
const TIME_AFTER = /^\s*(?:o['’]?clock|am\b|pm\b|a\.m|p\.m|in the (?:morning|afternoon|evening)|at night|tonight|tomorrow|sharp|thirty|fifteen|forty-five|:\d)/i;

const MEASUREMENT_BEFORE =
  /\d\s*(?:stone|st|kilos?|kg|lbs?|pounds|feet|foot|ft|inches|cm|mmol|units|mg|percent|%|degrees)\b(?![\s\S]*[.?!]\s+\p{Lu})/iu;
const LIFE_EVENT =
  /\b(?:left|leave|started|start|began|begin|moved|lost|first|when|married|school|diagnosed|since|born|adopted|orphaned|died|joined|quit|stopped|drinking|smoking|pregnant|had (?:him|her|them|my)|went\s+(?:to\s+sea|to\s+war|to\s+work|out\s+to\s+work|into\s+service|down\s+the\s+mines?|abroad|overseas)|emigrated|immigrated|migrated|fled|came\s+(?:over|from)|joined\s+up|enlisted|apprenticed|(?:had|got|given|bought)\s+(?:a|an|my|her|his|their)\s+(?:own\s+)?(?:phone|mobile|smartphone|tablet|ipad|laptop|bike|account))\b/i;

/** What makes "13 yrs" an age: a name or relative, "is"/"aged", or the start of a cell or bracket (`Sam, 13 yrs`, `son (13 yrs)`). */
const YRS_PERSON_BEFORE = new RegExp(
  `(?:\\p{Lu}\\p{Ll}+|\\b${KIN}|\\b${KIN_PLURAL_LOWER})\\s*[,(]?\\s*$|\\b(?:is|was|am|are|were|['’]s|['’]m|aged?|turned|turns|turning)\\s+(?:(?:only|just|about|nearly|almost)\\s+)?$|(?:^|[(|:]\\s*|\\n\\s*)$`,
  'u',
);
const NAME_OR_KIN_BEFORE_BRACKET = new RegExp(`(?:\\p{Lu}[\\p{Ll}\\p{M}'’-]*\\p{Ll}|\\b${KIN})\\s+\\($`, 'u');
const INITIALS_BEFORE_BRACKET = /(?<![\p{L}.])(?:\p{Lu}\.?){2,3}\s+\($/u;
const PERSON_AFTER_BRACKET = /^\)\s*(?:,|and\b|&|is\b|was\b|has\b|had\b|who\b|lives?\b|live\b|works?\b|said\b|says\b|were\b|are\b|[.;]|$)/;
/** Words of youth or age in the sentence before a number said on its own. */
const AGE_TALK_BEFORE = /\b(?:baby|babies|young|younger|old|older|age|aged|born|birthday|kid|child|teen|teenager|years|grown|little)\b/i;
/** A child in the sentence before an age in months, or an event a person had (`Raj's son had his at 18 months`). */
const CHILD_IN_SENTENCE = /\b(?:son|sons|daughter|daughters|baby|babies|child|kid|kids|boy|girl|grandson|granddaughter|twins|(?:had|got)\s+(?:his|hers|theirs))\b/i;
/** An age said in the sentence or two before: "when I was twelve", "she's 9 years old". */
const AGE_JUST_SAID = /\b(?:when (?:I|he|she|we|they|you) (?:was|were)|years? old|year-old)\b/i;
/** A schedule verb straight before "at": "I leave at six", "school starts at nine", "home at seven". */
const CLOCK_VERB_BEFORE_AT =
  /\b(?:leave|leaves|left|start|starts|started|begin|begins|began|finish|finishes|finished|up|home|back|in|out|here|there|open|opens|opened|close|closes|closed|arrive|arrives|arrived|meet|meets|met|bed|off|on|lunch|dinner|tea|breakfast|work|done|ready|shift|class|mass|church|the house|the office|the farm|the yard|the shop|the pub|pick(?:ed)? (?:him|her|them|me|us) up|(?:go|goes|get|gets|leave|leaves|start|starts|finish|finishes)\s+(?:to\s+)?(?:school|work|college|uni|nursery|church|bed))\s+at,?\s+(?:(?:about|around|like|only|just|maybe|what),?\s+)*$/i;
/** "She must be 72 now": a guess at someone's age; not "it must be ten by now" (a clock). */
const GUESS_SUBJECT = "(?<!\\b(?:[Ii]t|[Tt]hat|[Tt]his|[Tt]here|[Ww]hich|[Tt]ime|[Ww]hat)\\s*)(?:must|might|may|could|should|would|will|['’]d|['’]ll)(?:\\s+(?:have|now|still|already)|['’]ve)?\\s+be(?:en)?";

export const RULES: Rule[] = [
  // `so she eighty-four, going on eighty-five`, `Mi fifty-two and mi feel like mi a hundred`: the copula left out, as
  // Caribbean, West African and other Englishes do; only where the clause ends or goes on as an age's does.
  atNumbers(rule(
    `(?<=(?:^|[.!?,;:>]\\s*|\\n\\s*|\\b(?:so|but|and|because|cause|now)\\s+)(?:[Ss]he|[Hh]e|[Mm]i|[Hh]im|[Ii]|[Mm]e)\\s+)(${NUM})(?=\\s*(?:[.,!;]|$)|\\s+(?:and|herself|himself|myself|going\\s+on|now|this\\s+year|next)\\b)`,
    'age: a number said of someone without a copula',
    (value) => (value >= 2 && value <= 110 ? 0.6 : undefined),
  )),
  atNumbers(rule(
    `${START}(${NUM}(?:[ -]and[ -]a[ -]half)?[ -](?:years?|yrs?)[ -](?:olds?|young)|${NUM}[ -]year[ -]old|${NUM}\\s+years\\s+of\\s+age)${END}`,
    // `sixty-one years young`: the joke says the age all the same.
    'age: number followed by "years old"',
    (value) => (value <= 120 ? 0.85 : undefined),
  )),
  atNumbers(rule(`${START}(${NUM}[ -](?:months?|weeks?)[ -]old)${END}`, 'age: number followed by "months old"', (value) =>
    value <= 60 ? 0.75 : undefined)),
  atNumbers(rule(`${START}(\\d{1,3} ?(?:y\\/o|yo|yrs|y\\.o\\.)|\\d{1,3}y)(?![\\p{L}\\p{N}])`, 'age: number followed by "y/o"', (value, _words, text, start, end) => {
    if (value > 120) return undefined;
    // "13 yrs in the army", "a tram driver for 30 yrs": "yrs" (or a clinician's `16y`) alone is a duration unless someone is named just before.
    if (/(?:yrs|\d ?y)$/.test(text.slice(start, end)) && !YRS_PERSON_BEFORE.test(textBefore(text, start, 30))) return undefined;
    // "Worked 40 yrs at the mill": a capitalised verb or common word opening the sentence is no name.
    const capitalised = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+$/u.exec(textBefore(text, start, 30));
    if (/yrs$/.test(text.slice(start, end)) && capitalised && isCommonWord(capitalised[1].toLowerCase()) && !/\b(?:is|was|aged?|turned|turns)\s+$/.test(textBefore(text, start, 12))) return undefined;
    return 0.8;
  })),
  rule(
    `\\b(?:[Aa]ged|[Aa]ge|[Aa]ges|at the age of|[Aa]ge:)\\s*[:?]?\\s*(?:of\\s+)?(?:(?:only|just|about|around|nearly|barely)\\s+)?(${NUM})${END}`,
    'age: number after "aged"',
    // "I've aged ten years" is a feeling, not an age; "ages 14-16", "age group 25-34" describe a group, not anyone.
    (value, _words, text, start, end) => {
      if (value > 120 || /\b(?:['’]ve|have|has|had|really|so)\s+aged\s+$/i.test(textBefore(text, start, 20))) return undefined;
      if (/\b(?:ages|age\s+(?:group|range|band|bracket))\s*:?\s*$/i.test(textBefore(text, start, 20)) && /^\s*(?:-|–|to)\s*\d/.test(textAfter(text, end, 8))) return undefined;
      return 0.8;
    },
  ),
  atNumbers(rule(
    `(?<=\\b${SUBJECT}\\s+["“]?(?:(?:both|all|each|only|just|nearly|almost|about|around|barely|now|like|probably|maybe|already|still|over|above|under|past|well over)\\s+)?(?:(?:only|just|nearly|almost|about|now)\\s+)?)(${NUM})${END}`,
    'age: number after "I\'m" / "she was"',
    (value, words, text, start, end) => {
      const after = textAfter(text, end, 30);
      if (value < 1 || value > 110 || QUANTITY_NOUN.test(after) || TIME_AFTER.test(after)) return undefined;
      if (/^\s*(?:of|percent|%)/.test(after)) return undefined;
      // "Rusty's one, he never checks it": after a possessive, "one" is a thing of theirs, not a baby's age.
      if (value === 1 && words && /\p{Lu}\p{Ll}+['’]s\s+$/u.test(textBefore(text, start, 30))) return undefined;
      // "when I was twelve we moved": the clause before says it is an age, whatever follows.
      const framed = /\b(?:when|since|until|till|time|before|after|as|because)\s+\S+\s+\S+\s+(?:only|just|about|like|barely|maybe)?\s*$/i.test(textBefore(text, start, 40));
      if (!framed && !CLAUSE_END.test(after)) return undefined;
      // "I was 19 stone then, now I'm 16": a measurement just before makes this one too.
      if (MEASUREMENT_BEFORE.test(textBefore(text, start, 50))) return 0.4;
      return words ? 0.7 : 0.75;
    },
  )),
  atNumbers(rule(
    `(?<=${GUESS_SUBJECT}\\s+(?:(?:only|just|nearly|almost|about|around|like|probably|maybe|what,?|well|over|easily|at least|at most)\\s+)?)(${NUM})${END}`,
    'age: number after "she must be" / "he\'d be"',
    (value, words, text, _start, end) => {
      const after = textAfter(text, end, 30);
      if (value < 1 || value > 110 || QUANTITY_NOUN.test(after) || TIME_AFTER.test(after)) return undefined;
      if (!CLAUSE_END.test(after) && !/^\s+by\s+now\b/.test(after)) return undefined;
      return words ? 0.65 : 0.7;
    },
  )),
  atNumbers(rule(
    `(?<=(?:^|[.,;!?]\\s+|\\n\\s*|>>\\s*|\\b(?:and|but|so|now|because)\\s+)(?!(?:it|that|this|there|what|which|who|everything|nothing|something|everyone|everybody|one|time|rent|price|total|score|count|number|bill|fee|cost|he|she|they|we|you|i)\\b)\\p{Ll}{3,}\\s+(?:is|was)\\s+)(${NUM})(?=\\s+now\\b)`,
    'age: "yusuf is fourteen now" (a lower-case name in an automatic transcript)',
    (value, _words, text, _start, end) => (value >= 1 && value <= 110 && !QUANTITY_NOUN.test(textAfter(text, end + 4, 30)) ? 0.55 : undefined),
  )),
  atNumbers(rule(
    `(?<=\\b${SUBJECT}\\s+(?:(?:only|just|nearly|almost|about)\\s+)?)(${NUM}[ -](?:months?|weeks?))(?=[ \\t]*(?:[.,;!?)]|$|\\r?\\n)|\\s+(?:and|now|then|when|at the time)\\b)`,
    'age: a baby\'s age in months ("Nikau is eighteen months.")',
    () => 0.6,
  )),
  atNumbers(rule(
    `(?<=\\b${SUBJECT}\\s+(?:(?:only|just|nearly|almost|about|over|above)\\s+)?)(${NUM}\\s+years?)(?=(?:\\s+(?:now|already|this year))?[ \\t]*(?:[.,;!?)]|$|\\r?\\n|and\\b))`,
    'age: number of years after "she is" ("She is 16 years, in Form 4")',
    (value) => (value >= 1 && value <= 110 ? 0.6 : undefined),
  )),
  rule(
    `\\bat\\s+(?:(?:only|just|about|around)\\s+)?(${NUM}[ -](?:months?|weeks?))(?:\\s+old)?(?=[ \\t]*(?:[.,;:!?)]|$|\\r?\\n)|\\s+(?:and|when|because|so)\\b)`,
    'age: a child\'s age in months at an event ("Raj\'s son had his at 18 months.")',
    (_value, _words, text, start) => {
      const sentenceBefore = /[^.!?\\n]*$/.exec(textBefore(text, start, 80))?.[0] ?? '';
      // A child in the sentence, or what one "had" (`had his at`); not a schedule (`the review at 6 months`).
      return CHILD_IN_SENTENCE.test(sentenceBefore) ? 0.5 : undefined;
    },
  ),
  rule(
    `\\b[Ww]ho(?:['’]s|\\s+is|\\s+was|\\s+were|\\s+are|['’]ll be|\\s+will be|['’]d be|\\s+would be|\\s+turned|\\s+turns|\\s+is now|\\s+was only|\\s+is only|\\s+is just)\\s+(?:(?:only|just|nearly|almost|about|now)\\s+)?(${NUM})${END}`,
    'age: number after "who\'s"',
    (value, words, text, _start, end) => {
      const after = textAfter(text, end, 30);
      if (value < 1 || value > 110 || QUANTITY_NOUN.test(after) || TIME_AFTER.test(after) || !CLAUSE_END.test(after)) return undefined;
      return words ? 0.6 : 0.65;
    },
  ),
  atNumbers(rule(
    `${START}((?:\\d{2}|${CARDINAL_WORDS})-something)${END}`,
    'age: "seventy-something"',
    (value, _words, text, _start, end) => (value >= 20 && value <= 110 && !QUANTITY_NOUN.test(textAfter(text, end, 30)) ? 0.55 : undefined),
  )),
  rule(
    `\\b(?:baby|newborn|infant|toddler|(?:he|she|they|you|I)\\s+(?:was|were|is|are|['’]s)\\s+(?:only|just|about)?)\\s*,?\\s*(?:(?:about|around|only|just|nearly|almost)\\s+)?(${NUM}[ -](?:months?|weeks?))(?![\\p{L}\\p{N}])`,
    'age: a baby\'s age in months',
    (_value, _words, text, _start, end) => {
      const after = textAfter(text, end, 30);
      // "she was eight months pregnant", "he was six months in hospital": a duration.
      return /^(?:[ \t]*(?:[.,;:!?)]|$|\r?\n)|\s+(?:and|old|when|then|at the time|now)\b)/.test(after) ? 0.6 : undefined;
    },
  ),
  rule(
    `\\b(?:turned|turning|turns|turn|just turned|clocked|clocks|clocking|don clock|hit|hits|reached|reach|pushing|going on|coming up on|coming up to|getting on for|knocking on|celebrated (?:his|her|my|their))\\s+(${NUM})${END}`,
    'age: number after "turned"',
    (value, _words, text, _start, end) => {
      const after = textAfter(text, end, 30);
      return value < 1 || value > 110 || QUANTITY_NOUN.test(after) || TIME_AFTER.test(after) ? undefined : 0.7;
    },
  ),
  rule(
    `\\b(?:[Nn]ot bad for|(?:make|makes|made|making) it to|(?:live|lives|lived|living) to|(?:died|passed away|passed|was killed|was widowed|was orphaned) at)\\s+(?:(?:the )?age (?:of )?)?(${NUM})${END}`,
    'age: number after "lived to", "not bad for" or "died at"',
    (value, _words, text, _start, end) => {
      // "died at 56 of his heart": the cause may follow the age; "make it to twenty minutes" is a quantity.
      const after = textAfter(text, end, 30);
      if (value < 1 || value > 115 || TIME_AFTER.test(after) || (QUANTITY_NOUN.test(after) && !/^\s+of\s+(?:his|her|their|a|an|the)\b/i.test(after))) return undefined;
      return 0.6;
    },
  ),
  rule(
    `\\b[Aa]t,?\\s+(?:(?:oh|about|around|like|only|just|maybe|um|uh|erm|age|what),?\\s+)*(${NUM})${END}`,
    'age: number after "at" (as in "left school at sixteen")',
    (value, words, text, start, end) => {
      const after = textAfter(text, end, 30);
      if (QUANTITY_NOUN.test(after) || TIME_AFTER.test(after) || /^\s*(?:%|percent|mph|degrees|°)/i.test(after)) return undefined;
      if (value > 99) return undefined;
      // "at five" is usually a clock time; a child's age needs a life event nearby ("started school at five"), and
      // a schedule verb right before "at" ("I leave at six", "school starts at nine") makes it a time again.
      if (value < 13) {
        if (CLOCK_VERB_BEFORE_AT.test(textBefore(text, start, 40))) return undefined;
        // "At 11 he got his first job": a sentence that opens with the age names the event after it.
        const opensSentence = /(?:^|[.!?:]\s+|\n\s*)[Aa]t,?\s+$/.test(textBefore(text, start, 8));
        const sentenceBefore = /[^.!?\n]*$/.exec(textBefore(text, start, 40))?.[0] ?? '';
        // "I got my mark when I was twelve. Máret got hers at, what, nine?": an age just said makes this one an age too.
        const agesJustBefore = AGE_JUST_SAID.test(textBefore(text, start, 120));
        if (agesJustBefore) return 0.5;
        return LIFE_EVENT.test(sentenceBefore) || (opensSentence && LIFE_EVENT.test(/^[^.?!\n]*/.exec(textAfter(text, end, 60))?.[0] ?? '')) ? 0.45 : undefined;
      }
      return words ? 0.6 : 0.5;
    },
  ),
  atNumbers(rule(
    // `Kiwi bloke, 38, three kids`, `her husband, 45, drives`; `63, Sikh, wears a navy dastaar` in field notes.
    `(?<=\\b(?:[Mm]ale|[Ff]emale|[Mm]an|[Ww]oman|M|F|[Nn]on-?binary|bloke|fella|chap|lady|widow|widower|husband|wife)\\s*[,/]\\s*)(\\d{1,2})(?![\\p{L}\\p{N}])|(\\d{1,2})(?=\\s*[,/]\\s*(?:[Mm]ale|[Ff]emale|[Nn]on-?binary)\\b|\\s*,\\s*(?:Sikh|Muslim|Hindu|Christian|Catholic|Jewish|Buddhist|widowed|divorced|married)\\s*[,;.])`,
    'age: number next to a gender in a description',
    (value) => (value >= 16 ? 0.7 : undefined),
  )),
  atNumbers(rule(
    `(?<=\\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yes|Yeah|Yep|No|Nah|Aye|Oh|Ah|Well|So|And|But|Okay|OK|Sorry|Right|Um|Erm)\\b)\\p{Lu}\\p{Ll}+(?:[,.]|\\s\\([^()\\n]{1,30}\\),)\\s(?:then\\s|now\\s)?)(\\d{1,2})(?=[,.!](?:\\s|$)|[;)]|[.!]?(?:\\r?\\n|$))|(?<=\\b(?!(?:${NOT_AN_APPOSITION})\\b)\\p{Lu}\\p{Ll}+(?:\\s\\([^()\\n]{1,30}\\))?,\\s(?:then\\s|now\\s)?)(${CARDINAL_WORDS})(?=,\\s)`,
    'age: number set off after a name ("Odell, 66, ...", "Tariq. 31.")',
    (value, _words, text, start, end) => {
      if (value < 2 || QUANTITY_NOUN.test(textAfter(text, end + 1, 30))) return undefined;
      // "Hinterhaus, 3. OG": a German ordinal floor, not an age.
      if (/^\.\s*\p{Lu}{2}\b/u.test(textAfter(text, end, 5))) return undefined;
      // "Tariq. 31." introduces a speaker only at the start of a turn or line.
      if (/\.\s$/.test(textBefore(text, start, 2))) return /(?:^|\n|:\s*)\p{Lu}\p{Ll}+\.\s$/u.test(textBefore(text, start, 40)) && value >= 16 ? 0.5 : undefined;
      return 0.55;
    },
  )),
  rule(
    `\\b(?:${KIN}|${KIN_CAPITALISED}|${KIN_PLURAL}),?\\s+(?:(?:both|all|each|aged|now|also|too|only|just|nearly|almost|barely|already|not even|not yet|both aged|both now)\\s+)?(${NUM})(?=[ \\t]*(?:[,.;:)!?]|and\\b|now\\b|already\\b|\\r?\\n|$))`,
    'age: number right after a child or relative ("two girls, 19 and 23")',
    (value, words, text, _start, end) =>
      value >= 1 && value <= 110 && !QUANTITY_NOUN.test(textAfter(text, end, 30)) ? (words ? 0.6 : 0.65) : undefined,
  ),
  atNumbers(rule(
    `${START}(${NUM})(?=\\s+(?:(?:this|next|come)\\s+(?:year|birthday|month|spring|summer|autumn|fall|winter)|(?:this|next|come|in)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:at|by|on|for|this|next|come)\\s+${HOLIDAY})(?![\\p{L}]))`,
    'age: number before "this October" / "next birthday"',
    // Only where the number opens a clause ("Seventy this October") or follows "be": "seen 12 this year" is a count.
    (value, _words, text, start) =>
      value >= 2 && value <= 110 && /(?:^|[.!?:;,—–]\s*|\b(?:be|turning|turns|turn)\s+)$/i.test(textBefore(text, start, 20)) ? 0.6 : undefined,
  )),
  rule(
    // Also after a relative's possessive, and before where it is held: `Martin's mother's eightieth in the hall`.
    `(?<=\\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur|\\p{Lu}\\p{Ll}+['’]s|${KIN_POSSESSIVE})\\s+)(\\d{1,3}(?:st|nd|rd|th)|${AGE_ORDINAL_WORDS})(?=\\s+(?:birthday|bday|b-day|party|do)\\b|\\s+(?:in|at)\\s+the\\b)`,
    'age: birthday ("her 50th birthday")',
    (value) => (value >= 1 && value <= 110 ? 0.7 : undefined),
  ),
  rule(
    `(?<=\\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur|\\p{Lu}\\p{Ll}+['’]s)\\s+)(\\d{2}(?:st|nd|rd|th)|${AGE_ORDINAL_WORDS})(?=[ \\t]*(?:[.,;!?)]|$|\\r?\\n))`,
    'age: a birthday said by its number ("on my 40th")',
    (value, _words, text, start) => (value >= 13 && value <= 110 && /\b(?:on|for|at|since|before|after|till|until|it['’]s|was|is)\s+\S+\s+$/i.test(textBefore(text, start, 20)) ? 0.55 : undefined),
  ),
  rule(
    `\\b(?:man|woman|lady|bloke|guy|girl|boy|lad|lass|youngster|teenager|person|fella|fellow|gentleman|child|kid|patient)\\s+of\\s+(?:only\\s+|just\\s+|about\\s+)?(${NUM})${END}`,
    'age: "a woman of sixty"',
    (value, _words, text, _start, end) => (value >= 1 && value <= 110 && !QUANTITY_NOUN.test(textAfter(text, end, 30)) ? 0.65 : undefined),
  ),
  // `Fifty-four is too young for this`, `90 years is not small`: an age opening a sentence, judged young or old.
  atNumbers(rule(
    `(?<=(?:^|[.!?:]\\s+|\\n\\s*|\\]\\s*))(${NUM}(?:\\s+years)?)(?=\\s+is\\s+(?:too\\s+young|too\\s+old|so\\s+young|young|old|no\\s+age|a\\s+good\\s+age|not\\s+(?:old|small|young)))`,
    'age: an age judged young or old',
    (value) => (value >= 10 && value <= 120 ? 0.6 : undefined),
  )),
  atNumbers(rule(
    `(?<=(?:^|[,(:;|]\\s*|\\n\\s*|[.!?]\\s+))(\\d{2})(?=[MF](?:\\s*[,;)|]|\\s*$|\\r?\\n))`,
    'age: number fused with a gender in a description ("P3, 45M, nurse")',
    (value) => (value >= 16 ? 0.6 : undefined),
  )),
  rule(
    `(?=[eml])(?<=(?:^|[,(:;|]\\s*|\\n\\s*))(?:early|mid|late)[- ]?(${DECADE})(?![\\p{L}\\p{N}])`,
    'age: decade of life in a description ("woman, mid-40s, carer")',
    (value, _words, text, _start, end) => (value >= 10 && /^\s*(?:[,;)|]|$|\r?\n)/.test(textAfter(text, end, 5)) ? 0.6 : undefined),
  ),
  // `**DOB:** 17/06/1979 (44)`, `born 21 Jan 1955 (sixty-nine)`: the age a record gives after a date of birth.
  atNumbers(rule(
    `(?<=\\b(?:DOB|D\\.O\\.B\\.?|[Dd]ate of [Bb]irth|[Bb]orn)\\b[^\\n()]{0,24}\\d{4}[ \\t]*\\()(${NUM})(?=\\))`,
    'age: in brackets after a date of birth',
    (value) => (value >= 1 && value <= 120 ? 0.8 : undefined),
  )),
  atNumbers(rule(
    `(?<=\\s\\()(\\d{1,2})(?=\\))`,
    'age: number in brackets after a name',
    // The name or relative is looked at only where a bracketed number is: `Halyna (71)`, `son (9)`.
    (value, _words, text, start, end) => {
      if (value < 1) return undefined;
      // "(1) Brookfield Ltd (2) PrimeShift Ltd": numbered parties, not ages.
      if (text.includes(`(${value - 1})`) && /^\)\s+\p{Lu}/u.test(textAfter(text, end, 3))) return undefined;
      const before = textBefore(text, start, 30);
      if (NAME_OR_KIN_BEFORE_BRACKET.test(before)) return 0.6;
      // "JB (31) and RB (35) live with": initials, then what the person does.
      return INITIALS_BEFORE_BRACKET.test(before) && PERSON_AFTER_BRACKET.test(textAfter(text, end, 12)) ? 0.55 : undefined;
    },
  )),
  atNumbers(rule(
    `(?<=(?:^|[.!?]\\s+|\\n\\s*|:\\s+))(${NUM})(?=\\s+and\\s+(?:still\\s+)?(?:\\p{Ll}+ing|single|married|retired|divorced|widowed|pregnant|proud|alone)\\b)`,
    'age: a number opening a sentence, then "and complaining" / "and still driving"',
    (value, _words, text, _start, end) => (value >= 16 && value <= 110 && !QUANTITY_NOUN.test(textAfter(text, end, 30)) ? 0.5 : undefined),
  )),
  atNumbers(rule(
    `(?<=(?:^|[.!?]\\s+|\\n\\s*|:\\s+))(${NUM})(?=[!?](?:\\s|$))`,
    'age: a number exclaimed on its own after talk of youth or age ("Ayu is still a baby. Twenty-four!")',
    (value, _words, text, start) => (value >= 13 && value <= 110 && AGE_TALK_BEFORE.test(textBefore(text, start, 100)) ? 0.5 : undefined),
  )),
  atNumbers(rule(
    `(?<=(?:^|[.!?]\\s+|\\n\\s*|:\\s+))(${CARDINAL_WORDS})(?=,\\s+(?:stupid|so\\s+young|too\\s+young|young|just\\s+a\\s+(?:kid|baby|boy|girl)|a\\s+(?:kid|baby|child)|imagine|can\\s+you\\s+imagine|bless\\s+(?:him|her)|only|the\\s+idiot)\\b)`,
    'age: a number opening a sentence, then "stupid" / "so young" ("Twenty-two, stupid.")',
    (value) => (value >= 13 && value <= 110 ? 0.5 : undefined),
  )),
  rule(
    `\\b(?:looks?|looked|looking)\\s+(?:(?:about|like|maybe|only|barely|at least|well over|over|under|nearly|almost)\\s+)?(${NUM})${END}`,
    'age: the age someone looks ("she looks 45 haha")',
    (value, words, text, _start, end) => {
      const after = textAfter(text, end, 30);
      return value >= 13 && value <= 110 && !QUANTITY_NOUN.test(after) && !TIME_AFTER.test(after) && CLAUSE_END.test(after) ? (words ? 0.5 : 0.55) : undefined;
    },
  ),
  rule(
    `\\b(?:baby|child|boy|girl|infant|son|daughter|grandson|granddaughter|toddler)\\s+of\\s+(?:(?:only|just|about)\\s+)?(${NUM}[ -](?:months?|weeks?))(?![\\p{L}\\p{N}])`,
    'age: "a baby of 10 months"',
    () => 0.6,
  ),
  rule(
    `\\bfeel(?:s|ing)?\\s+(?:about|like|maybe)\\s+(${NUM})${END}`,
    'age: the age someone feels ("39. feel about 70 lol")',
    (value, _words, text, _start, end) => {
      const after = textAfter(text, end, 30);
      return value >= 13 && value <= 110 && !QUANTITY_NOUN.test(after) && CLAUSE_END.test(after) ? 0.5 : undefined;
    },
  ),
  rule(
    `(?=[tfsen1-9'’])(?<=\\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur|\\p{L}+['’]s)\\s+(?:(?:early|mid|late)[- ]?)?)(${DECADE})(?![\\p{L}\\p{N}])`,
    'age: decade of life ("in her sixties")',
    (value) => (value >= 10 ? 0.7 : undefined),
  ),
];
