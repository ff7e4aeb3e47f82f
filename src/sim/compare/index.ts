/** Comparing two plans over many seeds: paired differences with Student-t intervals. */
export * from './compare';
export * from './interval';
export * from './metrics';
export { studentTQuantile, studentTTwoSidedTail, incompleteBeta, logGamma } from './student-t';
