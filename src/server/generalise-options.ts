/** Coarser values a quasi-identifier can be replaced with instead of a pseudonym: an age's decade, a date's year. */
import type { FindingType } from '../core';
import { generaliseAge, generaliseDate } from '../core/redact';

export function generaliseOptions(type: FindingType, text: string): string[] {
  if (type === 'AGE') {
    const value = /\d{1,3}/.exec(text);
    if (!value) return [];
    try {
      return [generaliseAge(Number(value[0]))];
    } catch {
      return [];
    }
  }
  if (type === 'DATE') {
    const year = /\b(?:1[89]|20)\d\d\b/.exec(text);
    if (!year) return [];
    const options = [generaliseDate({ year: Number(year[0]) }, 'year')];
    const month = monthOf(text);
    if (month) options.push(generaliseDate({ year: Number(year[0]), month }, 'month'));
    return options;
  }
  return [];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(text: string): number | undefined {
  const word = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(text);
  if (word) return MONTHS.indexOf(word[1].toLowerCase()) + 1;
  return undefined;
}
