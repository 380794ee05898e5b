import type { Organizer } from './useOrganizer.ts';

/** Step 2: the public pool (loaded by itself) or a sealed quiz's answer key file. */
export function KeyStep({ org }: { org: Organizer }) {
  const { quiz, source, loadKey } = org;
  const collected = org.work.codes.length;
  return (
    <section class="org-step" aria-labelledby="org-step-key">
      <h2 id="org-step-key">
        <span class="org-step-no">2</span>
        {quiz?.sealed ? '载入答案文件' : '题库与答案'}
      </h2>
      {!quiz && <p class="muted">请先选择答题。</p>}
      {quiz && !quiz.sealed && (
        <p role="status" class={source.status === 'error' ? 'org-error' : undefined}>
          {source.status === 'loading' && '正在载入题库……'}
          {source.status === 'ready' && `已载入网站公开题库（${source.count} 题，含答案）。`}
          {source.status === 'error' && source.message}
        </p>
      )}
      {quiz?.sealed && (
        <>
          <p class="org-hint">
            封存答题的答案文件在构建网站时生成，位于项目的 <code>private/answer-keys/{quiz.id}.json</code>
            ，不随网站发布。请向网站管理员索取。答案文件只在本机读取，不会保存或上传。
          </p>
          <label class="org-label" for="org-key">
            答案文件（.json）
          </label>
          <input
            id="org-key"
            class="org-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void loadKey(e.currentTarget as HTMLInputElement)}
          />
          <p role="status" class={source.status === 'need-key' && source.error ? 'org-error' : undefined}>
            {source.status === 'ready' && `已载入${source.from}（${source.count} 题），版本核对无误。`}
            {source.status === 'need-key' && (source.error ?? (collected > 0 ? '刷新页面后需要重新载入答案文件。' : ''))}
          </p>
        </>
      )}
    </section>
  );
}
