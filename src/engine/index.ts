/** PCS Planner's scoring engine: pure TypeScript, no React, DOM or I/O. Runs in the worker, the CLI and tests. */
export * from './types';
export * from './months';
export { prepare, type Prepared } from './prepare';
export { scoreDataset, scorePrepared, qualificationWindow, NothingToScoreError } from './report';
export { scoreAllDesignations } from './score';
export { getEdition, editions, DEFAULT_EDITION, EDITION_IDS } from './rules';
export { vocabularyOf } from './vocabulary';
export { compareEditions, compareEditionReports, type EditionComparison } from './compare';
