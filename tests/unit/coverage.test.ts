/**
 * Coverage of the sample content a bureau publishes on day one (issue: content), printed as a
 * table so it can be followed over time.
 */
import { describe, expect, it } from 'vitest';
import { readMdxCollection, readYamlCollection } from '../../src/data/content-files.ts';
import { AUDIENCES, DIFFICULTIES, QUESTION_TYPES, TOPICS } from '../../src/schemas/taxonomy.ts';

const explainers = readMdxCollection('content/explainers');
const cases = readMdxCollection('content/cases');
const questions = readYamlCollection('content/questions').flatMap(
  (b) => (b.data as { questions: Array<{ type: string; topic: string; difficulty: string; audience: string[] }> }).questions,
);
const quizzes = readYamlCollection('content/quizzes');

const count = <T>(items: T[], key: (t: T) => string[]) => {
  const m = new Map<string, number>();
  for (const item of items) for (const k of key(item)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

describe('content coverage', () => {
  const byTopic = count(questions, (q) => [q.topic]);
  const byType = count(questions, (q) => [q.type]);
  const byDifficulty = count(questions, (q) => [q.difficulty]);
  const byAudience = count(questions, (q) => q.audience);
  const explainerTopics = count(explainers, (e) => e.data.topics as string[]);
  const explainerAudience = count(explainers, (e) => e.data.audience as string[]);

  it('prints the counts', () => {
    const line = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join('，');
    console.log(
      [
        `[内容统计] 政策解读 ${explainers.length} 篇（${line(explainerAudience)}）；以案说法 ${cases.length} 个（真实案例 ${cases.filter((c) => c.data.source).length}，教学案例 ${cases.filter((c) => c.data.scenario).length}）；题目 ${questions.length} 道；考试定义 ${quizzes.length} 个`,
        `[内容统计] 题型：${line(byType)}`,
        `[内容统计] 难度：${line(byDifficulty)}`,
        `[内容统计] 对象：${line(byAudience)}`,
        `[内容统计] 主题：${line(byTopic)}`,
      ].join('\n'),
    );
  });

  it('has at least 18 explainers, 12 cases and 400 questions', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(18);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(questions.length).toBeGreaterThanOrEqual(400);
  });

  it('retells all 8 typical cases and adds at least 4 labelled teaching scenarios', () => {
    expect(cases.filter((c) => c.data.source).length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c.data.scenario === true).length).toBeGreaterThanOrEqual(4);
  });

  it('writes explainers for both the public and staff', () => {
    expect(explainerAudience.get('公众') ?? 0).toBeGreaterThanOrEqual(10);
    expect(explainerAudience.get('干部职工') ?? 0).toBeGreaterThanOrEqual(5);
  });

  it('covers every topic with explainers or questions, and balances the banks', () => {
    for (const topic of TOPICS) expect((byTopic.get(topic) ?? 0) + (explainerTopics.get(topic) ?? 0), topic).toBeGreaterThanOrEqual(8);
    for (const type of QUESTION_TYPES) expect(byType.get(type) ?? 0, type).toBeGreaterThanOrEqual(questions.length * 0.15);
    for (const d of DIFFICULTIES) expect(byDifficulty.get(d) ?? 0, d).toBeGreaterThanOrEqual(questions.length * 0.1);
    for (const a of AUDIENCES) expect(byAudience.get(a) ?? 0, a).toBeGreaterThanOrEqual(100);
  });

  it('defines the annual staff exam (50 questions, 60 minutes, pass 80) and the three public quizzes', () => {
    const annual = quizzes.find((q) => q.id === 'niandu-xuefa-kaoshi')!.data as {
      quotas: Array<{ count: number }>;
      timeLimitMinutes: number;
      passMark: number;
    };
    expect(annual.quotas.reduce((n, q) => n + q.count, 0)).toBe(50);
    expect(annual.timeLimitMinutes).toBe(60);
    expect(annual.passMark).toBe(80);
    for (const id of ['xianfa-xuanchuanzhou', 'yongren-danwei-hegui', 'gongshang-yufang'])
      expect(
        quizzes.some((q) => q.id === id),
        id,
      ).toBe(true);
  });
});
