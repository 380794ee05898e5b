import { useState } from 'preact/hooks';
import type { Organizer } from './useOrganizer.ts';

/**
 * 从收集服务载入: the codes participants' browsers sent to the bureau's results collector, with
 * the quiz's organiser token (kept for this browser session only). A second load asks only for
 * codes that arrived since the first.
 */
export function CollectorLoad({ org }: { org: Organizer }) {
  const [url, setUrl] = useState(org.collectorUrl ?? '');
  const [token, setToken] = useState(org.collectorToken);
  const load = (e: Event) => {
    e.preventDefault();
    void org.loadFromService(url, token);
  };
  return (
    <form class="org-collector" onSubmit={load} aria-labelledby="org-collector-title">
      <h3 id="org-collector-title" class="org-label">
        从收集服务载入
      </h3>
      <p class="org-hint" id="org-collector-hint">
        参加者交卷时，凭证码已自动发送到本单位的成绩收集服务。填写信息技术人员提供的本答题组织者令牌（rsct_
        开头）即可载入；令牌只保存到关闭浏览器为止。 再次载入时只取上次之后收到的凭证码。
      </p>
      <label class="org-label" for="org-collector-url">
        收集服务网址
      </label>
      <input
        id="org-collector-url"
        class="org-input"
        type="url"
        inputMode="url"
        value={url}
        onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
      />
      <label class="org-label" for="org-collector-token">
        组织者令牌
      </label>
      <input
        id="org-collector-token"
        class="org-input"
        type="password"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="org-collector-hint"
        value={token}
        onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" class="button" disabled={org.collectorBusy || !org.quiz || token.trim() === '' || url.trim() === ''}>
        从收集服务载入
      </button>
      <p class={`org-message${org.collectorMessage?.warn ? ' is-warn' : ''}`} role="status" aria-live="polite">
        {org.collectorMessage?.text ?? ''}
      </p>
    </form>
  );
}
