import type { Organizer } from './useOrganizer.ts';
import type { OrganizerQuiz } from '../../lib/organizer/types.ts';

/** Step 1: which quiz the codes belong to, and its facts. */
export function QuizStep({ org, quizzes }: { org: Organizer; quizzes: OrganizerQuiz[] }) {
  const { work, quiz, definition, chooseQuiz } = org;
  return (
    <section class="org-step" aria-labelledby="org-step-quiz">
      <h2 id="org-step-quiz">
        <span class="org-step-no">1</span>选择答题
      </h2>
      <label class="org-label" for="org-quiz">
        本次统计的答题
      </label>
      <select id="org-quiz" class="org-input" value={work.quizId ?? ''} onChange={(e) => chooseQuiz((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">请选择</option>
        {quizzes.map((q) => (
          <option value={q.id} key={q.id}>
            {q.title}
          </option>
        ))}
      </select>
      {quiz && definition && (
        <dl class="org-facts">
          <div>
            <dt>类型</dt>
            <dd>{quiz.kind === 'competition' ? '知识竞赛' : '学法考试'}</dd>
          </div>
          <div>
            <dt>题量</dt>
            <dd>每份试卷 {quiz.total} 题</dd>
          </div>
          <div>
            <dt>合格线</dt>
            <dd>{definition.passMark} 分</dd>
          </div>
          <div>
            <dt>限时</dt>
            <dd>{definition.timeLimitMinutes ? `${definition.timeLimitMinutes} 分钟` : '不限时'}</dd>
          </div>
          <div>
            <dt>答案</dt>
            <dd>{quiz.sealed ? '封存：答案不随网站发布，需载入答案文件' : '公开：题库随网站发布，自动载入'}</dd>
          </div>
          <div>
            <dt>题目版本</dt>
            <dd>
              <code class="org-hash">{quiz.definitionHash}</code>
            </dd>
          </div>
        </dl>
      )}
      {quiz && <p class="org-hint">凭证码必须来自同一题目版本；网站更新过题目后交的凭证码会被标为“题目版本不同”。</p>}
    </section>
  );
}
