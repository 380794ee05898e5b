/**
 * Result codes (成绩凭证码) and their grading: encode on the participant's device, find, check,
 * grade and report on the organiser's. Pure functions on plain data.
 */
export type * from './types.ts';
export * from './codec.ts';
export * from './extract.ts';
export * from './fields.ts';
export * from './grade.ts';
export * from './roster.ts';
export * from './report.ts';
export * from './csv.ts';
export * from './format.ts';
export * from './message.ts';
export { PayloadError } from './bits.ts';
export { CROCKFORD_ALPHABET } from './base32.ts';
export { crc16 } from './crc16.ts';
