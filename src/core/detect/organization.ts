import type { Detector } from './detector';
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
export const organization: Detector = {
  id: 'organization',
  priority: 50,
  detect: (context) => {
    const units = [
      ...numberedUnits(context.text),
      ...organisationShapes(context.text),
      ...branchesAndAcronyms(context.text, context.structure),
      ...worksAndPlants(context.text),
      ...lowerCaseOrganisations(context.text),
      ...lowerCaseEmployers(context.text),
      ...careTransfers(context.text),
      ...namedVenues(context.text),
      ...channelsAndDepartments(context.text),
      ...lowerCaseShapesOf(context).filter((candidate) => candidate.type === 'ORGANIZATION'),
      ...organisationsByKindWord(context),
      ...cjkOrganisations(context.text),
      ...coinedNames(context.text),
      ...namedBodies(context.text),
    ];
    const guesses = withoutGenericInstitutions(context.text, withoutSchemesAndDays(context.text, entityCandidates(context).filter((candidate) => candidate.type === 'ORGANIZATION')));
    const kept = [...withoutCrossing(withoutWordBeforeNumber(context.text, guesses), units), ...units];
    return [...kept, ...initialsOfNamedOrganisations(context.text, kept)];
  },
};
