/**
 * A reader of whole numbers 1..110 written in words of languages other than English, for ages: Spanish, Portuguese,
 * French, Italian, German, Dutch, Polish, Greek, Turkish, Filipino (Tagalog and its Spanish-derived numbers),
 * transliterated Arabic, and the numerals of Chinese, Japanese and Korean. `ochenta y dos`, `setenta e oito`,
 * `quatre-vingt-onze`, `zweiundsiebzig`, `vierentachtig`, `osiemdziesiąt siedem`, `ενενήντα δύο`, `yetmiş iki`,
 * `trenta'y singko`, `labindalawang`, `arba'a wa arba'in`, `四十三`, `마흔다섯`, `칠십팔`. Words are compared without
 * accents and case, so `piec`, `dreissig` and `SESENTA` read too.
 */

/** A word's value and role: units 1-9, teens 10-19, tens 20..90, a hundred. */
type Role = 'unit' | 'teen' | 'tens' | 'hundred';
interface Word { value: number; role: Role }

const LEXICON = new Map<string, Word>();
function roleOf(value: number): Role {
  if (value < 10) return 'unit';
  if (value < 20) return 'teen';
  return value === 100 ? 'hundred' : 'tens';
}
/** Lower case, no accents or apostrophes: the key every word is looked up by. Turkish dotless ı reads as i. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: lower case is enough, without the cost of decomposing accents.
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f'’ʿʾ`]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l');
}
function add(values: Record<number, string>): void {
  for (const [value, words] of Object.entries(values)) {
    for (const word of words.split(' ')) LEXICON.set(foldWord(word), { value: Number(value), role: roleOf(Number(value)) });
  }
}
// Spanish, Portuguese, French, Italian.
add({
  1: 'uno una un um uma une', 2: 'dos dois duas deux due', 3: 'tres três trois tre', 4: 'cuatro quatro quatre quattro',
  5: 'cinco cinq cinque', 6: 'seis six sei', 7: 'siete sete sept sette', 8: 'ocho oito huit otto', 9: 'nueve nove neuf',
  10: 'diez dez dix dieci', 11: 'once onze undici', 12: 'doce doze douze dodici', 13: 'trece treze treize tredici',
  14: 'catorce catorze quatorze quattordici', 15: 'quince quinze quindici', 16: 'dieciséis dezesseis dezasseis seize sedici',
  17: 'diecisiete dezessete dezassete diciassette', 18: 'dieciocho dezoito diciotto', 19: 'diecinueve dezenove dezanove diciannove',
  20: 'veinte vinte vingt venti', 30: 'treinta trinta trente trenta', 40: 'cuarenta quarenta quarante quaranta',
  50: 'cincuenta cinquenta cinquante cinquanta', 60: 'sesenta sessenta soixante sessanta', 70: 'setenta settanta septante',
  80: 'ochenta oitenta ottanta huitante octante', 90: 'noventa novanta nonante', 100: 'cien ciento cem cento cent',
});
// German, Dutch.
add({
  1: 'eins ein eine een', 2: 'zwei twee', 3: 'drei drie', 4: 'vier', 5: 'fünf vijf', 6: 'sechs zes', 7: 'sieben zeven',
  8: 'acht', 9: 'neun negen', 10: 'zehn tien', 11: 'elf', 12: 'zwölf twaalf', 13: 'dreizehn dertien', 14: 'vierzehn veertien',
  15: 'fünfzehn vijftien', 16: 'sechzehn zestien', 17: 'siebzehn zeventien', 18: 'achtzehn achttien', 19: 'neunzehn negentien',
  20: 'zwanzig twintig', 30: 'dreißig dreissig dertig', 40: 'vierzig veertig', 50: 'fünfzig vijftig', 60: 'sechzig zestig',
  70: 'siebzig zeventig', 80: 'achtzig tachtig', 90: 'neunzig negentig', 100: 'hundert honderd',
});
// Polish, Greek, Turkish.
add({
  1: 'jeden jedna ένα ένας μία μια bir', 2: 'dwa dwie δύο δυο iki', 3: 'trzy τρία τρεις üç', 4: 'cztery τέσσερα τέσσερις dört',
  5: 'pięć πέντε beş', 6: 'sześć έξι altı', 7: 'siedem επτά εφτά yedi', 8: 'osiem οκτώ οχτώ sekiz', 9: 'dziewięć εννέα εννιά dokuz',
  10: 'dziesięć δέκα', 11: 'jedenaście έντεκα', 12: 'dwanaście δώδεκα', 13: 'trzynaście δεκατρία δεκατρείς',
  14: 'czternaście δεκατέσσερα δεκατέσσερις', 15: 'piętnaście δεκαπέντε', 16: 'szesnaście δεκαέξι δεκάξι',
  17: 'siedemnaście δεκαεπτά δεκαεφτά', 18: 'osiemnaście δεκαοκτώ δεκαοχτώ', 19: 'dziewiętnaście δεκαεννέα δεκαεννιά',
  20: 'dwadzieścia είκοσι yirmi', 30: 'trzydzieści τριάντα otuz', 40: 'czterdzieści σαράντα kırk', 50: 'pięćdziesiąt πενήντα elli',
  60: 'sześćdziesiąt εξήντα altmış', 70: 'siedemdziesiąt εβδομήντα yetmiş', 80: 'osiemdziesiąt ογδόντα seksen',
  90: 'dziewięćdziesiąt ενενήντα doksan', 100: 'sto εκατό yüz',
});
// Filipino: Tagalog numbers and the Spanish-derived ones said in Tagalog and Cebuano.
add({
  1: 'isa', 2: 'dalawa', 3: 'tatlo', 4: 'apat kwatro kuwatro', 5: 'lima singko sinko', 6: 'anim sais', 7: 'pito siyete syete',
  8: 'walo otso', 9: 'siyam nuwebe', 10: 'sampu diyes dyes', 11: 'onse labing-isa labingisa', 12: 'dose labindalawa labing-dalawa',
  13: 'trese labintatlo labing-tatlo', 14: 'katorse labing-apat labingapat', 15: 'kinse labinlima labing-lima',
  16: 'disisais labing-anim labinganim', 17: 'disisiyete disisyete labimpito labing-pito', 18: 'disiotso labingwalo labing-walo',
  19: 'disinuwebe labinsiyam labing-siyam', 20: 'beinte bente beynte dalawampu', 30: 'trenta traynta tatlumpu',
  40: 'kwarenta kuwarenta apatnapu', 50: 'singkwenta singkuwenta limampu', 60: 'sisenta animnapu', 70: 'sitenta pitumpu',
  80: 'otsenta walumpu', 90: 'nobenta siyamnapu',
});
// Arabic in Latin letters, as typed in chats (`3` for ain) or transliterated (`arba'a`); folded without apostrophes.
add({
  1: 'wahid wahed', 2: 'itnain itnein itnen ithnain ithnayn tnein tnen', 3: 'thalatha talata tlate tlete tleteh',
  4: 'arba arbaa arbaah arba3a arb3a', 5: 'khamsa khamseh khamse', 6: 'sitta sitteh sitte', 7: 'saba sab3a sabaa sab3',
  8: 'thamaniya thamania tamanya tamanye tmene tmeneh', 9: 'tisa tis3a tesa tes3a', 10: 'ashara ashra 3ashra 3ashara',
  20: 'ishrin ishreen 3ishrin 3eshrin eshrin', 30: 'thalathin talatin tletin tleteen tlatin',
  40: 'arbain arba3in arbe3in arb3in arbeen', 50: 'khamsin khamseen', 60: 'sittin sitteen', 70: 'sabin sab3in sabeen',
  80: 'thamanin tamanin tmenin tmanin tmeneen', 90: 'tisin tis3in tes3in tiseen',
});
// Indonesian and Malay (`dua puluh tujuh`: tens said as a unit times `puluh`, teens with `belas`), Swahili.
add({
  1: 'satu moja', 2: 'dua mbili', 3: 'tiga tatu', 4: 'empat nne', 5: 'lima tano', 6: 'enam sita', 7: 'tujuh saba',
  8: 'delapan lapan nane', 9: 'sembilan tisa', 10: 'sepuluh kumi', 11: 'sebelas', 20: 'ishirini', 30: 'thelathini',
  40: 'arobaini', 50: 'hamsini', 60: 'sitini', 70: 'sabini', 80: 'themanini', 90: 'tisini', 100: 'seratus',
});
// Vietnamese (`bốn mươi sáu` 46, `mười chín` 19; `mốt`, `lăm`, `tư` after tens): many are words of other languages
// too, so they are no number alone (AMBIGUOUS_ALONE). `mười` and `mươi` fold alike: ten, or times ten after a unit.
add({ 1: 'một mốt', 2: 'hai', 3: 'ba', 4: 'bốn tư', 5: 'năm lăm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín' });
LEXICON.set('muoi', { value: 10, role: 'tens' });
/** Indonesian, Malay and Vietnamese multipliers after a unit: `dua puluh` (20), `tiga belas` (13), `bốn mươi` (40). */
const TIMES_TEN = new Set(['puluh', 'muoi']);
const PLUS_TEN = new Set(['belas']);

/** Joining words between tens and units: `treinta y dos`, `trinta e dois`, `vingt et un`, `arba'a wa arba'in`. */
const JOINERS = new Set(['y', 'e', 'et', 'i', 'wa', 'w', 'u', 'we', 'o', 'und', 'en', 'kai', 'και', 'na']);
/** Joiners of languages that say the unit first (`khamsa w tmenin`, `vier en tachtig`). */
const UNIT_FIRST_JOINERS = new Set(['wa', 'w', 'u', 'we', 'o', 'und', 'en']);
/**
 * Words that are also common words of English or of the languages read (articles, `on`, `elf`, `once`, `Isa`, `Lima`):
 * they may join a longer number (`vingt et un`) but are no number alone.
 */
const AMBIGUOUS_ALONE = new Set(['on', 'elf', 'once', 'cent', 'sto', 'dos', 'due', 'tre', 'sei', 'isa', 'lima', 'elli', 'six', 'sept', 'seize', 'dix', 'otto', 'saba', 'tisa', 'anim', 'apat', 'dez', 'dua', 'tiga', 'kumi', 'tatu', 'sita', 'mot', 'hai', 'ba', 'bon', 'tu', 'nam', 'lam', 'sau', 'bay', 'tam', 'chin', 'muoi']);
/** Articles that are also "one": no age alone, whatever comes before (`tiene una casa`, `ich bin ein`). */
const ARTICLES = new Set(['un', 'une', 'una', 'uno', 'um', 'uma', 'ein', 'eine', 'een', 'bir', 'ενα', 'μια']);

/** Tens and a unit in one word: Spanish `veintiocho`, Italian `trentadue`, Turkish `yetmişiki`; German and Dutch
 * put the unit first (`zweiundsiebzig`, `vierentachtig`, `tweeëntwintig`). */
function fusedValue(word: string): number | undefined {
  if (word.length < 6 || !FUSED_STARTS.has(word.slice(0, 3))) return undefined;
  for (const joiner of ['und', 'en']) {
    for (let at = word.indexOf(joiner, 2); at > 0; at = word.indexOf(joiner, at + 1)) {
      const unit = LEXICON.get(word.slice(0, at));
      const tens = LEXICON.get(word.slice(at + joiner.length));
      if (unit?.role === 'unit' && tens?.role === 'tens') return tens.value + unit.value;
    }
  }
  if (word.startsWith('veinti')) {
    const unit = LEXICON.get(word.slice(6));
    return unit?.role === 'unit' ? 20 + unit.value : undefined;
  }
  for (let cut = 3; cut < word.length - 1; cut++) {
    const tens = LEXICON.get(word.slice(0, cut)) ?? LEXICON.get(`${word.slice(0, cut)}a`) ?? LEXICON.get(`${word.slice(0, cut)}i`);
    if (tens?.role !== 'tens') continue;
    const unit = LEXICON.get(word.slice(cut));
    if (unit?.role === 'unit') return tens.value + unit.value;
  }
  return undefined;
}

/** First three letters of the words a fused number may start with: a unit (German, Dutch) or a tens word. */
const FUSED_STARTS = new Set<string>();
for (const [word, { role }] of LEXICON) if (role === 'unit' || role === 'tens') FUSED_STARTS.add(word.slice(0, 3));
FUSED_STARTS.add('vei');

/** First three letters (folded) of every word that may start a number: a cheap test before reading. Not articles. */
export const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set(
  [...LEXICON.keys()].filter((word) => !ARTICLES.has(word)).map((word) => word.slice(0, 3)),
);

/** A Tagalog word with its linker (`labindalawang`, `limang`), or a Tagalog tens word with `'t` (`apatnapu't`). */
function lookUp(folded: string): Word | undefined {
  const word = LEXICON.get(folded);
  if (word) return word;
  if (folded.length > 4 && folded.endsWith('ng')) {
    const linked = LEXICON.get(folded.slice(0, -2));
    if (linked) return linked;
  }
  const fused = fusedValue(folded);
  return fused !== undefined ? { value: fused, role: roleOf(fused) } : undefined;
}

const TOKEN = /[\p{L}\p{M}\d'’ʿʾ]+/uy;
/** What may separate the words of one number: a space or a hyphen (`quatre-vingt-dix`, `labing-isa`). */
const SEPARATOR = /[ \t]*-[ \t]*|[ \t]+/y;

/** `ambiguous`: one word that is also a common word (`once`, `six`, `due`, `Lima`), an age only after a strong cue. */
export interface NumberRead { start: number; end: number; value: number; words: number; ambiguous: boolean }

/**
 * The number in words that starts at `start` (a word start), or undefined. Reads tens then a unit (`sesenta y dos`,
 * `ογδόντα δύο`), French `quatre-vingt`/`soixante-dix`, a hundred and the rest; never two units or two tens in a row
 * (`cinco cinco` is a digit string, not 10).
 */
export function readNumberWords(text: string, start: number): NumberRead | undefined {
  let at = start;
  let value = 0;
  let last: Word | undefined;
  let end = -1;
  let words = 0;
  let pendingJoiner = false;
  let lastJoiner = '';
  for (let step = 0; step < 7; step++) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text);
    if (!token) break;
    let raw = token[0];
    // Filipino `trenta'y singko`, `apatnapu't dalawa`: the joiner is glued on with an apostrophe.
    const glued = /^(.+)['’]([yt])$/u.exec(raw);
    if (glued) raw = glued[1];
    const folded = foldWord(raw);
    if (last?.role === 'unit' && value < 10 && !pendingJoiner && (TIMES_TEN.has(folded) || PLUS_TEN.has(folded))) {
      // dua puluh (20), tiga belas (13): the unit just read is multiplied or made a teen.
      value = TIMES_TEN.has(folded) ? value * 10 : value + 10;
      last = { value, role: TIMES_TEN.has(folded) ? 'tens' : 'teen' };
      end = at + raw.length;
    } else if (words > 0 && !pendingJoiner && JOINERS.has(folded)) {
      pendingJoiner = true;
      lastJoiner = folded;
    } else {
      const word = /^\d+$/.test(folded) ? undefined : lookUp(folded);
      if (!word) break;
      if (!last) {
        value = word.value;
      } else if (last.role === 'unit' && last.value === 4 && word.value === 20 && !pendingJoiner) {
        value = value - 4 + 80; // quatre-vingt(s)
      } else if ((last.role === 'tens' || (last.role === 'hundred' && word.role !== 'hundred')) && word.value < (value % 100 === 60 || value % 100 === 80 ? 20 : 10) && (value % 100) % 10 === 0) {
        value += word.value; // soixante-dix-huit, ochenta y dos, cento e dez
      } else if (last.role === 'hundred' && word.role === 'tens') {
        value += word.value;
      } else if (last.role === 'teen' && value === 10 && word.role === 'unit' && !pendingJoiner) {
        value += word.value; // dix-sept, Turkish on iki
      } else if (last.role === 'unit' && value < 10 && pendingJoiner && word.role === 'tens' && UNIT_FIRST_JOINERS.has(lastJoiner)) {
        value += word.value; // arba'a wa arba'in, zwei und siebzig
      } else {
        break;
      }
      last = word.role === 'teen' && value % 100 >= 70 ? { value: value % 100, role: 'tens' } : word;
      words++;
      end = at + raw.length;
      pendingJoiner = false;
      if (glued) {
        pendingJoiner = true;
        if (glued[2]) {
          at = token.index + token[0].length;
          const space = /^[ \t]+/.exec(text.slice(at, at + 3));
          at += space ? space[0].length : 0;
          continue;
        }
      }
    }
    at = token.index + token[0].length;
    SEPARATOR.lastIndex = at;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    at += separator[0].length;
  }
  if (end < 0 || value < 1 || value > 110) return undefined;
  const alone = words === 1 ? foldWord(text.slice(start, end)) : '';
  if (ARTICLES.has(alone)) return undefined;
  return { start, end, value, words, ambiguous: AMBIGUOUS_ALONE.has(alone) };
}

/** The number in words that ends exactly at `end` (read back up to five words), or undefined. */
export function numberWordsEndingAt(text: string, end: number): NumberRead | undefined {
  const before = text.slice(Math.max(0, end - 60), end);
  const offset = end - before.length;
  const starts = [...before.matchAll(/(?<![\p{L}\p{M}'’])[\p{L}]/gu)].slice(-6).map((match) => offset + (match.index ?? 0));
  for (const start of starts) {
    const read = readNumberWords(text, start);
    if (read && read.end === end) return read;
  }
  return undefined;
}

const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const CJK_TEN = new Set(['十', '십']);
const CJK_HUNDRED = new Set(['百', '백']);
/** Korean native numbers: tens, then units (`마흔다섯`, `열두`, `스물`). */
const KOREAN_TENS: Record<string, number> = { 열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
const KOREAN_UNITS: Record<string, number> = { 하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 넷: 4, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9 };

/** `四十三`, `칠십팔` (Chinese-style numerals, Korean Sino numbers): the value of the whole string, or undefined. */
function sinoValue(numeral: string): number | undefined {
  let value = 0;
  let digit = 0;
  for (const char of numeral) {
    if (char in CJK_DIGITS) {
      if (digit) return undefined;
      digit = CJK_DIGITS[char];
    } else if (CJK_TEN.has(char)) {
      value += (digit || 1) * 10;
      digit = 0;
    } else if (CJK_HUNDRED.has(char)) {
      value += (digit || 1) * 100;
      digit = 0;
    } else {
      return undefined;
    }
  }
  return value + digit || undefined;
}

/** `마흔다섯`, `열두`, `여덟`: a Korean native number, or undefined. */
function koreanNativeValue(word: string): number | undefined {
  for (const [tens, tensValue] of Object.entries(KOREAN_TENS)) {
    if (word === tens) return tensValue;
    if (word.startsWith(tens) && KOREAN_UNITS[word.slice(tens.length)] !== undefined) return tensValue + KOREAN_UNITS[word.slice(tens.length)];
  }
  return KOREAN_UNITS[word];
}

/** The CJK or Korean number that ends exactly at `end` (`四十三`歳, `열두` 살, `칠십팔` 세), or undefined. */
export function cjkNumberEndingAt(text: string, end: number): NumberRead | undefined {
  const word = /[\u4e00-\u9fff\uac00-\ud7af]{1,6}$/u.exec(text.slice(Math.max(0, end - 6), end));
  if (!word) return undefined;
  // The longest tail of the word that is a number: "私は四十三" → "四十三".
  // Korean writes spaces between words, so there the whole word must be the number ("같이 살아요" is "live together").
  const hangul = /[\uac00-\ud7af]/u.test(word[0]);
  for (let cut = 0; cut < (hangul ? 1 : word[0].length); cut++) {
    const tail = word[0].slice(cut);
    const value = hangul ? koreanWordValue(tail) : sinoValue(tail);
    if (value !== undefined && value >= 1 && value <= 110) return { start: end - tail.length, end, value, words: 1, ambiguous: false };
  }
  return undefined;
}

/** A whole Korean native or Sino-Korean word, standing alone (`마흔다섯`): its value, or undefined. */
export function koreanWordValue(word: string): number | undefined {
  return koreanNativeValue(word) ?? (/^[일이삼사오육칠팔구십백]+$/u.test(word) && word.length > 1 ? sinoValue(word) : undefined);
}

/** The value of an age found by any detector: English (`forty-one`, `41 years`) or another language (`yetmiş iki`). */
export function anyAgeValue(span: string, english: (span: string) => number | undefined): number | undefined {
  const value = english(span);
  if (value !== undefined) return value;
  const read = readNumberWords(span, 0);
  if (read) return read.value;
  const korean = koreanWordValue(span.replace(/\s*(?:살|세)$/u, ''));
  if (korean !== undefined) return korean;
  return cjkNumberEndingAt(span.replace(/\s*(?:歳|岁|살|세)$/u, ''), span.replace(/\s*(?:歳|岁|살|세)$/u, '').length)?.value;
}
