import type { TextRule } from './detector';
import { findGeneralConditions } from './quasi-general-conditions';
import { findGeneralEvents } from './quasi-general-events';
import { findGeneralFamily } from './quasi-general-family';
import { findGeneralJobs } from './quasi-general-jobs';
import { findGeneralPeoples } from './quasi-general-peoples';
import { findGeneralPets } from './quasi-general-pets';
import { findGeneralPosts } from './quasi-general-posts';

/**
 * Quasi-identifiers found by the general shape of what is said rather than by English cues: jobs in the syntax of
 * other languages and in records, family size and status in other languages, rare conditions by a medical word's
 * shape, pets' names in quotes and other languages, faiths and statuses with foreign copulas. Run by quasi.ts.
 */
export const GENERAL_QUASI_RULES: readonly TextRule[] = [
  findGeneralJobs,
  findGeneralFamily,
  findGeneralConditions,
  findGeneralPets,
  findGeneralPeoples,
  findGeneralPosts,
  findGeneralEvents,
];

