/** Fixed vocabularies shared by explainers, cases and questions, so a typo fails the build. */

/** Who a piece of content is written for. */
export const AUDIENCES = ['公众', '用人单位', '干部职工'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Subject areas; they drive filters, practice by topic and quiz quotas. */
export const TOPICS = [
  '劳动合同',
  '试用期',
  '解除与终止',
  '工资支付',
  '工作时间与加班',
  '休息休假',
  '女职工保护',
  '社会保险',
  '养老保险',
  '医疗保险',
  '生育保险',
  '工伤保险',
  '失业保险',
  '职业病防治',
  '就业促进',
  '人力资源市场',
  '劳动争议',
  '劳动保障监察',
  '行政复议与应诉',
  '行政执法',
  '政府信息公开',
  '宪法',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * The URL name of each topic (bank page anchors #topic-<name>, question files topic-<name>.json).
 * Written out, not derived, so that a page never downloads a pinyin converter and a URL never
 * changes when topics are added or renamed; a new topic needs its entry here (the type checks it).
 */
export const TOPIC_SLUGS: Record<Topic, string> = {
  劳动合同: 'laodong-hetong',
  试用期: 'shiyongqi',
  解除与终止: 'jiechu-zhongzhi',
  工资支付: 'gongzi-zhifu',
  工作时间与加班: 'gongshi-jiaban',
  休息休假: 'xiuxi-xiujia',
  女职工保护: 'nvzhigong',
  社会保险: 'shehui-baoxian',
  养老保险: 'yanglao-baoxian',
  医疗保险: 'yiliao-baoxian',
  生育保险: 'shengyu-baoxian',
  工伤保险: 'gongshang-baoxian',
  失业保险: 'shiye-baoxian',
  职业病防治: 'zhiyebing',
  就业促进: 'jiuye-cujin',
  人力资源市场: 'renli-ziyuan-shichang',
  劳动争议: 'laodong-zhengyi',
  劳动保障监察: 'laobao-jiancha',
  行政复议与应诉: 'fuyi-yingsu',
  行政执法: 'xingzheng-zhifa',
  政府信息公开: 'xinxi-gongkai',
  宪法: 'xianfa',
};

export const QUESTION_TYPES = ['单选', '多选', '判断'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DIFFICULTIES = ['易', '中', '难'] as const;

/** How a quiz is answered: 专项练习, 每日一练, 考试/竞赛, 挑战答题, 错题本 */
export const QUIZ_MODES = ['practice', 'daily', 'exam', 'challenge', 'mistakes'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The label every invented teaching scenario must carry (GUIDE §4). */
export const TEACHING_CASE_LABEL = '教学案例（情节虚构）';

/** Whether a normative document (规范性文件) is still in force, as a bureau publishes it. */
export const DOCUMENT_VALIDITY = ['现行有效', '已修改', '已废止'] as const;
export type DocumentValidity = (typeof DOCUMENT_VALIDITY)[number];

/**
 * The label the site's one sample normative document and its sample explainer carry in their
 * titles, so they never pose as a real bureau's document (issue 17).
 */
export const SAMPLE_DOCUMENT_LABEL = '示例文件（虚构，仅演示功能）';
