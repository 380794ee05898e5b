import type { PaperItem, QuizQuestion } from '../../lib/quiz/types.ts';
import { optionLetter } from '../../lib/quiz/letters.ts';
import { BasisLinks } from '../citation/BasisLinks.tsx';

/** The chosen or right options as shown on the paper: “B”, “A、C”, “正确”, or “未作答”. */
export function optionLabels(question: QuizQuestion, item: PaperItem, originals: readonly number[]): string {
  if (!originals.length) return '未作答';
  if (question.type === '判断') return originals.map((o) => question.options[o]).join('、');
  return item.optionOrder
    .map((original, position) => (originals.includes(original) ? optionLetter(position) : ''))
    .filter(Boolean)
    .join('、');
}

interface Props {
  question: QuizQuestion;
  item: PaperItem;
  chosen: readonly number[];
  correct: boolean;
  /** 多选 answered with a correct subset under partial scoring */
  partial?: boolean;
}

/** Right or wrong, the right answer, the explanation and the cited articles. */
export function Explanation({ question, item, chosen, correct, partial }: Props) {
  const verdict = correct ? '回答正确' : partial ? '部分正确' : chosen.length ? '回答错误' : '未作答';
  return (
    <div class={`quiz-explanation ${correct ? 'is-correct' : 'is-wrong'}`}>
      <p class="quiz-verdict">
        <strong>{verdict}</strong>
        {!correct && (
          <>
            。{chosen.length > 0 && `您的答案：${optionLabels(question, item, chosen)}；`}正确答案：{optionLabels(question, item, question.answer)}
          </>
        )}
      </p>
      <p>{question.explanation}</p>
      <BasisLinks class="quiz-basis" basis={question.basis} />
    </div>
  );
}
