import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { expire, remainingMs, timeAnnouncement } from '../../lib/quiz/attempt.ts';
import {
  availability,
  beginAttempt,
  canRestart,
  codePayload,
  finishAttempt,
  issuesCode,
  needsTopic,
  paperFor,
  poolFor,
  resumeAttempt,
  startsAtOnce,
  type FinishedAttempt,
  type QuizSession,
} from '../../lib/quiz/session.ts';
import type { Attempt, QuizQuestion } from '../../lib/quiz/types.ts';
import { NEEDS_JS, QUIZ_TEXT, STORAGE_UNAVAILABLE } from '../../lib/ui/text.ts';
import { openQuizStore } from '../../client/storage.ts';
import { sitePath } from '../../lib/site/paths.ts';
import { BANK_INDEX_URL } from '../../lib/search/bank-urls.ts';
import { articleTitle, parseArticleKey } from '../../lib/quiz/article.ts';
import { articleDataUrl } from '../../lib/quiz/urls.ts';
import { AnswerScreen } from './AnswerScreen.tsx';
import { FinishedScreen } from './FinishedScreen.tsx';
import { IntroScreen } from './IntroScreen.tsx';
import '../../styles/quiz.css';

/** Where the questions come from: a data file, one file per topic (practice by ?topic=), or inline. */
export type QuizData = { dataUrl: string } | { topicDataUrls: Record<string, string> } | { questions: QuizQuestion[] };

export type QuizProps = QuizSession &
  QuizData & {
    /** Compact layout inside an explainer or case */
    embedded?: boolean;
    /** 专项练习 page: the topic comes from ?topic= (or the article from ?article=) */
    topicFromQuery?: boolean;
  };

function newSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(16).padStart(8, '0')).join('');
}

/** The session of this page: a practice page that reads ?topic= gets its topic and storage key from the URL. */
function sessionOf(props: QuizProps): QuizSession {
  const { embedded: _e, topicFromQuery, ...rest } = props as QuizProps & Record<string, unknown>;
  for (const key of ['dataUrl', 'topicDataUrls', 'questions']) delete (rest as Record<string, unknown>)[key];
  const session = rest as unknown as QuizSession;
  if (session.mode !== 'practice' || !topicFromQuery) return session;
  const query = new URLSearchParams(location.search);
  const article = query.get('article') ?? '';
  // A practice round on one article's questions (the link under each article of a law page).
  if (parseArticleKey(article)) return { ...session, article, title: QUIZ_TEXT.articlePractice, quizId: `practice:article:${article}` };
  const topic = query.get('topic') ?? undefined;
  return { ...session, topic, quizId: `practice:${topic ?? ''}` };
}

async function loadQuestions(props: QuizProps, session: QuizSession): Promise<QuizQuestion[]> {
  if ('questions' in props) return props.questions;
  if (session.mode === 'practice' && session.article) {
    const response = await fetch(sitePath(articleDataUrl(session.article)));
    if (response.status === 404) return []; // an article without questions: the round says there are none
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as QuizQuestion[];
  }
  const url =
    'topicDataUrls' in props ? (session.mode === 'practice' && session.topic ? props.topicDataUrls[session.topic] : undefined) : props.dataUrl;
  if (!url) return [];
  const response = await fetch(sitePath(url));
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as QuizQuestion[];
}

/**
 * The quiz island: a shell over its screens (intro, answering, finished). The rules live in
 * lib/quiz (session.ts over the pure engine); this component reads and writes the browser's
 * records and keeps the clock.
 */
export default function QuizApp(props: QuizProps) {
  const [store] = useState(openQuizStore);
  const [session] = useState(() => (typeof location === 'undefined' ? (props as QuizSession) : sessionOf(props)));
  const [mounted, setMounted] = useState(false);
  const [all, setAll] = useState<QuizQuestion[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [attempt, setAttemptState] = useState<Attempt | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [storageNotice, setStorageNotice] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [registration, setRegistration] = useState<Record<string, string>>(() => {
    if (session.mode !== 'exam' || !session.registration) return {};
    const saved = store.registration(session.quizId);
    const profile = store.profile();
    const remembered: Record<string, string> = { name: profile.name, unit: profile.unit };
    return Object.fromEntries(session.registration.map((f) => [f.key, saved[f.key] || remembered[f.key] || '']));
  });
  const previousRemaining = useRef<number | undefined>(undefined);

  const warnOnce = () => setStorageNotice(true);
  const setAttempt = (next: Attempt | null) => {
    setAttemptState(next);
    if (next === null) store.removeAttempt(session.quizId);
    else if (!store.saveAttempt(next)) warnOnce();
  };
  const begin = (at = Date.now()) => setAttempt(beginAttempt(session, at, newSeed()));

  const questions = useMemo(() => new Map((all ?? []).map((q) => [q.id, q])), [all]);
  // The pool depends on the 错题本 as it was when the attempt began, hence the seed dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const pool = useMemo(() => (all ? poolFor(session, all, store.mistakes()) : []), [all, attempt?.seed]);
  const paper = useMemo(() => (attempt ? paperFor(session, pool, attempt.seed) : []), [session, pool, attempt]);

  // Load the questions, then resume a stored attempt or start a new one.
  useEffect(() => {
    setMounted(true);
    if (!store.available) warnOnce();
    loadQuestions(props, session)
      .then((data) => {
        setAll(data);
        const at = Date.now();
        const { attempt: resumed, discard } = resumeAttempt(session, store.attempt(session.quizId), at);
        if (resumed) setAttemptState(resumed);
        else {
          if (discard) store.removeAttempt(session.quizId);
          if (startsAtOnce(session)) setAttempt(beginAttempt(session, at, newSeed()));
        }
      })
      .catch(() => setLoadError(true));
    // Runs once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const running = attempt !== null && attempt.submittedAt === undefined;
  const timed = attempt?.timeLimitMs !== undefined;

  // The clock: computed from timestamps, so reloads and background tabs do not stop it.
  useEffect(() => {
    if (!running || !timed) return;
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 1000);
    // Background tabs throttle timers: catch up as soon as the page is visible again.
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [running, timed]);

  useEffect(() => {
    if (!attempt || attempt.timeLimitMs === undefined) return;
    const remaining = remainingMs(attempt, now) ?? 0;
    const message = timeAnnouncement(previousRemaining.current, remaining);
    previousRemaining.current = remaining;
    if (message) setAnnouncement(message);
    const expired = expire(attempt, now);
    if (expired !== attempt) setAttempt(expired);
    // Only the clock drives expiry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [now]);

  const submittedAt = attempt?.submittedAt;
  const coded = issuesCode(session);
  // The encoder and the code screen load only once a coded quiz is submitted.
  const [codeModule, setCodeModule] = useState<typeof import('./coded.ts') | null>(null);
  useEffect(() => {
    if (coded && submittedAt !== undefined && !codeModule) import('./coded.ts').then(setCodeModule, () => setLoadError(true));
  }, [coded, submittedAt, codeModule]);
  // The 成绩凭证码 of a finished attempt of a coded quiz. A code that cannot be made (data the
  // encoder refuses) is reported, and never hides the result.
  const codeResult = useMemo((): { code?: string; failed?: boolean } => {
    if (!attempt || submittedAt === undefined || !paper.length || !codeModule || !issuesCode(session)) return {};
    const payload = codePayload(session, attempt, paper, registration);
    if (!payload) return {};
    try {
      return {
        code: codeModule.encodeResult(payload, { fields: session.registration, optionCounts: paper.map((p) => questions.get(p.id)!.options.length) }),
      };
    } catch {
      return { failed: true };
    }
    // The code is fixed once the attempt is submitted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submittedAt, paper.length, codeModule]);

  const { code, failed: codeFailed } = codeResult;

  // 本条练习: the article's name (from its questions' citations) titles the round and its result.
  const article = session.mode === 'practice' && session.article && all ? articleTitle(all, session.article) : undefined;
  const shown: QuizSession = article ? { ...session, title: `${QUIZ_TEXT.articlePractice}：${article}` } : session;

  // Score a finished attempt once, and record it (错题本 and history) once, with its code when it has one.
  const finished: FinishedAttempt | undefined = useMemo(() => {
    if (!attempt || submittedAt === undefined || !paper.length || (coded && !code && !codeFailed)) return undefined;
    return finishAttempt(shown, attempt, paper, questions, { history: store.history(), mistakes: store.mistakes() }, code);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submittedAt, paper.length, code, codeFailed]);
  useEffect(() => {
    if (!finished || finished.alreadyRecorded) return;
    if (!store.saveMistakes(finished.mistakes) || !store.saveHistory(finished.history)) warnOnce();
  }, [finished, store]);

  const notice = storageNotice && (
    <p class="notice notice-warn quiz-storage-notice" role="status">
      {STORAGE_UNAVAILABLE}
    </p>
  );

  if (!mounted) {
    // Server-rendered and pre-hydration state: what a reader without JavaScript keeps seeing.
    // A sealed competition's questions are in no public bank, so it does not point there.
    const sealed = session.mode === 'exam' && session.sealed;
    return (
      <p class="notice quiz-noscript">
        {props.embedded ? NEEDS_JS.quizEmbedded : NEEDS_JS.quiz}
        {!sealed && (
          <>
            也可以到<a href={sitePath(BANK_INDEX_URL)}>题库浏览</a>阅读全部练习题和答案解析。
          </>
        )}
      </p>
    );
  }
  if (loadError) {
    return (
      <p class="notice notice-warn" role="alert">
        {QUIZ_TEXT.loadFailed}
      </p>
    );
  }
  if (!all)
    return (
      <p class="muted" role="status">
        {QUIZ_TEXT.loading}
      </p>
    );
  if (needsTopic(session)) return <p class="muted">{QUIZ_TEXT.chooseTopic}</p>;
  const heading = article && <h2 class="quiz-article">{shown.title}</h2>;
  if (!pool.length) {
    return (
      <div class="quiz">
        {notice}
        <p class="notice">{session.mode === 'mistakes' ? QUIZ_TEXT.noMistakes : QUIZ_TEXT.emptyTopic}</p>
      </div>
    );
  }

  if (!attempt) {
    return (
      <div class="quiz">
        {notice}
        <IntroScreen
          session={session}
          availability={availability(session, store.history(), Date.now())}
          registration={registration}
          onRegistration={(values) => {
            setRegistration(values);
            store.saveRegistration(session.quizId, values);
          }}
          onStart={() => begin()}
        />
      </div>
    );
  }

  if (!paper.length)
    return (
      <p class="muted" role="status">
        {QUIZ_TEXT.preparing}
      </p>
    );

  if (submittedAt !== undefined && !finished) {
    return (
      <p class="muted" role="status">
        {QUIZ_TEXT.makingCode}
      </p>
    );
  }
  if (finished) {
    return (
      <div class="quiz">
        {notice}
        {codeFailed && (
          <p class="notice notice-warn" role="alert">
            {QUIZ_TEXT.codeFailed}
          </p>
        )}
        {heading}
        <FinishedScreen
          CodeView={codeModule?.CodeView}
          session={shown}
          attempt={attempt}
          finished={finished}
          questions={questions}
          code={code}
          registration={registration}
          profile={store.profile()}
          onProfile={(profile) => store.saveProfile(profile)}
          onRestart={canRestart(session, finished.history) ? () => begin() : undefined}
        />
      </div>
    );
  }

  return (
    <>
      {heading}
      <AnswerScreen
        session={session}
        attempt={attempt}
        paper={paper}
        questions={questions}
        now={now}
        announcement={announcement}
        embedded={props.embedded}
        notice={notice}
        onChange={setAttempt}
      />
    </>
  );
}
