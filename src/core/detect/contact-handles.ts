import type { SpeakerLabel } from '../transcript';
import type { Candidate } from './detector';

/** `u/rustbelt_mom`: a Reddit user named in a post or a reply, wherever it stands. */
const REDDIT_USER = /(?<![\p{L}\p{N}_/])u\/[A-Za-z0-9_-]{3,30}(?![\p{L}\p{N}_/-])/gu;

/**
 * An account name as chat and forum exports write it: lower case with a dot, an underscore or digits joined to the
 * letters (`aino.korhonen`, `kuya_renz`, `tama88`), never a space. A display name (`Aino Korhonen`) is a person's name.
 */
const HANDLE_SHAPE = /^(?:u\/)?[\p{Ll}\p{N}]+(?:[._][\p{Ll}\p{N}]+)+$|^[\p{Ll}]{2,}\d{2,}$|^u\/[A-Za-z0-9_-]{3,30}$/u;

/**
 * `Meu LINE é fabio.higa.hmt`, `my Telegram is @tati_n`, `WeChat: lin.mei88`: an account on a messaging app, named after
 * the app in English or the speaker's language, with the marks of one (a dot, an underscore or digits).
 */
const MESSAGING_ACCOUNT =
  /\b(?:LINE|Telegram|Signal|Viber|WeChat|KakaoTalk|Kakao|Zalo|Threema|Skype|Discord)(?:[ \t]+(?:ID|id|handle|name|account))?(?:[ \t]+(?:is|was|é|es|est|ist|è|är|er|jest)|:)[ \t]*@?([\p{L}\p{N}_.-]*[\p{N}_.][\p{L}\p{N}_.-]*[\p{L}\p{N}_])(?![\p{L}\p{N}_@])/gu;
const MESSAGING_APP = /\b(?:LINE|Telegram|Signal|Viber|WeChat|Kakao|Zalo|Threema|Skype|Discord)\b/;

/**
 * `ffi underscore o underscore llanrug`, `kuya underscore renz dot ph`: an account name said aloud. Only account names
 * and addresses are spelled with "underscore", so the word itself is the cue (an e-mail address said this way is taken,
 * whole, by contact.ts).
 */
const SPOKEN_HANDLE = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:[ \t]+(?:underscore|dot)[ \t]+[\p{L}\p{N}]+)+(?![\p{L}\p{N}_])/giu;

/** `type an underscore between the words`: the word itself, with an article before it or a preposition after it. */
const NOT_A_HANDLE = /(?:^|[ \t])(?:a|an|the|one|no|each|every|any|this|that)[ \t]+underscore\b|\bunderscore[ \t]+(?:between|and|or|to|of|in|on|for|with|instead|after|before|is|was|then|key|character|sign|symbol)$/i;

function spokenHandles(text: string, found: Candidate[]): void {
  SPOKEN_HANDLE.lastIndex = 0;
  for (let match = SPOKEN_HANDLE.exec(text); match; match = SPOKEN_HANDLE.exec(text)) {
    if (!/[ \t]underscore[ \t]/i.test(match[0]) || NOT_A_HANDLE.test(match[0])) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'CONTACT', confidence: 0.85, reason: 'account name said aloud ("underscore")' });
  }
}

/** Reddit users in the text, and speaker labels (the author of a post or chat line) shaped like an account name. */
export function findHandles(text: string, speakers: readonly SpeakerLabel[]): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('u/')) {
    REDDIT_USER.lastIndex = 0;
    for (let match = REDDIT_USER.exec(text); match; match = REDDIT_USER.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, type: 'CONTACT', confidence: 0.9, reason: 'social media handle (Reddit user)' });
    }
  }
  if (/underscore/i.test(text)) spokenHandles(text, found);
  if (MESSAGING_APP.test(text)) {
    MESSAGING_ACCOUNT.lastIndex = 0;
    for (let match = MESSAGING_ACCOUNT.exec(text); match; match = MESSAGING_ACCOUNT.exec(text)) {
      const start = match.index + match[0].length - match[1].length;
      found.push({ start, end: start + match[1].length, type: 'CONTACT', confidence: 0.85, reason: 'messaging app account name' });
    }
  }
  for (const label of speakers) {
    if (label.isRole || !HANDLE_SHAPE.test(label.name)) continue;
    // A handle's span is the label as written; `u/` handles were taken above.
    if (label.name.startsWith('u/')) continue;
    found.push({ start: label.start, end: label.end, type: 'CONTACT', confidence: 0.9, reason: 'account name as the author of a post or message' });
  }
  return found;
}
