/** Seeing waste: what the ledger says a thing is at a moment, grading answers, the score by waste type. */
export {
  observe,
  observeUnit,
  observeTile,
  observeStation,
  rosterAt,
  PRACTICE_REASONS,
  type RosterEntry,
  type Observation,
  type PracticeReason,
  type PracticeTarget,
} from './observe';
export { ask, floorAt, practiceScore, type PracticeQuestion, type PracticeScore, type BucketScore } from './score';
