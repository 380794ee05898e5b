import { useEffect, useRef, useState } from 'preact/hooks';
import { openStore } from '../../client/storage.ts';
import type { OrganizerQuiz } from '../../lib/organizer/types.ts';
import type { CsvKind, GradeView } from '../../lib/organizer/engine.ts';
import { startEngine, type EngineApi } from '../../client/organizer/engine-client.ts';
import { QrScanner, type ScanFeedback } from './QrScanner.tsx';
import { ReportView } from './ReportView.tsx';
import { WORK_KEY, decodeText, downloadText, duration, mergeCodes, parseSavedWork, safeFileName, type SavedWork } from '../../lib/organizer/work.ts';
import '../../styles/organizer.css';

interface Props {
  /** Every quiz definition of the site (organizerQuizzes()) */
  quizzes: OrganizerQuiz[];
}

/** Where the grading questions come from, for the chosen quiz. */
type Source =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'need-key'; error?: string }
  | { status: 'ready'; count: number; from: string }
  | { status: 'error'; message: string };

interface Message {
  text: string;
  warn?: boolean;
}

async function readFiles(files: FileList | null): Promise<Array<{ name: string; text: string }>> {
  return Promise.all(Array.from(files ?? []).map(async (f) => ({ name: f.name, text: decodeText(await f.arrayBuffer()) })));
}

/**
 * The organiser's page: choose a quiz, load its answers, collect result codes (paste, files,
 * camera), optionally a roster, and see the graded report; export CSV and print. Everything
 * stays in this browser; the work is kept in localStorage until 清除数据.
 */
export default function OrganizerApp({ quizzes }: Props) {
  const [store] = useState(openStore);
  const engine = useRef<EngineApi | null>(null);
  const [mounted, setMounted] = useState(false);
  const [storageWarning, setStorageWarning] = useState(false);
  const [work, setWorkState] = useState<SavedWork>({ version: 1, codes: [] });
  const workRef = useRef(work);
  const [source, setSource] = useState<Source>({ status: 'none' });
  const [view, setView] = useState<GradeView | null>(null);
  const [gradeError, setGradeError] = useState('');
  const [roster, setRoster] = useState<{ count: number; units: number } | null>(null);
  const [pasted, setPasted] = useState('');
  const [importMessage, setImportMessage] = useState<Message | null>(null);
  const [rosterMessage, setRosterMessage] = useState<Message | null>(null);
  const [rosterPaste, setRosterPaste] = useState('');
  const [scanning, setScanning] = useState(false);
  const [topText, setTopText] = useState('10');
  const topN = Math.min(100, Math.max(1, Math.round(Number(topText)) || 10));
  const [confirmClear, setConfirmClear] = useState(false);
  const [clearedMessage, setClearedMessage] = useState('');
  const [exportMessage, setExportMessage] = useState('');
  const scanButton = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const gradeRun = useRef(0);

  const quiz = quizzes.find((q) => q.id === work.quizId);
  const definition = quiz?.quiz;
  const quizRef = useRef(quiz);
  quizRef.current = quiz;

  /** Changes the work and keeps it in storage (warns once when storage does not take it). */
  const setWork = (next: SavedWork) => {
    workRef.current = next;
    setWorkState(next);
    if (!store.write(WORK_KEY, next)) setStorageWarning(true);
  };

  useEffect(() => {
    const started = startEngine();
    engine.current = started.api;
    const saved = parseSavedWork(store.read(WORK_KEY));
    if (saved.quizId && !quizzes.some((q) => q.id === saved.quizId)) delete saved.quizId;
    workRef.current = saved;
    setWorkState(saved);
    if (!store.available) setStorageWarning(true);
    setMounted(true);
    return started.stop;
  }, []);

  // The grading questions of the chosen quiz: the public pool is fetched, a sealed quiz waits for its key.
  useEffect(() => {
    if (!mounted) return;
    setView(null);
    if (!quiz) {
      setSource({ status: 'none' });
      return;
    }
    if (quiz.sealed || !quiz.poolUrl) {
      setSource({ status: 'need-key' });
      return;
    }
    setSource({ status: 'loading' });
    let cancelled = false;
    fetch(quiz.poolUrl)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => engine.current!.loadPool(quiz, data))
      .then((result) => {
        if (cancelled) return;
        setSource(result.ok ? { status: 'ready', count: result.count, from: '网站公开题库' } : { status: 'error', message: result.message });
      })
      .catch(() => {
        if (!cancelled) setSource({ status: 'error', message: '题库数据载入失败。请检查网络后刷新页面重试。' });
      });
    return () => {
      cancelled = true;
    };
  }, [mounted, quiz?.id]);

  // The roster's size.
  useEffect(() => {
    if (!mounted) return;
    const text = work.roster?.text;
    if (!text) {
      setRoster(null);
      return;
    }
    let cancelled = false;
    void engine.current!.roster(text).then((r) => {
      if (!cancelled) setRoster(r);
    });
    return () => {
      cancelled = true;
    };
  }, [mounted, work.roster?.text]);

  // Grading, whenever the codes, the roster, the pool or the ranking size change; the latest run wins.
  useEffect(() => {
    if (!mounted) return;
    const run = ++gradeRun.current;
    if (!quiz || source.status !== 'ready' || work.codes.length === 0) {
      setView(null);
      setGradeError('');
      return;
    }
    engine
      .current!.grade(quiz, work.codes, work.roster?.text, topN)
      .then((next) => {
        if (run !== gradeRun.current) return;
        setView(next);
        setGradeError('');
      })
      .catch((error: Error) => {
        if (run !== gradeRun.current) return;
        setView(null);
        setGradeError(`无法评分：${error.message}`);
      });
  }, [mounted, quiz?.id, source, work.codes, work.roster?.text, topN]);

  useEffect(() => {
    if (confirmClear) confirmText.current?.focus();
  }, [confirmClear]);

  /** Adds codes found somewhere; returns what happened. */
  const addCodes = (found: readonly string[]) => {
    const merged = mergeCodes(workRef.current.codes, found);
    if (merged.added.length > 0) setWork({ ...workRef.current, codes: merged.codes });
    setClearedMessage('');
    return merged;
  };

  const describeImport = (where: string, found: number, added: number, repeated: number): Message => {
    if (found === 0) return { text: `${where}没有找到凭证码（凭证码以 RS1 开头）。`, warn: true };
    const parts = [`${where}找到 ${found} 个凭证码`, `新增 ${added} 个`];
    if (repeated > 0) parts.push(`${repeated} 个已导入过`);
    return { text: `${parts.join('，')}。` };
  };

  const importPasted = async (e: Event) => {
    e.preventDefault();
    const { codes } = await engine.current!.extract(pasted);
    const merged = addCodes(codes);
    setImportMessage(describeImport('从粘贴的文字中', codes.length, merged.added.length, merged.repeated.length));
    if (codes.length > 0) setPasted('');
  };

  const importFiles = async (input: HTMLInputElement) => {
    const files = await readFiles(input.files);
    input.value = '';
    if (files.length === 0) return;
    const found = (await Promise.all(files.map((f) => engine.current!.extract(f.text)))).flatMap((r) => r.codes);
    const merged = addCodes(found);
    const where = files.length === 1 ? `从文件“${files[0]!.name}”中` : `从 ${files.length} 个文件中`;
    setImportMessage(describeImport(where, found.length, merged.added.length, merged.repeated.length));
  };

  const onScanText = async (text: string): Promise<ScanFeedback> => {
    const { codes, who } = await engine.current!.extract(text, quizRef.current);
    const merged = addCodes(codes);
    if (merged.added.length > 0) setImportMessage({ text: `扫码新增 ${merged.added.length} 个凭证码。` });
    return { added: merged.added.length, repeated: merged.repeated.length, who, total: merged.codes.length };
  };

  const closeScanner = () => {
    setScanning(false);
    setTimeout(() => scanButton.current?.focus(), 0);
  };

  const applyRoster = async (text: string, from: string) => {
    const { count, units } = await engine.current!.roster(text);
    if (count === 0) {
      setRosterMessage({ text: `${from}没有读到人员。名单应为 CSV，两列：姓名、单位（第一行可以是标题）。`, warn: true });
      return false;
    }
    setWork({ ...workRef.current, roster: { text, source: from.replace(/^从|中$/g, '') } });
    setRosterMessage({ text: `已载入名单：${count} 人，${units} 个单位。` });
    return true;
  };

  const importRosterFile = async (input: HTMLInputElement) => {
    const [file] = await readFiles(input.files);
    input.value = '';
    if (file) await applyRoster(file.text, `从文件“${file.name}”中`);
  };

  const removeRoster = () => {
    const { roster: _removed, ...rest } = workRef.current;
    setWork(rest);
    setRosterMessage({ text: '已移除名单。' });
  };

  const loadKey = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || !quiz) return;
    const result = await engine.current!.loadKey(quiz, decodeText(await file.arrayBuffer()));
    setSource(result.ok ? { status: 'ready', count: result.count, from: `答案文件“${file.name}”` } : { status: 'need-key', error: result.message });
  };

  const chooseQuiz = (id: string) => {
    const next: SavedWork = { ...workRef.current };
    if (id) next.quizId = id;
    else delete next.quizId;
    setWork(next);
  };

  const clearAll = () => {
    store.remove(WORK_KEY);
    const next: SavedWork = { version: 1, codes: [] };
    if (work.quizId) next.quizId = work.quizId;
    workRef.current = next;
    setWorkState(next);
    if (quiz?.sealed) {
      void engine.current!.forget();
      setSource({ status: 'need-key' });
    }
    setPasted('');
    setRosterPaste('');
    setImportMessage(null);
    setRosterMessage(null);
    setExportMessage('');
    setConfirmClear(false);
    setClearedMessage('已清除本机保存的凭证码和名单。');
    setTimeout(() => clearButton.current?.focus(), 0);
  };

  const exportCsv = async (kind: CsvKind) => {
    if (!quiz || !view) return;
    const base = safeFileName(quiz.title);
    const name = { results: `${base}-成绩.csv`, report: `${base}-统计报告.csv`, rejected: `${base}-不计分凭证码.csv` }[kind];
    try {
      downloadText(await engine.current!.csv(kind), name);
      setExportMessage(`已生成“${name}”，请在浏览器的下载中查看。`);
    } catch (error) {
      setExportMessage(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  if (!mounted) {
    return <p class="notice">本工具需要开启 JavaScript 才能使用。</p>;
  }

  const collected = work.codes.length;

  return (
    <div class="org-app">
      {storageWarning && (
        <p class="notice notice-warn org-storage" role="status">
          这个浏览器现在无法保存导入的数据（可能处于无痕模式、已禁用存储或数据太多）。可以继续使用，但刷新或关闭页面后需要重新导入；请及时导出 CSV。
        </p>
      )}

      <div class="org-steps">
        <section class="org-step" aria-labelledby="org-step-quiz">
          <h2 id="org-step-quiz">
            <span class="org-step-no">1</span>选择答题
          </h2>
          <label class="org-label" for="org-quiz">
            本次统计的答题
          </label>
          <select
            id="org-quiz"
            class="org-input"
            value={work.quizId ?? ''}
            onChange={(e) => chooseQuiz((e.currentTarget as HTMLSelectElement).value)}
          >
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

        <section class="org-step org-step-wide" aria-labelledby="org-step-codes">
          <h2 id="org-step-codes">
            <span class="org-step-no">3</span>导入成绩凭证码
          </h2>
          <p class="org-count" aria-live="polite">
            已收集 <strong data-count>{collected}</strong> 个凭证码
          </p>
          <form class="org-paste" onSubmit={(e) => void importPasted(e)}>
            <label class="org-label" for="org-paste">
              粘贴文字
            </label>
            <p class="org-hint" id="org-paste-hint">
              可以把微信群或聊天记录整段复制过来，凭证码夹在其他文字中也能找出；同一凭证码只收一次。
            </p>
            <textarea
              id="org-paste"
              class="org-input"
              rows={5}
              aria-describedby="org-paste-hint"
              value={pasted}
              onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <button type="submit" class="button" disabled={pasted.trim() === ''}>
              导入粘贴的文字
            </button>
          </form>
          <div class="org-import-row">
            <div>
              <label class="org-label" for="org-files">
                上传文件（.txt 或 .csv，可多选）
              </label>
              <input
                id="org-files"
                class="org-file"
                type="file"
                multiple
                accept=".txt,.csv,text/plain,text/csv"
                onChange={(e) => void importFiles(e.currentTarget as HTMLInputElement)}
              />
            </div>
            <div>
              <p class="org-label" id="org-scan-label">
                扫描二维码
              </p>
              {!scanning && (
                <button type="button" class="button button-quiet" ref={scanButton} aria-describedby="org-scan-note" onClick={() => setScanning(true)}>
                  扫码
                </button>
              )}
              <p class="org-hint" id="org-scan-note">
                扫码需要摄像头，并要在浏览器提示时允许使用。没有摄像头或不允许也没关系，粘贴文字和上传文件同样能导入全部凭证码。
              </p>
            </div>
          </div>
          {scanning && <QrScanner onText={onScanText} onClose={closeScanner} />}
          <p class={`org-message${importMessage?.warn ? ' is-warn' : ''}`} role="status" aria-live="polite">
            {importMessage?.text ?? ''}
          </p>
        </section>

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
      </div>

      <div class="org-clear">
        {confirmClear ? (
          <div class="org-confirm" role="group" aria-labelledby="org-confirm-text">
            <p id="org-confirm-text" ref={confirmText} tabIndex={-1}>
              确定清除本机保存的 {collected} 个凭证码{work.roster ? '和名单' : ''}吗？清除后不能恢复，如有需要请先导出 CSV。
            </p>
            <div class="org-actions">
              <button type="button" class="button button-quiet" onClick={() => setConfirmClear(false)}>
                取消
              </button>
              <button type="button" class="button org-danger" onClick={clearAll}>
                确定清除
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button button-quiet" ref={clearButton} onClick={() => setConfirmClear(true)}>
            清除数据
          </button>
        )}
        <p class="org-message" role="status">
          {clearedMessage}
        </p>
      </div>

      {gradeError && (
        <p class="notice notice-warn" role="alert">
          {gradeError}
        </p>
      )}
      {!view && collected > 0 && quiz && source.status !== 'ready' && (
        <p class="notice">
          已收集 {collected} 个凭证码。{quiz.sealed ? '载入答案文件后' : '题库载入后'}即可看到成绩报告。
        </p>
      )}
      {!quiz && collected > 0 && <p class="notice">已收集 {collected} 个凭证码。请先选择答题，再查看成绩报告。</p>}

      {quiz && view && (
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
      )}
    </div>
  );
}
