/**
 * What only quizzes that issue result codes need after submission: the encoder and the code's
 * screen. Loaded on demand, so practice pages and plain exams do not download them.
 */
export { encodeResult } from '../../lib/results/codec.ts';
export { CodeView } from './CodeView.tsx';
