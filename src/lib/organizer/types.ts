import type { QuizDefinition } from '../../schemas/content.ts';

/** What the organiser page knows about one quiz, serialisable as island props. */
export interface OrganizerQuiz {
  /** File name: content/quizzes/<id>.yaml */
  id: string;
  title: string;
  kind: 'exam' | 'competition';
  sealed: boolean;
  /** The version hash result codes must carry */
  definitionHash: string;
  /** Number of questions on a paper */
  total: number;
  /** The validated definition, dates as ISO strings (revive with reviveQuiz) */
  quiz: Omit<QuizDefinition, 'opens' | 'closes'> & { opens?: string; closes?: string };
  /** Public quizzes: the question pool with answers, as published for the quiz page. Sealed: undefined (load the private key) */
  poolUrl?: string;
}

/** The definition with its dates as Date objects again, as the grader expects. */
export function reviveQuiz(quiz: OrganizerQuiz['quiz']): QuizDefinition {
  return { ...quiz, opens: quiz.opens ? new Date(quiz.opens) : undefined, closes: quiz.closes ? new Date(quiz.closes) : undefined } as QuizDefinition;
}
