/**
 * The quiz engine's data. Everything is plain, serialisable data: the engine keeps no DOM,
 * no storage and no clock; callers pass `now` (ms since epoch) into every transition.
 */

import type { CitationLink } from '../statute/links.ts';
import type { Difficulty, QuestionType, QuizMode } from '../../schemas/taxonomy.ts';

export type { Difficulty, QuestionType, QuizMode };

/** A question as shipped to the browser (built from content/questions). */
export interface QuizQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  /** Option texts in their original order; 判断 questions get ['正确', '错误'] */
  options: string[];
  /** Indices into `options` of the right answer(s), ascending */
  answer: number[];
  explanation: string;
  /** The cited articles, resolved at build time */
  basis: CitationLink[];
  topic: string;
  difficulty: Difficulty;
  audience: string[];
}

/** How many questions to draw from which part of the banks. */
export interface Quota {
  count: number;
  topic?: string;
  type?: QuestionType;
  difficulty?: Difficulty;
  audience?: string;
}

export interface ScoringRules {
  /** Points per question, by type */
  points: Record<QuestionType, number>;
  /** 多选: all-or-nothing, or partial credit for a correct (non-empty, no wrong option) subset */
  multipleChoiceScoring: 'all-or-nothing' | 'partial';
  /** Share of the points a correct subset earns under partial scoring (0..1) */
  partialCredit: number;
}

/** One drawn question: which question, and in which order its options are shown. */
export interface PaperItem {
  id: string;
  /** displayed position i shows original option optionOrder[i] (判断 keeps [0, 1]) */
  optionOrder: number[];
}

export type SubmitReason = 'user' | 'timeout' | 'challenge-ended';

/**
 * One attempt. The paper is not stored: it is drawn again from `seed` (same seed and banks,
 * same paper), and `definitionHash` tells when the banks or the definition changed.
 */
export interface Attempt {
  /** Format version of this object; stored attempts of another version are discarded */
  version: 1;
  /** What is being answered: exam:<file>, practice:<topic>, daily:<YYYY-MM-DD>, challenge, mistakes */
  quizId: string;
  mode: QuizMode;
  /** Hash of the quiz definition and its question pool at build time */
  definitionHash: string;
  seed: string;
  /** Chosen ORIGINAL option indices per question id (ascending); an empty list is unanswered */
  answers: Record<string, number[]>;
  /** Question ids whose answer was checked (immediate-feedback modes); a checked answer is final */
  checked: string[];
  /** Index of the question on screen */
  current: number;
  startedAt: number;
  /** Time limit in ms, if any; the deadline is startedAt + timeLimitMs */
  timeLimitMs?: number;
  submittedAt?: number;
  submitReason?: SubmitReason;
}

export interface QuestionScore {
  id: string;
  topic: string;
  chosen: number[];
  correct: boolean;
  /** True when 多选 earned partial credit */
  partial: boolean;
  points: number;
  maxPoints: number;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
  points: number;
  maxPoints: number;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  passed: boolean;
  correctCount: number;
  answeredCount: number;
  total: number;
  timeUsedMs: number;
  byTopic: TopicScore[];
  items: QuestionScore[];
}

/** 错题本: questions answered wrongly, until answered correctly twice in a row. */
export interface MistakeBook {
  version: 1;
  entries: Record<string, { wrongCount: number; lastWrongAt: number; correctStreak: number }>;
}

/** Local history of finished attempts. */
export interface History {
  version: 1;
  attempts: HistoryEntry[];
  /** Longest 挑战答题 streak ever */
  bestStreak: number;
  /** Ids of every question ever answered */
  seen: string[];
}

export interface HistoryEntry {
  quizId: string;
  mode: QuizMode;
  title: string;
  score: number;
  maxScore: number;
  passed: boolean;
  correctCount: number;
  total: number;
  startedAt: number;
  submittedAt: number;
  /** The 成绩凭证码 of a competition attempt, so it can be shown again */
  code?: string;
  /** false when the score is decided by the organiser (sealed quizzes): score fields are then 0 */
  graded?: boolean;
}
