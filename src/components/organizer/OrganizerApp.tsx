import type { OrganizerQuiz } from '../../lib/organizer/types.ts';
import { NEEDS_JS } from '../../lib/ui/text.ts';
import { ClearData } from './ClearData.tsx';
import { CodesStep } from './CodesStep.tsx';
import { KeyStep } from './KeyStep.tsx';
import { QuizStep } from './QuizStep.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { RosterStep } from './RosterStep.tsx';
import { useOrganizer } from './useOrganizer.ts';
import '../../styles/organizer.css';

interface Props {
  /** Every quiz definition of the site (organizerQuizzes()) */
  quizzes: OrganizerQuiz[];
  /** site.config.yaml collector.url: offers 从收集服务载入 when set */
  collectorUrl?: string;
}

/**
 * The organiser's page: choose a quiz, load its answers, collect result codes (paste, files,
 * camera), optionally a roster, and see the graded report; export CSV and print. Everything
 * stays in this browser; the work is kept in localStorage until 清除数据. One component per step;
 * the workflow is in useOrganizer.
 */
export default function OrganizerApp({ quizzes, collectorUrl }: Props) {
  const org = useOrganizer(quizzes, collectorUrl);
  const { mounted, storageWarning, work, quiz, view, gradeError, source } = org;
  if (!mounted) return <p class="notice">{NEEDS_JS.organizer}</p>;
  const collected = work.codes.length;

  return (
    <div class="org-app">
      {storageWarning && (
        <p class="notice notice-warn org-storage" role="status">
          这个浏览器现在无法保存导入的数据（可能处于无痕模式、已禁用存储或数据太多）。可以继续使用，但刷新或关闭页面后需要重新导入；请及时导出 CSV。
        </p>
      )}
      <div class="org-steps">
        <QuizStep org={org} quizzes={quizzes} />
        <KeyStep org={org} />
        <CodesStep org={org} />
        <RosterStep org={org} />
      </div>
      <ClearData org={org} />
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
      <ReportPanel org={org} />
    </div>
  );
}
