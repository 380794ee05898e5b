import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../quiz/draw.ts';
import { createRandom } from '../quiz/random.ts';
import { randomChoice, seedOf, syntheticPool } from '../../../tests/fixtures/results/synthetic.ts';
import { decodeCode, encodeResult, formatCode } from './codec.ts';
import { extractCodes } from './extract.ts';
import { DEFAULT_REGISTRATION_FIELDS } from './fields.ts';
import { shareMessage } from './message.ts';

const pool = syntheticPool(90);
const questions = new Map(pool.map((q) => [q.id, q]));

function codeFor(n: number, name: string): string {
  const seed = seedOf(n);
  const paper = drawQuestions(
    pool,
    [
      { count: 10, type: '单选' },
      { count: 5, type: '多选' },
      { count: 5, type: '判断' },
    ],
    seed,
  );
  const r = createRandom(`x${n}`);
  return encodeResult(
    {
      version: 1,
      quizId: 'xianfa-jingda',
      definitionHash: '1a2b3c4d',
      registration: { name, unit: '社保中心' },
      seed,
      answers: paper.map((p) => randomChoice(questions.get(p.id)!, r)),
      startedAt: Date.UTC(2026, 11, 4, 1, 0, 0),
      submittedAt: Date.UTC(2026, 11, 4, 1, 9, 30) + n * 1000,
    },
    { fields: DEFAULT_REGISTRATION_FIELDS, optionCounts: paper.map((p) => questions.get(p.id)!.options.length) },
  );
}

const [a, b, c, d, e] = [codeFor(1, '王五'), codeFor(2, '赵六'), codeFor(3, '孙七'), codeFor(4, '周八'), codeFor(5, '吴九')];
const change = (code: string, i: number) => code.slice(0, i) + (code[i] === 'Q' ? 'R' : 'Q') + code.slice(i + 1);

describe('extractCodes', () => {
  it('finds the codes in a WeChat chat copied whole, and keeps a broken one for rejection', () => {
    const grouped = formatCode(b);
    const cut = grouped.indexOf('-', 40);
    const chat = [
      '2026年12月4日 上午9:02',
      '社保中心工会群（128）',
      '',
      '王五 9:10',
      shareMessage(a, { title: '宪法宣传周知识竞答', name: '王五', unit: '社保中心', submittedAt: Date.UTC(2026, 11, 4, 1, 10) }),
      '',
      '赵六 9:12',
      // Wrapped by the chat inside a group, in lower case, with a full-width space after the name.
      `赵六\u3000的凭证码：${grouped.slice(0, cut + 3).toLowerCase()}`,
      `${grouped.slice(cut + 3).toLowerCase()} 🎉🎉`,
      '孙七 9:15',
      `[捂脸] 我的是 ${formatCode(change(c, 40)).replace(/-/g, ' ')} 收到请回复`,
      '周八 9:16',
      `${formatCode(d).replace(/-/g, '－')}OK 已交`,
      '管理员 9:20',
      '请大家用 RS232 线连接的同事注意；rs1 开头的才是凭证码，不要发 XRS1ABCDEFGHJKMNPQ 这种。',
    ].join('\r\n');
    const found = extractCodes(chat);
    expect(found).toHaveLength(4);
    expect(found[0]).toBe(a);
    expect(found[1]).toBe(b);
    expect(found[2]).toBe(change(c, 40));
    expect(decodeCode(found[2]!)).toMatchObject({ ok: false, reason: { kind: 'checksum' } });
    expect(found[3]).toBe(d);
  });

  it('splits codes written one per line, even when one of them is broken', () => {
    const text = [a, change(b, 20), formatCode(c), e].join('\n');
    expect(extractCodes(text)).toEqual([a, change(b, 20), c, e]);
  });

  it('reads codes from a CSV export and from text glued to the code', () => {
    const csv = `姓名,单位,凭证码\r\n王五,社保中心,${a}\r\n"赵六","社保中心","${formatCode(b)}"\r\n`;
    expect(extractCodes(csv)).toEqual([a, b]);
    expect(extractCodes(`凭证码${c}谢谢`)).toEqual([c]);
    expect(extractCodes(`【${formatCode(d)}】`)).toEqual([d]);
    // Latin words after a space could continue the code: the checksum finds its end.
    expect(extractCodes(`${formatCode(e)} ok thx\n${formatCode(a)} - DONE`)).toEqual([e, a]);
  });

  it('finds nothing in text without codes', () => {
    expect(extractCodes('收到，谢谢！RS 232 接口、rs1、BRS1XYZ…')).toEqual([]);
    expect(extractCodes('')).toEqual([]);
  });
});
