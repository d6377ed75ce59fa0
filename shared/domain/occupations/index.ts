// Public API of the occupation reference and job-title matching (issue 3, section 1).
export { occupationFamilies, occupationFamilyCodes, isOccupationFamily, type OccupationFamily } from './families';
export {
  occupationReferenceSchema,
  occupationReferenceFileSchema,
  namesOf,
  type OccupationReference,
  type OccupationReferenceFile,
} from './reference';
export { normaliseJobTitle, jobTitleTokens, jobTitleKey } from './normalise';
export {
  createOccupationMatcher,
  matchOccupation,
  AUTO_ACCEPT_RULES,
  MIN_SUGGESTION_SCORE,
  type MatchableOccupation,
  type OccupationMatch,
  type OccupationSuggestion,
} from './match';
