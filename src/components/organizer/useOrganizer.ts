import { sitePath } from '../../lib/site/paths.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { STORE_KEYS, openStore } from '../../client/storage.ts';
import { collectorBase, loadFromCollector } from '../../lib/organizer/collector.ts';
import { downloadText } from '../../client/download.ts';
import { startEngine, type EngineApi } from '../../client/organizer/engine-client.ts';
import type { CsvKind, GradeView } from '../../lib/organizer/engine.ts';
import type { OrganizerQuiz } from '../../lib/organizer/types.ts';
import { WORK_KEY, cursorFor, decodeText, mergeCodes, parseSavedWork, safeFileName, type SavedWork } from '../../lib/organizer/work.ts';
import type { ScanFeedback } from './QrScanner.tsx';

/** Where the grading questions come from, for the chosen quiz. */
export type Source =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'need-key'; error?: string }
  | { status: 'ready'; count: number; from: string }
  | { status: 'error'; message: string };

export interface Message {
  text: string;
  warn?: boolean;
}

async function readFiles(files: FileList | null): Promise<Array<{ name: string; text: string }>> {
  return Promise.all(Array.from(files ?? []).map(async (f) => ({ name: f.name, text: decodeText(await f.arrayBuffer()) })));
}

/**
 * The organiser's workflow, apart from its view: the saved work (quiz, codes, roster), the grading
 * questions of the chosen quiz, and grading in the worker whenever any of them changes. The pure
 * rules are in lib/organizer; this hook connects them to storage, files and the worker.
 */
export function useOrganizer(quizzes: OrganizerQuiz[], collectorUrl?: string) {
  const [store] = useState(openStore);
  // The collector token is kept for this browser session only (sessionStorage), never with the work.
  const [sessionStore] = useState(() => openStore('sessionStorage'));
  const [collectorMessage, setCollectorMessage] = useState<Message | null>(null);
  const [collectorBusy, setCollectorBusy] = useState(false);
  const engine = useRef<EngineApi | null>(null);
  const [mounted, setMounted] = useState(false);
  const [storageWarning, setStorageWarning] = useState(false);
  const [work, setWorkState] = useState<SavedWork>({ version: 1, codes: [] });
  const workRef = useRef(work);
  const [source, setSource] = useState<Source>({ status: 'none' });
  const [view, setView] = useState<GradeView | null>(null);
  const [gradeError, setGradeError] = useState('');
  const [roster, setRoster] = useState<{ count: number; units: number } | null>(null);
  const [importMessage, setImportMessage] = useState<Message | null>(null);
  const [rosterMessage, setRosterMessage] = useState<Message | null>(null);
  const [topText, setTopText] = useState('10');
  const topN = Math.min(100, Math.max(1, Math.round(Number(topText)) || 10));
  const [clearedMessage, setClearedMessage] = useState('');
  const [exportMessage, setExportMessage] = useState('');
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
    // Once, on mount: the worker and the saved work.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    fetch(sitePath(quiz.poolUrl))
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
    // Reloaded when another quiz is chosen (quiz objects are the page's props and do not change).
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- quiz is identified by its id
  }, [mounted, quiz?.id, source, work.codes, work.roster?.text, topN]);

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

  /** Imports the codes found in pasted text; true when any was found (the box may be emptied). */
  const importPasted = async (text: string): Promise<boolean> => {
    const { codes } = await engine.current!.extract(text);
    const merged = addCodes(codes);
    setImportMessage(describeImport('从粘贴的文字中', codes.length, merged.added.length, merged.repeated.length));
    return codes.length > 0;
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

  /** The token typed in this browser session, if any. */
  const collectorToken = (): string => {
    const saved = sessionStore.read(STORE_KEYS.collectorToken);
    return typeof saved === 'string' ? saved : '';
  };

  /**
   * 从收集服务载入: every code the service received for the chosen quiz since the last load from
   * the same service, added exactly like pasted codes (through the same extraction), so the report
   * is the same either way.
   */
  const loadFromService = async (urlText: string, token: string) => {
    if (!quiz) {
      setCollectorMessage({ text: '请先在第 1 步选择答题。', warn: true });
      return;
    }
    const base = collectorBase(urlText);
    if (!base) {
      setCollectorMessage({ text: '收集服务的网址不对，应形如 https://pufa.example.gov.cn/collector/', warn: true });
      return;
    }
    sessionStore.write(STORE_KEYS.collectorToken, token.trim());
    setCollectorBusy(true);
    setCollectorMessage({ text: '正在从收集服务载入…' });
    const after = cursorFor(workRef.current, base, quiz.id);
    try {
      const result = await loadFromCollector({
        base,
        quizId: quiz.id,
        token,
        after,
        fetch: (url, init) => fetch(url, { ...init, cache: 'no-store', credentials: 'omit' }),
        onPage: (loaded) => setCollectorMessage({ text: `正在从收集服务载入…已载入 ${loaded} 个` }),
      });
      const { codes } = result.codes.length ? await engine.current!.extract(result.codes.join('\n')) : { codes: [] };
      const merged = addCodes(codes);
      if (result.pages > 0) setWork({ ...workRef.current, collector: { url: base, quizId: quiz.id, cursor: result.cursor } });
      const since = after === '0' ? '' : '（上次载入之后收到的）';
      const found = `从收集服务载入 ${codes.length} 个凭证码${since}，新增 ${merged.added.length} 个`;
      const late = result.late > 0 ? `；其中 ${result.late} 个是答题截止后才收到的` : '';
      setCollectorMessage(
        result.ok ? { text: `${found}${late}。` } : { text: `${result.message}${codes.length ? `（在此之前${found}，已保留。）` : ''}`, warn: true },
      );
    } finally {
      setCollectorBusy(false);
    }
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
    setImportMessage(null);
    setCollectorMessage(null);
    setRosterMessage(null);
    setExportMessage('');
    setClearedMessage('已清除本机保存的凭证码和名单。');
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

  return {
    mounted,
    storageWarning,
    work,
    quiz,
    definition,
    source,
    view,
    gradeError,
    roster,
    importMessage,
    rosterMessage,
    collectorUrl,
    collectorMessage,
    collectorBusy,
    collectorToken,
    loadFromService,
    topText,
    setTopText,
    clearedMessage,
    exportMessage,
    importPasted,
    importFiles,
    onScanText,
    applyRoster,
    importRosterFile,
    removeRoster,
    loadKey,
    chooseQuiz,
    clearAll,
    exportCsv,
  };
}

export type Organizer = ReturnType<typeof useOrganizer>;
