/** PCS Planner's scoring engine: pure TypeScript, no React, DOM or I/O. Runs in the worker, the CLI and tests. */
export * from './types';
export * from './months';
export { prepare, type Prepared, type Person, type Holding } from './prepare';
export { scoreDataset, scorePrepared, defaultScoringMonth, qualificationWindow, NothingToScoreError, type ScoreOptions } from './report';
export { scoreAllDesignations } from './score';
export { getEdition, editions, DEFAULT_EDITION, EDITION_IDS } from './rules';
export type { Edition, CertificationDef, DesignationRule, MetricRule, ComponentRule, MeasureSpec } from './rules/types';
export { vocabularyOf, nameKey, idKey } from './vocabulary';
export { holdingStatus } from './measures/skilling';
export { compareEditions, compareEditionReports, type EditionComparison, type EditionDifference, type EditionSide } from './compare';
