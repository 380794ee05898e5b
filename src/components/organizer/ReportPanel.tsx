import { formatDurationCompact as duration } from '../../lib/time.ts';
import { ReportView } from './ReportView.tsx';
import type { Organizer } from './useOrganizer.ts';

/** The graded report: exports, print, the ranking size, the report and the per-person results. */
export function ReportPanel({ org }: { org: Organizer }) {
  const { quiz, view, work, exportCsv, exportMessage, topText, setTopText } = org;
  if (!quiz || !view) return null;
  return (
    <>
      <div class="org-toolbar" role="group" aria-label="导出和打印">
        <button type="button" class="button" onClick={() => void exportCsv('results')}>
          导出成绩明细 CSV
        </button>
        <button type="button" class="button button-quiet" onClick={() => void exportCsv('report')}>
          导出统计报告 CSV
        </button>
        <button type="button" class="button button-quiet" disabled={view.rejectedCount === 0} onClick={() => void exportCsv('rejected')}>
          导出不计分凭证码 CSV
        </button>
        <button type="button" class="button button-quiet" onClick={() => window.print()}>
          打印报告
        </button>
        <label class="org-topn">
          排名显示前
          <input
            type="number"
            class="org-input"
            min={1}
            max={100}
            value={topText}
            onInput={(e) => setTopText((e.currentTarget as HTMLInputElement).value)}
          />
          名
        </label>
      </div>
      <p class="org-message" role="status">
        {exportMessage}
      </p>
      <p class="org-hint">CSV 文件为 UTF-8 编码（带 BOM），可直接用 Excel 或 WPS 打开。</p>

      <ReportView title={quiz.title} definitionHash={quiz.definitionHash} view={view} rosterSource={work.roster?.source} />

      {view.results.length > 0 && (
        <details class="org-details">
          <summary>成绩明细（{view.gradedCount} 人）</summary>
          <div class="org-table-wrap" tabIndex={0} role="region" aria-label="成绩明细">
            <table class="org-results">
              <caption>
                按收到凭证码的顺序{view.gradedCount > view.results.length ? `，只显示前 ${view.results.length} 人，全部请导出 CSV` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">姓名</th>
                  <th scope="col">单位</th>
                  <th scope="col">得分</th>
                  <th scope="col">是否合格</th>
                  <th scope="col">答对</th>
                  <th scope="col">用时</th>
                </tr>
              </thead>
              <tbody>
                {view.results.map((g, i) => (
                  <tr key={g.code}>
                    <td class="num">{i + 1}</td>
                    <th scope="row">{g.name}</th>
                    <td>{g.unit}</td>
                    <td class="num">{g.score}</td>
                    <td>{g.passed ? '合格' : '不合格'}</td>
                    <td class="num">
                      {g.correctCount} / {g.total}
                    </td>
                    <td class="num">{duration(g.timeUsedMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
