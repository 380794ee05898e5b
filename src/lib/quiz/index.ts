/**
 * The quiz engine: seeded drawing, scoring, pure attempt transitions, 错题本 and history.
 * Pure functions on plain data — no DOM, no storage, no clock; callers pass `now` and seeds in.
 */
export type * from './types.ts';
export * from './random.ts';
export * from './draw.ts';
export * from './scoring.ts';
export * from './attempt.ts';
export * from './records.ts';
