import type { PaperItem, QuizQuestion } from '../../lib/quiz/types.ts';
import { optionLetter } from '../../lib/quiz/letters.ts';

interface Props {
  question: QuizQuestion;
  item: PaperItem;
  number: number;
  total: number;
  /** Chosen original option indices */
  chosen: readonly number[];
  /** After feedback or submission the inputs are read-only */
  locked: boolean;
  /** Mark the right options (and wrong choices) once feedback is shown */
  reveal?: boolean;
  onChange: (chosen: number[]) => void;
  /** Lets the caller move focus to the question when it changes */
  headingRef?: (el: HTMLElement | null) => void;
}

/** One question: a fieldset of radio buttons (单选/判断) or checkboxes (多选) with native keyboard use. */
export function QuestionView({ question, item, number, total, chosen, locked, reveal, onChange, headingRef }: Props) {
  const multiple = question.type === '多选';
  const name = `q-${question.id}`;
  const toggle = (original: number, checked: boolean) => {
    if (!multiple) return onChange([original]);
    const next = new Set(chosen);
    if (checked) next.add(original);
    else next.delete(original);
    onChange([...next]);
  };
  return (
    <fieldset class="quiz-question" disabled={locked}>
      <legend>
        <span class="quiz-progress" ref={headingRef} tabIndex={-1}>
          第 {number} / {total} 题
        </span>
        <span class="quiz-type">
          {question.type}
          {multiple ? '（可选多项）' : ''}
        </span>
        <span class="quiz-stem">{question.stem}</span>
      </legend>
      <div class="quiz-options">
        {item.optionOrder.map((original, position) => {
          const id = `${name}-${original}`;
          const checked = chosen.includes(original);
          const right = question.answer.includes(original);
          const mark = reveal ? (right ? ' is-right' : checked ? ' is-wrong' : '') : '';
          return (
            <label key={id} for={id} class={`quiz-option${checked ? ' is-chosen' : ''}${mark}`}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                checked={checked}
                onChange={(e) => toggle(original, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span class="quiz-letter" aria-hidden="true">
                {question.type === '判断' ? '' : `${optionLetter(position)}.`}
              </span>
              <span>{question.options[original]}</span>
              {mark && <span class="quiz-option-mark">{right ? '✓ 正确答案' : '✗ 您的选择'}</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
