import type { Attempt, PaperItem } from '../../lib/quiz/types.ts';

interface Props {
  paper: readonly PaperItem[];
  attempt: Attempt;
  onJump: (index: number) => void;
}

/** 答题卡: every question as a button, showing which are answered, to jump between them. */
export function AnswerSheet({ paper, attempt, onJump }: Props) {
  const unanswered = paper.filter((p) => !attempt.answers[p.id]?.length).length;
  return (
    <nav class="quiz-sheet" aria-label="答题卡">
      <p class="quiz-sheet-summary">
        已答 {paper.length - unanswered} 题，未答 {unanswered} 题
      </p>
      <ol>
        {paper.map((p, i) => {
          const answered = (attempt.answers[p.id]?.length ?? 0) > 0;
          const current = i === attempt.current;
          return (
            <li key={p.id}>
              <button
                type="button"
                class={`${answered ? 'is-answered' : 'is-unanswered'}${current ? ' is-current' : ''}`}
                aria-current={current ? 'step' : undefined}
                aria-label={`第 ${i + 1} 题，${answered ? '已答' : '未答'}`}
                onClick={() => onJump(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
