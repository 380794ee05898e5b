import type { GradeView } from '../../lib/organizer/engine.ts';
import { duration, percent } from '../../lib/organizer/work.ts';

interface Props {
  title: string;
  definitionHash: string;
  view: GradeView;
  rosterSource?: string;
}

function More({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return (
    <p class="org-hint">
      只显示前 {shown} 条，共 {total} 条{what}；全部内容请导出 CSV 查看。
    </p>
  );
}

/** Long lists are cut on screen (the CSV exports have everything). */
const LIST_LIMIT = 500;

/** The organiser's report: what is printed and what the report CSV holds, as accessible tables. */
export function ReportView({ title, definitionHash, view, rosterSource }: Props) {
  const { report, rejected, collected } = view;
  const withRoster = report.overall.expected !== undefined;
  const binMax = Math.max(1, ...report.histogram.map((b) => b.count));
  const missing = report.missing ?? [];
  const missingShown = missing.slice(0, LIST_LIMIT);
  const notOnRoster = report.notOnRoster ?? [];

  return (
    <section class="org-report" aria-labelledby="org-report-title">
      <h2 id="org-report-title">成绩报告</h2>
      <p class="org-report-meta">
        {title}（题目版本 <code>{definitionHash}</code>）　统计时间：{view.madeAt}（北京时间）
        {rosterSource ? `　名单：${rosterSource}` : ''}
      </p>

      <dl class="org-summary" aria-label="总体情况">
        <div>
          <dt>收到凭证码</dt>
          <dd>
            <strong>{collected}</strong> 份
          </dd>
        </div>
        <div>
          <dt>计分</dt>
          <dd data-summary="graded">
            <strong>{view.gradedCount}</strong> 份
          </dd>
        </div>
        <div>
          <dt>不计分</dt>
          <dd data-summary="rejected">
            <strong>{view.rejectedCount}</strong> 份
          </dd>
        </div>
        <div>
          <dt>参加人数</dt>
          <dd data-summary="participants">
            <strong>{report.participants}</strong> 人
          </dd>
        </div>
        {withRoster && (
          <div>
            <dt>参与率</dt>
            <dd data-summary="participation">
              <strong>{percent(report.overall.participationRate)}</strong>
              <span class="org-sub">
                名单 {report.overall.expected} 人，参加 {report.overall.participated} 人
              </span>
            </dd>
          </div>
        )}
        <div>
          <dt>合格率</dt>
          <dd data-summary="pass-rate">
            <strong>{percent(report.overall.passRate)}</strong>
            <span class="org-sub">合格 {report.overall.passed} 人</span>
          </dd>
        </div>
        <div>
          <dt>平均分</dt>
          <dd data-summary="mean">
            <strong>{report.meanScore}</strong> 分
            <span class="org-sub">
              满分 {report.maxScore}，合格线 {report.passMark}
            </span>
          </dd>
        </div>
      </dl>

      <section class="org-block org-keep" aria-labelledby="org-units-title">
        <h3 id="org-units-title">各单位情况</h3>
        <div class="org-table-wrap" tabIndex={0} role="region" aria-labelledby="org-units-title">
          <table class="org-units">
            <caption>{withRoster ? '按名单顺序列出各单位；名单外的单位排在后面' : '按参加人数从多到少'}</caption>
            <thead>
              <tr>
                <th scope="col">单位</th>
                {withRoster && <th scope="col">名单人数</th>}
                <th scope="col">参加人数</th>
                {withRoster && <th scope="col">参与率</th>}
                <th scope="col">合格人数</th>
                <th scope="col">合格率</th>
                <th scope="col">平均分</th>
              </tr>
            </thead>
            <tbody>
              {report.units.map((u) => (
                <tr key={u.unit}>
                  <th scope="row">{u.unit}</th>
                  {withRoster && <td class="num">{u.expected}</td>}
                  <td class="num">{u.participants}</td>
                  {withRoster && <td class="num">{percent(u.participationRate)}</td>}
                  <td class="num">{u.passed}</td>
                  <td class="num">{u.participants > 0 ? percent(u.passRate) : '—'}</td>
                  <td class="num">{u.participants > 0 ? u.meanScore : '—'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">合计</th>
                {withRoster && <td class="num">{report.overall.expected}</td>}
                <td class="num">{report.overall.participants}</td>
                {withRoster && <td class="num">{percent(report.overall.participationRate)}</td>}
                <td class="num">{report.overall.passed}</td>
                <td class="num">{percent(report.overall.passRate)}</td>
                <td class="num">{report.overall.meanScore}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <div class="org-columns">
        <section class="org-block org-keep" aria-labelledby="org-hist-title">
          <h3 id="org-hist-title">分数分布</h3>
          <table class="org-histogram">
            <caption>按得分率（得分 ÷ 满分）每 10% 一档</caption>
            <thead>
              <tr>
                <th scope="col">得分率</th>
                <th scope="col">人数</th>
              </tr>
            </thead>
            <tbody>
              {[...report.histogram].reverse().map((bin) => (
                <tr key={bin.label}>
                  <th scope="row">{bin.label}%</th>
                  <td>
                    <span class="org-bar-row">
                      <span class="org-bar" aria-hidden="true" style={{ width: `${(bin.count / binMax) * 100}%` }} />
                      <span class="org-bar-value">{bin.count} 人</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section class="org-block org-keep" aria-labelledby="org-top-title">
          <h3 id="org-top-title">前 {report.top.length} 名</h3>
          {report.top.length === 0 ? (
            <p class="muted">还没有计分的成绩。</p>
          ) : (
            <table class="org-top">
              <caption>按得分从高到低；同分时用时短的在前，再按交卷早晚</caption>
              <thead>
                <tr>
                  <th scope="col">名次</th>
                  <th scope="col">姓名</th>
                  <th scope="col">单位</th>
                  <th scope="col">得分</th>
                  <th scope="col">用时</th>
                </tr>
              </thead>
              <tbody>
                {report.top.map((t, i) => (
                  <tr key={i}>
                    <td class="num">{t.rank}</td>
                    <th scope="row">{t.name}</th>
                    <td>{t.unit}</td>
                    <td class="num">{t.score}</td>
                    <td class="num">{duration(t.timeUsedMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <section class="org-block" aria-labelledby="org-questions-title">
        <h3 id="org-questions-title">各题正确率</h3>
        <p class="org-hint">从低到高排列。正确率特别低的题，可能是难题，也可能是题目或答案有误，建议核对。</p>
        <div class="org-table-wrap">
          <table class="org-questions">
            <caption>每道题在多少份试卷中出现、答对多少次</caption>
            <thead>
              <tr>
                <th scope="col">题号</th>
                <th scope="col">题目（摘录）</th>
                <th scope="col">出现</th>
                <th scope="col">答对</th>
                <th scope="col">正确率</th>
              </tr>
            </thead>
            <tbody>
              {report.questions.map((q) => (
                <tr key={q.id} class={q.rate < 0.5 ? 'is-low' : undefined}>
                  <td class="org-id">{q.id}</td>
                  <th scope="row">{q.stem}</th>
                  <td class="num">{q.shown}</td>
                  <td class="num">{q.correct}</td>
                  <td class="num">{percent(q.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section class="org-block" aria-labelledby="org-rejected-title">
        <h3 id="org-rejected-title">不计分的凭证码（{view.rejectedCount} 份）</h3>
        {view.rejectedCount === 0 ? (
          <p class="muted">没有不计分的凭证码。</p>
        ) : (
          <>
            <ol class="org-rejected">
              {rejected.map((r, i) => (
                <li key={i}>
                  <span class="org-kind">{r.label}</span> {r.line}
                </li>
              ))}
            </ol>
            <More shown={rejected.length} total={view.rejectedCount} what="不计分的凭证码" />
          </>
        )}
      </section>

      {withRoster && (
        <section class="org-block" aria-labelledby="org-missing-title">
          <h3 id="org-missing-title">名单中尚未参加的人员（{missing.length} 人）</h3>
          {missing.length === 0 ? (
            <p class="muted">名单上的人员都已参加。</p>
          ) : (
            <>
              <table class="org-missing">
                <caption>按名单顺序</caption>
                <thead>
                  <tr>
                    <th scope="col">姓名</th>
                    <th scope="col">单位</th>
                  </tr>
                </thead>
                <tbody>
                  {missingShown.map((m, i) => (
                    <tr key={i}>
                      <td>{m.name}</td>
                      <td>{m.unit}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <More shown={missingShown.length} total={missing.length} what="尚未参加的人员" />
            </>
          )}
          {notOnRoster.length > 0 && (
            <>
              <h4>名单外的答题人（{notOnRoster.length} 人）</h4>
              <p class="org-hint">这些人的姓名与名单对不上，可能是名单漏了，或姓名、单位填写有误。</p>
              <table class="org-unlisted">
                <caption>姓名和单位按答题人填写的显示</caption>
                <thead>
                  <tr>
                    <th scope="col">姓名</th>
                    <th scope="col">单位</th>
                  </tr>
                </thead>
                <tbody>
                  {notOnRoster.slice(0, LIST_LIMIT).map((m, i) => (
                    <tr key={i}>
                      <td>{m.name}</td>
                      <td>{m.unit}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <More shown={Math.min(LIST_LIMIT, notOnRoster.length)} total={notOnRoster.length} what="名单外的答题人" />
            </>
          )}
        </section>
      )}
    </section>
  );
}
