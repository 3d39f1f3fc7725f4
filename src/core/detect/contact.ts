import { findHandles } from './contact-handles';
import { findPhoneNumbers } from './contact-phone';
import { findSpokenNumbers } from './contact-spoken';
import { matchAll, type Candidate, type Detector } from './detector';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
/** `maria dot g at gmail dot com`, as transcribed from speech. */
const SPOKEN_EMAIL =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}_]+(?:\s+(?:dot|underscore|dash|hyphen)\s+[\p{L}\p{N}_]+(?:(?:\s+|-)(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d+))*)*\s+at\s+[\p{L}\p{N}-]+(?:\s+dot\s+[\p{L}\p{N}-]+)*\s+dot\s+(?:com|org|net|edu|gov|co|uk|nz|au|ca|ie|io|me)(?![\p{L}\p{N}])/giu;
/**
 * `j tiret lalonde point inf, arobase example point com`, `maria punto lopez arroba correo punto es`: an e-mail address
 * said in French, Spanish, Portuguese, Italian, German or Dutch, with those languages' words for @, dot, hyphen and
 * underscore.
 */
const AT_WORD = 'arobase|arroba|chiocciola|klammeraffe';
const DOT_WORD = 'point|punto|ponto|punkt|punt';
const SPOKEN_EMAIL_OTHER_LANGUAGES = new RegExp(
  `(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}_]+(?:\\s+(?:${DOT_WORD}|tiret(?:\\s+bas)?|guion(?:\\s+bajo)?|guión(?:\\s+bajo)?|hífen|trattino(?:\\s+basso)?|bindestrich|unterstrich|sublinhado|underscore)\\s+[\\p{L}\\p{N}_]+)*,?\\s+(?:${AT_WORD})\\s+[\\p{L}\\p{N}-]+(?:\\s+(?:${DOT_WORD})\\s+[\\p{L}\\p{N}-]+)*\\s+(?:${DOT_WORD})\\s+(?:com|org|net|edu|gov|co|fr|ca|qc|be|ch|es|mx|ar|cl|pe|br|pt|it|de|at|nl|uk|ie|info|example)(?![\\p{L}\\p{N}])`,
  'giu',
);
const MAY_SAY_AN_EMAIL_IN_ANOTHER_LANGUAGE = new RegExp(`\\b(?:${AT_WORD})\\b`, 'i');
const HANDLE = /(?<![\p{L}\p{N}_@.])@(?=[\p{L}\p{N}_.]*\p{L})[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}_@])/gu;
const URL_WITH_SCHEME = /(?<!\w)https?:\/\/[^\s<>"'`)\]]+/giu;
const WWW = /(?<![\p{L}\p{N}./@-])www\.[^\s<>"'`)\]]+/giu;
const TLD = 'com|org|net|edu|gov|info|biz|io|me|co|ly|tv|app|page|blog|site|online|uk|nz|au|ca|ie|us';
/** `facebook.com/maria.g`, `mariasbakes.co.nz`: a domain, with or without a path. */
const BARE_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}./@_-])(?:[\\p{L}\\p{N}-]+\\.)+(?:${TLD})(?:\\.(?:uk|nz|au|ca|ie|us))?(?:\\/[^\\s<>"'\`)\\]]*)?(?![\\p{L}\\p{N}@_-])`,
  'giu',
);
/** `username is denise.r1961`: an account name said after the word for it. */
const USERNAME =
  /(?<!\w)(?:user ?name|gamertag|screen ?name|user ?ID)(?:(?:\s+(?:is|was|'s|’s)|:)\s*([\p{L}\p{N}_.-]{3,30})|\s+([\p{L}\p{N}_.-]*[\p{N}_.][\p{L}\p{N}_.-]*[\p{L}\p{N}_]))(?![\p{L}\p{N}_@])/giu;
/** `my Insta is maria_g`, `on TikTok as tom.h.77`: an account name with the marks of one (digits, `_` or `.`). */
const PLATFORM_HANDLE =
  /(?<!\w)(?:handle|login|Skype|Snapchat|Snap|Discord|Insta|Instagram|IG|Twitter|TikTok|Facebook|FB|Threads|Bluesky|YouTube|Twitch|Reddit)(?:\s+(?:name|handle|account))?(?:\s+(?:is|was|'s|’s|as)|:)\s*(?:it['’]s\s+)?([\p{L}\p{N}_.-]*[\p{N}_.][\p{L}\p{N}_.-]*[\p{L}\p{N}_])(?![\p{L}\p{N}_@])/giu;
/** Sites everyone names; a bare mention (no path to a page or profile) identifies nobody. */
const PUBLIC_SITES =
  /^(?:www\.)?(?:google|facebook|instagram|twitter|x|tiktok|youtube|linkedin|reddit|amazon|wikipedia|gofundme|zoom|whatsapp|gmail|hotmail|yahoo|outlook|icloud|nhs|gov|webmd|mayoclinic|cdc|who|va|healthline|medicare|medicaid|ebay|netflix|apple|microsoft|bbc|cnn|etsy|pinterest|snapchat|tumblr|spotify|craigslist|trademe)\.[a-z.]+\/?$/i;

/** Strips punctuation that ends the sentence rather than the address. */
function trimTrailing(raw: string): string {
  return raw.replace(/[.,;:!?'"’”]+$/u, '');
}

/** "Send your comments by SMS to 22914": a short code a local station or service is texted on. */
const SHORT_CODE = /\b(?:SMS|sms|text|txt)\b[^.?!\n]{0,30}?\b(?:to|on)\s+(\d{4,6})(?![\p{L}\p{N}]|[.,]\p{N})/gu;

export const contact: Detector = {
  id: 'contact',
  priority: 90,
  detect({ text, structure }) {
    const hasAt = text.includes('@');
    // Cheap tests first: most paragraphs hold no address at all, and these patterns are costly to run on prose.
    const found: Candidate[] = [
      ...findPhoneNumbers(text),
      ...findSpokenNumbers(text),
      ...findHandles(text, structure.speakers),
      ...(/\b(?:SMS|sms|text|txt)\b/.test(text) ? matchAll(text, SHORT_CODE, (m) => at(m.index + m[0].length - m[1].length, m[1], 0.6, 'SMS short code of a local service')) : []),
      ...(hasAt ? matchAll(text, EMAIL, (m) => at(m.index, m[0], 0.97, 'e-mail address')) : []),
      ...(/\bdot\b/i.test(text) ? matchAll(text, SPOKEN_EMAIL, (m) => at(m.index, m[0], 0.85, 'e-mail address (spoken form)')) : []),
      ...(MAY_SAY_AN_EMAIL_IN_ANOTHER_LANGUAGE.test(text)
        ? matchAll(text, SPOKEN_EMAIL_OTHER_LANGUAGES, (m) => at(m.index, m[0], 0.85, 'e-mail address (spoken in another language)'))
        : []),
      ...(hasAt ? matchAll(text, HANDLE, (m) => at(m.index, m[0], 0.9, 'social media handle')) : []),
      ...matchAll(text, USERNAME, (m) => {
        const name = m[1] ?? m[2];
        return at(m.index + m[0].length - name.length, trimTrailing(name), 0.85, 'username or account name');
      }),
      ...matchAll(text, PLATFORM_HANDLE, (m) => at(m.index + m[0].length - m[1].length, trimTrailing(m[1]), 0.85, 'social media account name')),
      ...matchAll(text, URL_WITH_SCHEME, (m) => at(m.index, trimTrailing(m[0]), 0.92, 'web address')),
      ...matchAll(text, WWW, (m) => at(m.index, trimTrailing(m[0]), 0.9, 'web address')),
      ...(!/[\p{L}\p{N}]\.\p{L}/u.test(text) ? [] : matchAll(text, BARE_DOMAIN, (m) => {
        const raw = trimTrailing(m[0]);
        if (PUBLIC_SITES.test(raw)) return undefined;
        const withPath = /\/./.test(raw);
        return at(m.index, raw, withPath ? 0.88 : 0.6, withPath ? 'web address with a page or profile' : 'web domain');
      })),
    ];
    return found;
  },
};

function at(start: number, raw: string, confidence: number, reason: string): Candidate | undefined {
  if (!raw) return undefined;
  return { start, end: start + raw.length, type: 'CONTACT', confidence, reason };
}
