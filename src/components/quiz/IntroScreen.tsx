import type { QuizSession } from '../../lib/quiz/session.ts';
import { QUIZ_TEXT } from '../../lib/ui/text.ts';
import { RegistrationForm } from './RegistrationForm.tsx';

interface Props {
  session: QuizSession;
  availability: { notOpen: boolean; closed: boolean; exhausted: boolean; used: number };
  registration: Record<string, string>;
  onRegistration: (values: Record<string, string>) => void;
  onStart: () => void;
}

/** Before an exam starts: why it cannot start, or its rules and the start (with registration where asked). */
export function IntroScreen({ session, availability, registration, onRegistration, onStart }: Props) {
  const { notOpen, closed, exhausted, used } = availability;
  const exam = session.mode === 'exam' ? session : undefined;
  return (
    <>
      {notOpen && <p class="notice">{QUIZ_TEXT.notOpen}</p>}
      {closed && <p class="notice">{QUIZ_TEXT.closed}</p>}
      {exhausted && <p class="notice">您已用完 {exam?.attemptsAllowed} 次答题机会。</p>}
      {!notOpen && !closed && !exhausted && (
        <>
          {exam?.attemptsAllowed !== undefined && (
            <p>
              可答 {exam.attemptsAllowed} 次，已答 {used} 次。
            </p>
          )}
          <p>{QUIZ_TEXT.rules}</p>
          {exam?.registration ? (
            <RegistrationForm fields={exam.registration} values={registration} onChange={onRegistration} onSubmit={onStart} />
          ) : (
            <button type="button" class="button quiz-start" onClick={onStart}>
              {QUIZ_TEXT.start}
            </button>
          )}
        </>
      )}
    </>
  );
}
