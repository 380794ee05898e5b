import { useState } from 'preact/hooks';
import type { Organizer } from './useOrganizer.ts';

/** Step 4 (optional): who should take part, for participation by unit and the list of absentees. */
export function RosterStep({ org }: { org: Organizer }) {
  const { work, roster, rosterMessage, importRosterFile, removeRoster, applyRoster } = org;
  const [rosterPaste, setRosterPaste] = useState('');
  return (
    <section class="org-step org-step-wide" aria-labelledby="org-step-roster">
      <h2 id="org-step-roster">
        <span class="org-step-no">4</span>参加人员名单（可选）
      </h2>
      <p class="org-hint" id="org-roster-hint">
        有名单时可统计各单位参与率，列出尚未参加的人员。名单为 CSV 文件，两列：姓名、单位（Excel 另存为 CSV 即可）。
      </p>
      {work.roster ? (
        <div class="org-roster-loaded">
          <p>
            名单：<strong>{roster?.count ?? '…'}</strong> 人，{roster?.units ?? '…'} 个单位{work.roster.source ? `（${work.roster.source}）` : ''}
          </p>
          <button type="button" class="button button-quiet" onClick={removeRoster}>
            移除名单
          </button>
        </div>
      ) : (
        <>
          <label class="org-label" for="org-roster">
            名单文件（.csv）
          </label>
          <input
            id="org-roster"
            class="org-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby="org-roster-hint"
            onChange={(e) => void importRosterFile(e.currentTarget as HTMLInputElement)}
          />
          <details class="org-roster-paste">
            <summary>或者粘贴名单</summary>
            <label class="org-label" for="org-roster-text">
              从 Excel 复制“姓名”“单位”两列粘贴到这里
            </label>
            <textarea
              id="org-roster-text"
              class="org-input"
              rows={4}
              value={rosterPaste}
              onInput={(e) => setRosterPaste((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <button
              type="button"
              class="button button-quiet"
              disabled={rosterPaste.trim() === ''}
              onClick={() => {
                void applyRoster(rosterPaste, '粘贴的名单').then((ok) => ok && setRosterPaste(''));
              }}
            >
              使用这份名单
            </button>
          </details>
        </>
      )}
      <p class={`org-message${rosterMessage?.warn ? ' is-warn' : ''}`} role="status" aria-live="polite">
        {rosterMessage?.text ?? ''}
      </p>
    </section>
  );
}
