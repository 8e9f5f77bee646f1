/** Scoring core: criteria, sector profiles, column scorer, explanations, stability and the URL codec. */
export * from './curves.ts';
export * from './criteria.ts';
export * from './model.ts';
export * from './profiles.ts';
export * from './columns.ts';
export * from './score.ts';
export * from './rank.ts';
export * from './scorer.ts';
export * from './map-values.ts';
export * from './explain.ts';
export * from './stability.ts';
export * from './custom.ts';
