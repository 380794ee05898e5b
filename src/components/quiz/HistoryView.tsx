import { useEffect, useState } from 'preact/hooks';
import { emptyHistory, emptyMistakeBook } from '../../lib/quiz/records.ts';
import { openQuizStore } from '../../client/storage.ts';
import { NEEDS_JS } from '../../lib/ui/text.ts';
import { formatCode } from '../../lib/results/codec.ts';
import { chineseDateTime } from '../../lib/time.ts';

/** 我的记录: past attempts, best streak, questions seen, and a reset of everything stored. */
export default function HistoryView() {
  const [store] = useState(openQuizStore);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const [history, setHistory] = useState(() => store.history());
  const [mistakes, setMistakes] = useState(() => store.mistakes());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  const reset = () => {
    store.clearAll();
    setHistory(emptyHistory());
    setMistakes(emptyMistakeBook());
    setConfirming(false);
    setMessage('已清除本机的全部答题记录。');
  };

  if (!mounted) return <p class="notice">{NEEDS_JS.history}</p>;
  return (
    <div class="quiz-history">
      {!store.available && <p class="notice notice-warn">本浏览器无法保存数据，这里不会有记录。</p>}
      <dl class="quiz-facts">
        <div>
          <dt>已完成</dt>
          <dd>{history.attempts.length} 次答题</dd>
        </div>
        <div>
          <dt>做过的题</dt>
          <dd>{history.seen.length} 道</dd>
        </div>
        <div>
          <dt>挑战答题最好成绩</dt>
          <dd>连续答对 {history.bestStreak} 题</dd>
        </div>
        <div>
          <dt>错题本</dt>
          <dd>{Object.keys(mistakes.entries).length} 道</dd>
        </div>
      </dl>
      {history.attempts.length > 0 ? (
        <table>
          <caption class="visually-hidden">答题记录</caption>
          <thead>
            <tr>
              <th scope="col">答题</th>
              <th scope="col">成绩</th>
              <th scope="col">时间</th>
            </tr>
          </thead>
          <tbody>
            {history.attempts.map((a) => (
              <tr key={`${a.quizId}-${a.startedAt}`}>
                <th scope="row">{a.title}</th>
                <td>
                  {a.graded === false
                    ? `已提交 ${a.total} 题，成绩由组织者评定`
                    : `${a.correctCount}/${a.total} 题，${a.score} 分${a.mode === 'exam' ? (a.passed ? '（合格）' : '（不合格）') : ''}`}
                  {a.code && (
                    <details class="quiz-history-code">
                      <summary>成绩凭证码</summary>
                      <code class="quiz-code-text">{formatCode(a.code)}</code>
                    </details>
                  )}
                </td>
                <td>{chineseDateTime(a.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>还没有答题记录。</p>
      )}
      <p role="status">{message}</p>
      {confirming ? (
        <div class="quiz-confirm" role="group" aria-label="确认清除">
          <p>确定清除本机保存的全部答题记录、错题本和未完成的答题吗？清除后无法恢复。</p>
          <div class="quiz-actions">
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
              取消
            </button>
            <button type="button" class="button" onClick={reset}>
              确定清除
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
          清除全部记录
        </button>
      )}
    </div>
  );
}
