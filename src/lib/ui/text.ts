/**
 * Shared user-facing text, in Simplified Chinese, in one place (like Starlight's translation
 * strings): words that several components say must say them the same way.
 */

/** What a reader without JavaScript sees where an interactive piece would be. */
export const NEEDS_JS = {
  quiz: '在线答题需要开启 JavaScript。',
  quizBankHint: '也可以到题库浏览阅读全部练习题和答案解析。',
  quizEmbedded: '这里的练习题需要开启 JavaScript 才能作答。',
  calculator: '计算器需要开启 JavaScript。',
  history: '查看答题记录需要开启 JavaScript。',
  organizer: '本工具需要开启 JavaScript 才能使用。',
  search: '搜索需要开启 JavaScript。',
} as const;

/** Told once when the browser cannot keep what the user does. */
export const STORAGE_UNAVAILABLE = '本浏览器无法保存答题进度（可能处于无痕模式、已禁用存储或存储已满）。可以继续答题，但刷新或关闭页面后进度会丢失。';

/** The general caveat under every calculator result. */
export function calculatorCaveat(hotline: string): string {
  return `以上结果按法律的一般规定计算，仅供参考。地方规定和案件的具体情况可能改变结果；拿不准的，请拨打 ${hotline} 咨询，或向当地劳动人事争议仲裁委员会、劳动保障监察机构咨询。`;
}

/** Where to get help, as the help box and the leaflets say it (each line's article is linked or printed after it). */
export const HELP_TEXT = {
  heading: '遇到问题，可以找谁',
  hotline: '政策咨询：拨打人社服务热线',
  inspection: '单位拖欠工资、不签合同、不缴社保等违法行为：向当地人社部门劳动保障监察机构投诉举报',
  disputes: '与单位发生劳动争议：可以协商、申请调解，或向劳动人事争议仲裁委员会申请仲裁',
} as const;

/** Quiz screens. */
export const QUIZ_TEXT = {
  loading: '正在加载题目…',
  loadFailed: '题目加载失败，请检查网络后刷新页面重试。',
  preparing: '正在准备试卷…',
  makingCode: '正在生成成绩凭证码…',
  codeFailed: '本机保存的答题时间有误，无法生成成绩凭证码。答卷已交，请截图本页并联系组织者；清除本机答题记录后可以重新答题。',
  chooseTopic: '请先在上方选择一个练习主题。',
  /** A practice round on the questions of one article (from a law page) */
  articlePractice: '本条练习',
  noMistakes: '错题本里还没有题目。答错的题会自动收进来，连续答对两次后移出。',
  emptyTopic: '这个主题暂时没有题目。',
  notOpen: '本次答题尚未开始。',
  closed: '本次答题已经截止。',
  timedOut: '时间到，已自动交卷。',
  rules: '开始后计时不会暂停；答案随答随存，刷新或切换应用后可以继续。',
  start: '开始答题',
} as const;

/** The code screen's line about the results collector (site.config.yaml collector.url). */
export const DELIVERY_TEXT = {
  sending: '正在发送给组织者…',
  pending: '待发送：网络恢复后会自动发送',
  pendingNote: '凭证码已保存在本机，下次打开本站时也会自动发送。也可以照常把凭证码发给组织者。',
  delivered: (receiptId: number, time: string) => `已送达组织者（回执 ${receiptId}，时间 ${time}）`,
  late: '收到时答题已经截止，是否计入由组织者决定。',
  refused: (message: string) => `收集服务没有收下这个凭证码：${message.replace(/[。.]$/, '')}。请把凭证码直接发给组织者。`,
} as const;

/** What cites an article, under the article on a law page and in its citation popover. */
export const BACKLINKS_TEXT = {
  heading: '本条相关',
  explainers: '解读',
  cases: '案例',
  calculators: '计算器',
  /** The link that opens a practice round on the article's questions */
  questions: (n: number) => `练一练：本条 ${n} 道题`,
  /** The collapsed summary: 本条相关：解读 3 · 案例 1 · 练习题 5 */
  summary: (counts: { explainers: number; cases: number; calculators: number; questions: number }) =>
    [
      counts.explainers && `解读 ${counts.explainers}`,
      counts.cases && `案例 ${counts.cases}`,
      counts.calculators && `计算器 ${counts.calculators}`,
      counts.questions && `练习题 ${counts.questions}`,
    ]
      .filter(Boolean)
      .join(' · '),
  /** The popover's link to what explains the article */
  popover: '本条解读',
  /** The list of explainers at the top of a law page */
  lawExplainers: (n: number) => `解读本法规的文章（${n} 篇）`,
} as const;

/** 规范性文件 and their 解读 (人社政策一点通). */
export const DOCUMENT_TEXT = {
  listTitle: '规范性文件',
  interpretation: '政策解读',
  original: '原文',
  readInterpretation: '阅读解读全文',
  noInterpretation: '本文件暂无解读。',
  noneMatch: '没有符合条件的文件。',
  all: '全部',
} as const;
