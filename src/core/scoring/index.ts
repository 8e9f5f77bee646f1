/** Scoring core: criteria, curves, sector and custom profiles, column scorer, ranking, explanations and stability. */
export * from './curves.ts';
export * from './criteria.ts';
export * from './model.ts';
export * from './profiles.ts';
export * from './columns.ts';
export * from './score.ts';
export * from './rank.ts';
export * from './scorer.ts';
export * from './explain.ts';
export * from './stability.ts';
export * from './customProfile.ts';
