import { rulesInStages, stagedDetector, type Candidate, type DetectionContext, type Detector } from './detector';
import { entityCandidates } from './entities';
import { lowerCaseShapesOf } from './pattern-lower-case-shapes';
import { numberedUnits } from './pattern-numbered-units';
import { branchesAndAcronyms } from './org-branches-and-acronyms';
import { worksAndPlants } from './org-works-and-plants';
import { lowerCaseEmployers, lowerCaseOrganisations } from './org-lower-case-names';
import { careTransfers } from './org-care-transfers';
import { organisationShapes, withoutSchemesAndDays } from './pattern-org-shapes';
import { namedVenues } from './org-venues';
import { channelsAndDepartments } from './org-channels-and-departments';
import { withoutCrossing, withoutWordBeforeNumber } from './pattern-overlaps';
import { cjkOrganisations, organisationsByKindWord } from './org-kind-words';
import { coinedNames } from './org-coined-names';
import { namedBodies } from './org-named-bodies';
import { withoutGenericInstitutions } from './org-generic-institutions';
import { initialsOfNamedOrganisations } from './org-initials';

/**
 * Local organisations: clinics, schools, churches, employers, groups (see entities.ts), numbered units (`Ward C3`),
 * names by shape (`Polish Saturday School`, `X, the podcast`) and in lower-case captions (`st peter high school`).
 */
export const organization: Detector = stagedDetector('organization', 50, function* (context) {
  const units = yield* rulesInStages(SHAPE_RULES, context);
  const guesses = withoutGenericInstitutions(context.text, withoutSchemesAndDays(context.text, entityCandidates(context).filter((candidate) => candidate.type === 'ORGANIZATION')));
  const kept = [...withoutCrossing(withoutWordBeforeNumber(context.text, guesses), units), ...units];
  return [...kept, ...initialsOfNamedOrganisations(context.text, kept)];
});

/** Organisations by their shapes, in order (a stage each: see stagedDetector). */
const SHAPE_RULES: ReadonlyArray<(context: DetectionContext) => Candidate[]> = [
  ({ text }) => numberedUnits(text),
  ({ text }) => organisationShapes(text),
  ({ text, structure }) => branchesAndAcronyms(text, structure),
  ({ text }) => worksAndPlants(text),
  ({ text }) => lowerCaseOrganisations(text),
  ({ text }) => lowerCaseEmployers(text),
  ({ text }) => careTransfers(text),
  ({ text }) => namedVenues(text),
  ({ text }) => channelsAndDepartments(text),
  (context) => lowerCaseShapesOf(context).filter((candidate) => candidate.type === 'ORGANIZATION'),
  organisationsByKindWord,
  ({ text }) => cjkOrganisations(text),
  ({ text }) => coinedNames(text),
  ({ text }) => namedBodies(text),
];
