import type { FinishedAttempt, QuizSession } from '../../lib/quiz/session.ts';
import { resultTitle, showsScore } from '../../lib/quiz/session.ts';
import type { Attempt, QuizQuestion } from '../../lib/quiz/types.ts';
import { QUIZ_TEXT } from '../../lib/ui/text.ts';
import type { CodeView as CodeViewComponent } from './CodeView.tsx';
import { ResultView } from './ResultView.tsx';

interface Props {
  session: QuizSession;
  attempt: Attempt;
  finished: FinishedAttempt;
  questions: ReadonlyMap<string, QuizQuestion>;
  /** The 成绩凭证码, for quizzes that issue one */
  code?: string;
  registration: Record<string, string>;
  profile: { name: string; unit: string };
  onProfile: (profile: { name: string; unit: string }) => void;
  onRestart?: () => void;
  /** The code screen, loaded with the encoder for quizzes that issue codes */
  CodeView?: typeof CodeViewComponent;
}

/** After submission: the code (sealed quizzes: only the code), or the result card with the review. */
export function FinishedScreen({ session, attempt, finished, questions, code, registration, profile, onProfile, onRestart, CodeView }: Props) {
  const { result, streak, history } = finished;
  const timedOut = attempt.submitReason === 'timeout';
  const scoreShown = showsScore(session);
  const codeInfo = {
    title: session.title,
    name: registration.name?.trim() ?? '',
    unit: registration.unit?.trim() || undefined,
    submittedAt: attempt.submittedAt!,
    ...(scoreShown ? { score: result.score, maxScore: result.maxScore } : {}),
  };
  if (code && CodeView && !scoreShown) {
    return (
      <>
        {timedOut && (
          <p class="notice" role="status">
            {QUIZ_TEXT.timedOut}
          </p>
        )}
        <CodeView code={code} quizId={session.quizId} info={codeInfo} primary />
      </>
    );
  }
  return (
    <>
      <p class="visually-hidden" role="status">
        {timedOut ? '时间到，已自动交卷' : '已交卷'}
      </p>
      {code && CodeView && <CodeView code={code} quizId={session.quizId} info={codeInfo} primary={false} />}
      <ResultView
        title={resultTitle(session)}
        result={result}
        paper={finished.paper}
        questions={questions}
        passMark={session.mode === 'exam' ? session.passMark : undefined}
        submittedAt={attempt.submittedAt!}
        timedOut={timedOut}
        streak={streak !== undefined ? { current: streak, best: Math.max(streak, history.bestStreak) } : undefined}
        profile={profile}
        onProfile={onProfile}
        onRestart={onRestart}
        restartLabel={session.mode === 'exam' ? '再考一次' : '再练一组'}
      />
    </>
  );
}
