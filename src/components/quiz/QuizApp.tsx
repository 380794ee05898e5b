import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_RULES,
  answerQuestion,
  challengeProgress,
  checkQuestion,
  dailySeed,
  drawQuestions,
  drawSequence,
  emptyHistory,
  emptyMistakeBook,
  expire,
  goTo,
  isCorrect,
  matchesQuota,
  mistakeIds,
  parseAttempt,
  parseHistory,
  parseMistakeBook,
  recordAnswers,
  recordAttempt,
  remainingMs,
  scoreAttempt,
  startAttempt,
  submitAttempt,
  timeAnnouncement,
} from '../../lib/quiz/index.ts';
import type { Attempt, PaperItem, QuizMode, QuizQuestion, Quota, ScoringRules } from '../../lib/quiz/types.ts';
import { openStore } from '../../client/storage.ts';
import { QuestionView } from './QuestionView.tsx';
import { AnswerSheet } from './AnswerSheet.tsx';
import { Explanation } from './Explanation.tsx';
import { ResultView } from './ResultView.tsx';
import { CodeView } from './CodeView.tsx';
import { RegistrationForm } from './RegistrationForm.tsx';
import { encodeResult } from '../../lib/results/codec.ts';
import type { RegistrationField } from '../../lib/results/types.ts';
import '../../styles/quiz.css';
import { formatClock } from '../../lib/time.ts';

export interface QuizProps {
  mode: QuizMode;
  /** Key of the attempt in storage; practice pages that read ?topic= get the topic appended */
  quizId: string;
  title: string;
  /** Hash of the definition and its question pool; a stored attempt with another hash is discarded */
  definitionHash: string;
  /** URL of the public question data */
  dataUrl?: string;
  /** Practice pages that read ?topic=: the data file of each topic */
  topicDataUrls?: Record<string, string>;
  /** Questions given inline (short embedded quizzes), instead of fetching them */
  questions?: QuizQuestion[];
  /** 模拟考试 / 竞赛 and 每日一练 */
  quotas?: Quota[];
  /** 专项练习 by topic */
  topic?: string;
  /** Read the practice topic from ?topic= */
  topicFromQuery?: boolean;
  /** A practice over these question ids (embedded quizzes) */
  ids?: string[];
  /** Most questions per practice round */
  count?: number;
  timeLimitMinutes?: number;
  rules?: ScoringRules;
  passMark?: number;
  shuffleQuestions?: boolean;
  /** ISO date-times */
  opens?: string;
  closes?: string;
  attemptsAllowed?: number;
  /** Compact layout inside an explainer or case */
  embedded?: boolean;
  /** 知识竞赛 / 学法考试 with result codes: what participants fill in before starting */
  registration?: RegistrationField[];
  /** The quiz file name carried by the result code */
  fileId?: string;
  /** Sealed quiz: answers are not on the page; participants see 已提交 and their code */
  sealed?: boolean;
  /** Whether the score is shown at once (non-sealed) */
  showScore?: boolean;
}

const CHALLENGE_TITLE = '挑战答题';

function newSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(16).padStart(8, '0')).join('');
}

/** The quiz island: a thin view over the pure engine in src/lib/quiz, with local persistence. */
export default function QuizApp(props: QuizProps) {
  const { mode, title, definitionHash, dataUrl, embedded } = props;
  const immediate = mode !== 'exam';
  const rules = props.rules ?? DEFAULT_RULES;
  const [store] = useState(openStore);
  const topic = useMemo(
    () => (props.topicFromQuery && typeof location !== 'undefined' ? (new URLSearchParams(location.search).get('topic') ?? undefined) : props.topic),
    [],
  );
  const quizId = props.topicFromQuery ? `practice:${topic ?? ''}` : props.quizId;
  const attemptKey = `attempt:${quizId}`;

  const [mounted, setMounted] = useState(false);
  const [all, setAll] = useState<QuizQuestion[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [attempt, setAttemptState] = useState<Attempt | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [storageNotice, setStorageNotice] = useState(false);
  const warned = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const [showSheet, setShowSheet] = useState(false);
  const registrationKey = `registration:${quizId}`;
  const [registration, setRegistration] = useState<Record<string, string>>(() => {
    const saved = store.read(registrationKey) as Record<string, unknown> | undefined;
    const profile = (store.read('profile') ?? {}) as Record<string, unknown>;
    const pick = (v: unknown) => (typeof v === 'string' ? v : '');
    const values: Record<string, string> = {};
    for (const f of props.registration ?? [])
      values[f.key] = pick(saved?.[f.key]) || (f.key === 'name' || f.key === 'unit' ? pick(profile[f.key]) : '');
    return values;
  });
  const [confirming, setConfirming] = useState(false);
  const previousRemaining = useRef<number | undefined>(undefined);
  const heading = useRef<HTMLElement | null>(null);
  const moveFocus = useRef(false);
  const confirmText = useRef<HTMLParagraphElement>(null);

  const warnOnce = () => {
    if (warned.current) return;
    warned.current = true;
    setStorageNotice(true);
  };

  const setAttempt = (next: Attempt | null) => {
    setAttemptState(next);
    if (next === null) store.remove(attemptKey);
    else if (!store.write(attemptKey, next)) warnOnce();
  };

  const questions = useMemo(() => new Map((all ?? []).map((q) => [q.id, q])), [all]);

  /** The questions a paper is drawn from, for this mode. */
  const pool = useMemo(() => {
    if (!all) return [];
    if (props.ids) return all.filter((q) => props.ids!.includes(q.id));
    if (mode === 'exam') return all.filter((q) => props.quotas!.some((quota) => matchesQuota(q, quota)));
    if (mode === 'practice') return all.filter((q) => q.topic === topic);
    if (mode === 'mistakes') {
      const ids = new Set(mistakeIds(parseMistakeBook(store.read('mistakes')) ?? emptyMistakeBook()));
      return all.filter((q) => ids.has(q.id));
    }
    return all;
  }, [all, attempt?.seed]);

  const paper: PaperItem[] = useMemo(() => {
    if (!attempt || !pool.length) return [];
    if (mode === 'exam') return drawQuestions(pool, props.quotas!, attempt.seed, { shuffleQuestions: props.shuffleQuestions ?? true });
    if (mode === 'daily') return drawQuestions(pool, props.quotas ?? [{ count: 5 }], attempt.seed);
    const sequence = drawSequence(pool, attempt.seed);
    return mode === 'challenge' ? sequence : sequence.slice(0, props.count ?? 10);
  }, [pool, attempt?.seed]);

  const begin = (at = Date.now()) => {
    setAttempt(
      startAttempt({
        quizId,
        mode,
        definitionHash,
        seed: mode === 'daily' ? dailySeed(at) : newSeed(),
        now: at,
        timeLimitMs: props.timeLimitMinutes ? props.timeLimitMinutes * 60_000 : undefined,
      }),
    );
    moveFocus.current = true;
  };

  // Load the questions, then resume a stored attempt or start a new one.
  useEffect(() => {
    setMounted(true);
    if (!store.available) warnOnce();
    const url = (topic && props.topicDataUrls?.[topic]) || dataUrl;
    const load = props.questions
      ? Promise.resolve(props.questions)
      : url
        ? fetch(url).then((r) => (r.ok ? (r.json() as Promise<QuizQuestion[]>) : Promise.reject(new Error(String(r.status)))))
        : Promise.resolve([]);
    load
      .then((data) => {
        setAll(data);
        const at = Date.now();
        const stored = parseAttempt(store.read(attemptKey));
        const usable =
          stored && stored.definitionHash === definitionHash && stored.quizId === quizId && (mode !== 'daily' || stored.seed === dailySeed(at));
        if (usable) {
          setAttemptState(expire(stored, at));
        } else {
          if (stored !== undefined) store.remove(attemptKey);
          if (mode !== 'exam' && (mode !== 'practice' || topic || props.ids)) begin(at);
        }
      })
      .catch(() => setLoadError(true));
  }, []);

  const running = attempt !== null && attempt.submittedAt === undefined;

  // The clock: computed from timestamps, so reloads and background tabs do not stop it.
  useEffect(() => {
    if (!running || attempt?.timeLimitMs === undefined) return;
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 1000);
    // Background tabs throttle timers: catch up as soon as the page is visible again.
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [running, attempt?.timeLimitMs]);

  useEffect(() => {
    if (!attempt || attempt.timeLimitMs === undefined) return;
    const remaining = remainingMs(attempt, now) ?? 0;
    const message = timeAnnouncement(previousRemaining.current, remaining);
    previousRemaining.current = remaining;
    if (message) setAnnouncement(message);
    const expired = expire(attempt, now);
    if (expired !== attempt) setAttempt(expired);
  }, [now]);

  // The 成绩凭证码 of a finished competition attempt.
  const resultCode = useMemo(() => {
    if (!props.registration || !props.fileId || !attempt || attempt.submittedAt === undefined || !paper.length) return undefined;
    return encodeResult(
      {
        version: 1,
        quizId: props.fileId,
        definitionHash,
        registration: Object.fromEntries(
          Object.entries(registration)
            .map(([k, v]) => [k, v.trim()])
            .filter(([, v]) => v),
        ),
        seed: attempt.seed,
        answers: paper.map((p) => attempt.answers[p.id] ?? []),
        startedAt: attempt.startedAt,
        submittedAt: attempt.submittedAt,
      },
      { fields: props.registration, optionCounts: paper.map((p) => questions.get(p.id)!.options.length) },
    );
  }, [attempt?.submittedAt, paper.length]);

  // Record a finished attempt once: 错题本 and history.
  useEffect(() => {
    if (!attempt || attempt.submittedAt === undefined || !paper.length) return;
    const history = parseHistory(store.read('history')) ?? emptyHistory();
    if (history.attempts.some((a) => a.quizId === quizId && a.startedAt === attempt.startedAt)) return;
    const scored = scoredPaper(attempt, paper);
    const result = scoreAttempt(attempt, scored, questions, rules, props.passMark ?? Number.POSITIVE_INFINITY, attempt.submittedAt);
    const answered = result.items.filter((i) => i.chosen.length > 0);
    // Sealed answers are unknown here: nothing to learn from for 错题本.
    if (!props.sealed) {
      const book = recordAnswers(parseMistakeBook(store.read('mistakes')) ?? emptyMistakeBook(), answered, attempt.submittedAt);
      store.write('mistakes', book);
    }
    const streak = mode === 'challenge' ? challengeProgress(attempt, paper, questions).streak : undefined;
    const entry = {
      quizId,
      mode,
      title: resultTitle(),
      score: result.score,
      maxScore: result.maxScore,
      passed: props.passMark !== undefined ? result.passed : result.correctCount === result.total,
      correctCount: result.correctCount,
      total: result.total,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      ...(props.sealed ? { score: 0, maxScore: 0, passed: false, correctCount: 0, graded: false } : {}),
      ...(resultCode ? { code: resultCode } : {}),
    };
    store.write(
      'history',
      recordAttempt(
        history,
        entry,
        answered.map((i) => i.id),
        streak,
      ),
    );
  }, [attempt?.submittedAt, paper.length, resultCode]);

  useEffect(() => {
    if (confirming) confirmText.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (moveFocus.current && heading.current) {
      heading.current.focus();
      moveFocus.current = false;
    }
  });

  function resultTitle() {
    if (mode === 'practice') return `专项练习：${topic ?? ''}`;
    return title;
  }

  const notice = storageNotice && (
    <p class="notice notice-warn quiz-storage-notice" role="status">
      本浏览器无法保存答题进度（可能处于无痕模式、已禁用存储或存储已满）。可以继续答题，但刷新或关闭页面后进度会丢失。
    </p>
  );

  if (!mounted) {
    // Server-rendered and pre-hydration state: what a reader without JavaScript keeps seeing.
    return (
      <p class="notice quiz-noscript">
        {embedded ? '正在加载练习。' : ''}在线答题需要开启 JavaScript。也可以到<a href="/quiz/bank/">题库浏览</a>阅读全部练习题和答案解析。
      </p>
    );
  }
  if (loadError) {
    return (
      <p class="notice notice-warn" role="alert">
        题目加载失败，请检查网络后刷新页面重试。
      </p>
    );
  }
  if (!all)
    return (
      <p class="muted" role="status">
        正在加载题目…
      </p>
    );

  if (mode === 'practice' && !topic && !props.ids) {
    return <p class="muted">请先在上方选择一个练习主题。</p>;
  }
  if (!pool.length) {
    return (
      <div class="quiz">
        {notice}
        <p class="notice">{mode === 'mistakes' ? '错题本里还没有题目。答错的题会自动收进来，连续答对两次后移出。' : '这个主题暂时没有题目。'}</p>
      </div>
    );
  }

  // Not started (exams): the rules and a start button, unless closed or out of attempts.
  if (!attempt) {
    const history = parseHistory(store.read('history')) ?? emptyHistory();
    const used = history.attempts.filter((a) => a.quizId === quizId).length;
    const at = Date.now();
    const notOpen = props.opens && at < Date.parse(props.opens);
    const closed = props.closes && at > Date.parse(props.closes);
    const exhausted = props.attemptsAllowed !== undefined && used >= props.attemptsAllowed;
    return (
      <div class="quiz">
        {notice}
        {notOpen && <p class="notice">本次答题尚未开始。</p>}
        {closed && <p class="notice">本次答题已经截止。</p>}
        {exhausted && <p class="notice">您已用完 {props.attemptsAllowed} 次答题机会。</p>}
        {!notOpen && !closed && !exhausted && (
          <>
            {props.attemptsAllowed !== undefined && (
              <p>
                可答 {props.attemptsAllowed} 次，已答 {used} 次。
              </p>
            )}
            <p>开始后计时不会暂停；答案随答随存，刷新或切换应用后可以继续。</p>
            {props.registration ? (
              <RegistrationForm
                fields={props.registration}
                values={registration}
                onChange={(values) => {
                  setRegistration(values);
                  store.write(registrationKey, values);
                }}
                onSubmit={() => begin()}
              />
            ) : (
              <button type="button" class="button quiz-start" onClick={() => begin()}>
                开始答题
              </button>
            )}
          </>
        )}
      </div>
    );
  }

  if (!paper.length)
    return (
      <p class="muted" role="status">
        正在准备试卷…
      </p>
    );

  if (attempt.submittedAt !== undefined) {
    const scored = scoredPaper(attempt, paper);
    const result = scoreAttempt(attempt, scored, questions, rules, props.passMark ?? Number.POSITIVE_INFINITY, attempt.submittedAt);
    const history = parseHistory(store.read('history')) ?? emptyHistory();
    const streak = mode === 'challenge' ? challengeProgress(attempt, paper, questions).streak : 0;
    const canRestart =
      mode !== 'daily' &&
      !(props.attemptsAllowed !== undefined && history.attempts.filter((a) => a.quizId === quizId).length >= props.attemptsAllowed);
    const codeInfo = {
      title,
      name: registration.name?.trim() ?? '',
      unit: registration.unit?.trim() || undefined,
      submittedAt: attempt.submittedAt,
      ...(props.sealed || props.showScore === false ? {} : { score: result.score, maxScore: result.maxScore }),
    };
    if (resultCode && (props.sealed || props.showScore === false)) {
      return (
        <div class="quiz">
          {notice}
          {attempt.submitReason === 'timeout' && (
            <p class="notice" role="status">
              时间到，已自动交卷。
            </p>
          )}
          <CodeView code={resultCode} info={codeInfo} primary />
        </div>
      );
    }
    return (
      <div class="quiz">
        {notice}
        <p class="visually-hidden" role="status">
          {attempt.submitReason === 'timeout' ? '时间到，已自动交卷' : '已交卷'}
        </p>
        {resultCode && <CodeView code={resultCode} info={codeInfo} primary={false} />}
        <ResultView
          title={mode === 'challenge' ? CHALLENGE_TITLE : resultTitle()}
          result={result}
          paper={scored}
          questions={questions}
          passMark={props.passMark}
          submittedAt={attempt.submittedAt}
          timedOut={attempt.submitReason === 'timeout'}
          streak={mode === 'challenge' ? { current: streak, best: Math.max(streak, history.bestStreak) } : undefined}
          store={store}
          onRestart={canRestart ? () => begin() : undefined}
          restartLabel={mode === 'exam' ? '再考一次' : '再练一组'}
        />
      </div>
    );
  }

  // Answering.
  const index = Math.min(attempt.current, paper.length - 1);
  const item = paper[index]!;
  const question = questions.get(item.id)!;
  const chosen = attempt.answers[item.id] ?? [];
  const checked = attempt.checked.includes(item.id);
  const remaining = remainingMs(attempt, now);
  const unanswered = paper.filter((p) => !attempt.answers[p.id]?.length).length;
  const last = index === paper.length - 1;

  const jump = (i: number) => {
    setAttempt(goTo(attempt, i, paper.length));
    setShowSheet(false);
    moveFocus.current = true;
  };
  const submit = (reason: 'user' | 'challenge-ended' = 'user') => {
    setConfirming(false);
    setAttempt(submitAttempt(attempt, Date.now(), reason));
  };
  const check = () => {
    const next = checkQuestion(attempt, item.id, Date.now());
    if (mode === 'challenge' && !isCorrect(question, chosen)) {
      setAttempt(submitAttempt(next, Date.now(), 'challenge-ended'));
      return;
    }
    setAttempt(next);
  };

  return (
    <div class={`quiz${embedded ? ' quiz-embedded' : ''}`}>
      {notice}
      <div class="quiz-bar">
        {mode === 'challenge' && <span>已连续答对 {challengeProgress(attempt, paper, questions).streak} 题</span>}
        {remaining !== undefined && (
          <span class={`quiz-timer${remaining < 60_000 ? ' is-urgent' : ''}`} role="timer" aria-label="剩余时间">
            剩余 {formatClock(remaining)}
          </span>
        )}
        {!immediate && (
          <button type="button" class="button button-quiet" aria-expanded={showSheet} onClick={() => setShowSheet(!showSheet)}>
            答题卡（未答 {unanswered}）
          </button>
        )}
      </div>
      <p class="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      {showSheet && <AnswerSheet paper={paper} attempt={attempt} onJump={jump} />}

      <QuestionView
        question={question}
        item={item}
        number={index + 1}
        total={paper.length}
        chosen={chosen}
        locked={checked}
        reveal={immediate && checked}
        onChange={(next) => setAttempt(answerQuestion(attempt, item.id, next, Date.now()))}
        headingRef={(el) => (heading.current = el)}
      />

      <div aria-live="polite">
        {immediate && checked && <Explanation question={question} item={item} chosen={chosen} correct={isCorrect(question, chosen)} />}
      </div>

      {confirming ? (
        <div class="quiz-confirm" role="group" aria-labelledby="quiz-confirm-text">
          <p id="quiz-confirm-text" ref={confirmText} tabIndex={-1}>
            还有 {unanswered} 题未作答，确定交卷吗？交卷后不能修改。
          </p>
          <div class="quiz-actions">
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
              继续答题
            </button>
            <button type="button" class="button" onClick={() => submit()}>
              确定交卷
            </button>
          </div>
        </div>
      ) : immediate ? (
        <div class="quiz-actions">
          {!checked ? (
            <button type="button" class="button" disabled={!chosen.length} onClick={check}>
              确认答案
            </button>
          ) : last ? (
            <button type="button" class="button" onClick={() => submit(mode === 'challenge' ? 'challenge-ended' : 'user')}>
              查看结果
            </button>
          ) : (
            <button type="button" class="button" onClick={() => jump(index + 1)}>
              下一题
            </button>
          )}
        </div>
      ) : (
        <div class="quiz-actions">
          <button type="button" class="button button-quiet" disabled={index === 0} onClick={() => jump(index - 1)}>
            上一题
          </button>
          {!last && (
            <button type="button" class="button button-quiet" onClick={() => jump(index + 1)}>
              下一题
            </button>
          )}
          <button type="button" class="button" onClick={() => (unanswered ? setConfirming(true) : submit())}>
            交卷
          </button>
        </div>
      )}
    </div>
  );
}

/** The questions a result covers: 挑战答题 counts only the questions actually answered. */
function scoredPaper(attempt: Attempt, paper: PaperItem[]): PaperItem[] {
  if (attempt.mode !== 'challenge') return paper;
  return paper.filter((p) => attempt.checked.includes(p.id));
}
