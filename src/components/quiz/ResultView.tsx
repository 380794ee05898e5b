import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttemptResult, PaperItem, QuizQuestion } from '../../lib/quiz/types.ts';
import { Explanation } from './Explanation.tsx';
import { optionLetter } from '../../lib/quiz/letters.ts';
import { chineseDateTime, formatDuration } from '../../lib/time.ts';

interface Props {
  title: string;
  result: AttemptResult;
  paper: readonly PaperItem[];
  questions: ReadonlyMap<string, QuizQuestion>;
  /** Pass mark, when the quiz has one (exams) */
  passMark?: number;
  submittedAt: number;
  timedOut: boolean;
  /** Challenge streak, shown instead of a score in 挑战答题 */
  streak?: { current: number; best: number };
  /** 姓名 and 单位 remembered on this device, printed on the card */
  profile: { name: string; unit: string };
  onProfile: (profile: { name: string; unit: string }) => void;
  onRestart?: () => void;
  restartLabel?: string;
}

/** The result card (printable, with optional name and unit) and the full review. */
export function ResultView(props: Props) {
  const { title, result, paper, questions, passMark, submittedAt, timedOut, streak, profile, onProfile, onRestart, restartLabel } = props;
  const [name, setName] = useState(profile.name);
  const [unit, setUnit] = useState(profile.unit);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    onProfile({ name, unit });
  }, [name, unit, onProfile]);
  const byItem = new Map(result.items.map((i) => [i.id, i]));

  return (
    <div class="quiz-result">
      <section class="quiz-result-card" aria-labelledby="quiz-result-title">
        <h2 id="quiz-result-title" ref={heading} tabIndex={-1}>
          {title}·答题结果
        </h2>
        {streak ? (
          <p class="quiz-score">
            连续答对 <strong>{streak.current}</strong> 题<span class="quiz-best">（最好成绩 {streak.best} 题）</span>
          </p>
        ) : (
          <p class="quiz-score">
            <strong>{result.score}</strong> 分<span class="quiz-max"> / 满分 {result.maxScore} 分</span>
          </p>
        )}
        {passMark !== undefined && (
          <p class={`quiz-pass ${result.passed ? 'is-pass' : 'is-fail'}`}>
            {result.passed ? '合格' : '不合格'}（合格线 {passMark} 分）
          </p>
        )}
        <dl class="quiz-facts">
          <div>
            <dt>答对</dt>
            <dd>
              {result.correctCount} / {result.total} 题
            </dd>
          </div>
          <div>
            <dt>用时</dt>
            <dd>
              {formatDuration(result.timeUsedMs)}
              {timedOut ? '（时间到自动交卷）' : ''}
            </dd>
          </div>
          <div>
            <dt>交卷时间</dt>
            <dd>{chineseDateTime(submittedAt)}</dd>
          </div>
          {name && (
            <div class="print-only">
              <dt>姓名</dt>
              <dd>{name}</dd>
            </div>
          )}
          {unit && (
            <div class="print-only">
              <dt>单位</dt>
              <dd>{unit}</dd>
            </div>
          )}
        </dl>
        {result.byTopic.length > 1 && (
          <table class="quiz-topics">
            <caption>分主题得分</caption>
            <thead>
              <tr>
                <th scope="col">主题</th>
                <th scope="col">答对</th>
                <th scope="col">得分</th>
              </tr>
            </thead>
            <tbody>
              {result.byTopic.map((t) => (
                <tr key={t.topic}>
                  <th scope="row">{t.topic}</th>
                  <td>
                    {t.correct} / {t.total}
                  </td>
                  <td>
                    {t.points} / {t.maxPoints}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div class="quiz-identity no-print">
          <label>
            姓名（选填，只保存在本机）
            <input type="text" value={name} autocomplete="name" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            单位（选填）
            <input type="text" value={unit} autocomplete="organization" onInput={(e) => setUnit((e.currentTarget as HTMLInputElement).value)} />
          </label>
        </div>
        <div class="quiz-actions no-print">
          <button type="button" class="button" onClick={() => window.print()}>
            打印成绩单
          </button>
          {onRestart && (
            <button type="button" class="button button-quiet" onClick={onRestart}>
              {restartLabel ?? '再做一次'}
            </button>
          )}
        </div>
      </section>

      <section class="quiz-review no-print" aria-labelledby="quiz-review-title">
        <h2 id="quiz-review-title">逐题回顾</h2>
        <ol>
          {paper.map((item, i) => {
            const q = questions.get(item.id);
            const score = byItem.get(item.id);
            if (!q || !score) return null;
            return (
              <li key={item.id} class="quiz-review-item">
                <p class="quiz-stem">
                  <span class="quiz-type">{q.type}</span>
                  {i + 1}. {q.stem}
                </p>
                {q.type !== '判断' && (
                  <ol class="quiz-review-options">
                    {item.optionOrder.map((original, position) => (
                      <li key={original}>
                        {optionLetter(position)}. {q.options[original]}
                        {q.answer.includes(original) && <span class="quiz-mark is-correct">（正确答案）</span>}
                        {score.chosen.includes(original) && <span class="quiz-mark">（您的选择）</span>}
                      </li>
                    ))}
                  </ol>
                )}
                <Explanation question={q} item={item} chosen={score.chosen} correct={score.correct} partial={score.partial} />
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
