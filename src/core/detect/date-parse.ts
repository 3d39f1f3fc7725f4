import { monthNumber } from './date-words';
import { parseOrdinal, parseYearWords } from './pattern-number-words';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

function fullYear(raw: string): number | undefined {
  const value = raw.trim();
  if (/^\d{4}$/.test(value)) return Number(value);
  const short = /^['’]?(\d\d)$/.exec(value);
  if (short) {
    const two = Number(short[1]);
    // Two-digit years in interviews about lives: '98 is 1998, '09 is 2009.
    return two <= 30 ? 2000 + two : 1900 + two;
  }
  return parseYearWords(value);
}

function valid(parts: DateParts): DateParts | undefined {
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return undefined;
  if (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) return undefined;
  if (parts.year === undefined && parts.month === undefined && parts.day === undefined) return undefined;
  return parts;
}

function numeric(value: string): DateParts | undefined {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (iso) return valid({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const other = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (!other) return undefined;
  const first = Number(other[1]);
  const second = Number(other[2]);
  const year = fullYear(other[3]);
  if (first > 12 && second <= 12) return valid({ year, month: second, day: first });
  if (second > 12 && first <= 12) return valid({ year, month: first, day: second });
  if (first > 31 || second > 31) return undefined;
  // 03/04/2019 reads as March or April depending on the country: keep only what is certain.
  return valid({ year });
}

/**
 * Parses a date as written or said into its parts, keeping only what the text states: `14 March 2019`,
 * `March 14th, 2019`, `2019-03-14`, `14/03/2019`, `March 2013`, `the spring of 2016` (year only), `'98`, `2015`,
 * `the 2nd of May, nineteen sixty-one`. Undefined when no calendar part can be read.
 */
export function parseDateParts(text: string): DateParts | undefined {
  const value = text.trim().replace(/\s+/g, ' ').replace(/^(?:the|on|in) /i, '');
  const asNumeric = numeric(value);
  if (asNumeric) return asNumeric;

  const words = value.replace(/,/g, '').split(' ');
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const monthHere = monthNumber(word);
    if (month === undefined && monthHere !== undefined && (/^\p{Lu}/u.test(word) || word.length > 4)) {
      month = monthHere;
      continue;
    }
    if (year === undefined) {
      // Spoken years take two to four words: try the longest first.
      for (let length = Math.min(4, words.length - i); length >= 1; length--) {
        const candidate = fullYear(words.slice(i, i + length).join(' '));
        if (candidate !== undefined && (length > 1 || /^(?:\d{4}|['’]\d\d)$/.test(word))) {
          year = candidate;
          i += length - 1;
          break;
        }
      }
      if (year !== undefined) continue;
    }
    if (day === undefined) {
      const ordinal = parseOrdinal(word);
      if (ordinal !== undefined && ordinal >= 1 && ordinal <= 31) day = ordinal;
    }
  }
  if (month === undefined) day = undefined; // "the 14th" alone is not a calendar date
  return valid({ year, month, day });
}
