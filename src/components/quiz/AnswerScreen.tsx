import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { answerQuestion, challengeProgress, checkQuestion, goTo, remainingMs, submitAttempt } from '../../lib/quiz/attempt.ts';
import { isCorrect } from '../../lib/quiz/scoring.ts';
import { givesFeedback, type QuizSession } from '../../lib/quiz/session.ts';
import type { Attempt, PaperItem, QuizQuestion, SubmitReason } from '../../lib/quiz/types.ts';
import { formatClock } from '../../lib/time.ts';
import { AnswerSheet } from './AnswerSheet.tsx';
import { Explanation } from './Explanation.tsx';
import { QuestionView } from './QuestionView.tsx';

interface Props {
  session: QuizSession;
  attempt: Attempt;
  paper: readonly PaperItem[];
  questions: ReadonlyMap<string, QuizQuestion>;
  now: number;
  /** The clock's last spoken warning (剩余 5 分钟 …) */
  announcement: string;
  embedded?: boolean;
  /** The storage notice, when storage is unavailable */
  notice: ComponentChildren;
  onChange: (attempt: Attempt) => void;
}

/** Answering: one question at a time, the bar (clock, streak, answer sheet), feedback or the exam's navigation, and 交卷. */
export function AnswerScreen({ session, attempt, paper, questions, now, announcement, embedded, notice, onChange }: Props) {
  const immediate = givesFeedback(session);
  const [showSheet, setShowSheet] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLElement | null>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(true);

  useEffect(() => {
    if (confirming) confirmText.current?.focus();
  }, [confirming]);
  // Focus follows the question on screen (after a jump, and when answering begins).
  useEffect(() => {
    if (moveFocus.current && heading.current) {
      heading.current.focus();
      moveFocus.current = false;
    }
  });

  const index = Math.min(attempt.current, paper.length - 1);
  const item = paper[index]!;
  const question = questions.get(item.id)!;
  const chosen = attempt.answers[item.id] ?? [];
  const checked = attempt.checked.includes(item.id);
  const remaining = remainingMs(attempt, now);
  const unanswered = paper.filter((p) => !attempt.answers[p.id]?.length).length;
  const last = index === paper.length - 1;

  const jump = (i: number) => {
    onChange(goTo(attempt, i, paper.length));
    setShowSheet(false);
    moveFocus.current = true;
  };
  const submit = (reason: SubmitReason = 'user') => {
    setConfirming(false);
    onChange(submitAttempt(attempt, Date.now(), reason));
  };
  const check = () => {
    const next = checkQuestion(attempt, item.id, Date.now());
    if (session.mode === 'challenge' && !isCorrect(question, chosen)) {
      onChange(submitAttempt(next, Date.now(), 'challenge-ended'));
      return;
    }
    onChange(next);
  };

  return (
    <div class={`quiz${embedded ? ' quiz-embedded' : ''}`}>
      {notice}
      <div class="quiz-bar">
        {session.mode === 'challenge' && <span>已连续答对 {challengeProgress(attempt, paper, questions).streak} 题</span>}
        {remaining !== undefined && (
          <span class={`quiz-timer${remaining < 60_000 ? ' is-urgent' : ''}`} role="timer" aria-label="剩余时间">
            剩余 {formatClock(remaining)}
          </span>
        )}
        {!immediate && (
          <button type="button" class="button button-quiet" aria-expanded={showSheet} onClick={() => setShowSheet(!showSheet)}>
            答题卡（未答 {unanswered}）
          </button>
        )}
      </div>
      <p class="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      {showSheet && <AnswerSheet paper={paper} attempt={attempt} onJump={jump} />}

      <QuestionView
        question={question}
        item={item}
        number={index + 1}
        total={paper.length}
        chosen={chosen}
        locked={checked}
        reveal={immediate && checked}
        onChange={(next) => onChange(answerQuestion(attempt, item.id, next, Date.now()))}
        headingRef={(el) => (heading.current = el)}
      />

      <div aria-live="polite">
        {immediate && checked && <Explanation question={question} item={item} chosen={chosen} correct={isCorrect(question, chosen)} />}
      </div>

      {confirming ? (
        <div class="quiz-confirm" role="group" aria-labelledby="quiz-confirm-text">
          <p id="quiz-confirm-text" ref={confirmText} tabIndex={-1}>
            还有 {unanswered} 题未作答，确定交卷吗？交卷后不能修改。
          </p>
          <div class="quiz-actions">
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
              继续答题
            </button>
            <button type="button" class="button" onClick={() => submit()}>
              确定交卷
            </button>
          </div>
        </div>
      ) : immediate ? (
        <div class="quiz-actions">
          {!checked ? (
            <button type="button" class="button" disabled={!chosen.length} onClick={check}>
              确认答案
            </button>
          ) : last ? (
            <button type="button" class="button" onClick={() => submit(session.mode === 'challenge' ? 'challenge-ended' : 'user')}>
              查看结果
            </button>
          ) : (
            <button type="button" class="button" onClick={() => jump(index + 1)}>
              下一题
            </button>
          )}
        </div>
      ) : (
        <div class="quiz-actions">
          <button type="button" class="button button-quiet" disabled={index === 0} onClick={() => jump(index - 1)}>
            上一题
          </button>
          {!last && (
            <button type="button" class="button button-quiet" onClick={() => jump(index + 1)}>
              下一题
            </button>
          )}
          <button type="button" class="button" onClick={() => (unanswered ? setConfirming(true) : submit())}>
            交卷
          </button>
        </div>
      )}
    </div>
  );
}
