import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../schemas/content.ts';
import { planQuiz } from './plan.ts';
import type { QuizQuestion } from './types.ts';

const question = (id: string, topic: string, type: QuizQuestion['type'] = '单选'): QuizQuestion => ({
  id,
  type,
  stem: `题目 ${id}`,
  options: type === '判断' ? ['正确', '错误'] : ['甲', '乙', '丙'],
  answer: [0],
  explanation: '解析',
  basis: [],
  topic,
  difficulty: '易',
  audience: ['公众'],
});
const bank = [question('a1', '试用期'), question('a2', '试用期'), question('b1', '劳动合同'), question('b2', '劳动合同', '判断')];
const quiz = (quotas: unknown) => quizSchema.parse({ title: '测试考试', description: '测试用的考试定义', quotas, passMark: 1 });

describe('planQuiz', () => {
  it('accepts quotas the banks can always fill and counts the paper', () => {
    const plan = planQuiz(
      't',
      quiz([
        { count: 2, topic: '试用期' },
        { count: 1, type: '判断' },
      ]),
      bank,
    );
    expect(plan.total).toBe(3);
    expect(plan.definitionHash).toMatch(/^[0-9a-f]{8}$/);
  });
  it('changes the version hash when the pool or the definition changes', () => {
    const a = planQuiz('t', quiz([{ count: 1, topic: '试用期' }]), bank).definitionHash;
    expect(planQuiz('t', quiz([{ count: 2, topic: '试用期' }]), bank).definitionHash).not.toBe(a);
    expect(planQuiz('t', quiz([{ count: 1, topic: '试用期' }]), [...bank, question('a3', '试用期')]).definitionHash).not.toBe(a);
  });
  it('fails naming the quiz file, its title and the quota the banks cannot fill', () => {
    expect(() => planQuiz('nianfu', quiz([{ count: 1 }, { count: 3, topic: '试用期' }]), bank)).toThrow(
      /content\/quizzes\/nianfu\.yaml（测试考试）抽题规则有误：第 2 个抽题规则（主题“试用期”）/,
    );
  });
});
