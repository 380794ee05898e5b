import { describe, expect, it } from 'vitest';
import {
  MAX_PENDING,
  MAX_SETTLED,
  classifyAnswer,
  deliveryOf,
  deliveryText,
  emptyOutbox,
  enqueue,
  parseOutbox,
  retryDelayMs,
  settle,
  type Outbox,
} from './outbox.ts';

const T = Date.UTC(2026, 11, 4, 2, 15, 30);
const receipt = { id: 17, receivedAt: '2026-12-04T02:15:30.123Z', signature: 'abc123', late: false };
const A = 'RS1AAAAAAAAAAAAAAAA';
const B = 'RS1BBBBBBBBBBBBBBBB';

describe('the outbox', () => {
  it('queues a code once and keeps it pending until a receipt', () => {
    let box = enqueue(emptyOutbox(), A, 'jingsai', T);
    expect(enqueue(box, A, 'jingsai', T + 1)).toBe(box);
    expect(deliveryOf(box, A)).toEqual({ state: 'pending', attempts: 0 });
    box = settle(box, A, { kind: 'retry' }, T + 5);
    box = settle(box, A, { kind: 'retry' }, T + 9);
    expect(box.pending).toEqual([{ code: A, quizId: 'jingsai', queuedAt: T, attempts: 2, lastTriedAt: T + 9 }]);
    box = settle(box, A, { kind: 'delivered', receipt }, T + 20);
    expect(box.pending).toEqual([]);
    expect(deliveryOf(box, A)).toEqual({ state: 'delivered', receipt });
    // Shown again (a reload of the code screen): not queued again.
    expect(enqueue(box, A, 'jingsai', T + 30)).toBe(box);
  });

  it('keeps the first receipt when a second answer for the same code arrives (two tabs)', () => {
    let box = settle(enqueue(emptyOutbox(), A, 'q', T), A, { kind: 'delivered', receipt }, T);
    box = settle(box, A, { kind: 'delivered', receipt: { ...receipt, id: 99 } }, T + 1);
    expect(deliveryOf(box, A)).toEqual({ state: 'delivered', receipt });
    expect(box.delivered).toHaveLength(1);
  });

  it('moves a refused code out of the queue with its reason, and does not queue it again', () => {
    let box = enqueue(enqueue(emptyOutbox(), A, 'q', T), B, 'q', T);
    box = settle(box, A, { kind: 'refused', error: 'not-open', message: '“示例”还没有开始，开始后才能提交' }, T + 1);
    expect(box.pending.map((e) => e.code)).toEqual([B]);
    expect(deliveryOf(box, A)).toEqual({ state: 'refused', error: 'not-open', message: '“示例”还没有开始，开始后才能提交' });
    expect(enqueue(box, A, 'q', T + 2)).toBe(box);
    expect(deliveryOf(box, 'RS1OTHER')).toEqual({ state: 'none' });
  });

  it('bounds what it keeps', () => {
    let box: Outbox = emptyOutbox();
    for (let i = 0; i < MAX_PENDING + 5; i++) box = enqueue(box, `RS1${i}`, 'q', T + i);
    expect(box.pending).toHaveLength(MAX_PENDING);
    expect(box.pending[0]!.code).toBe('RS15');
    for (const { code } of [...box.pending]) box = settle(box, code, { kind: 'delivered', receipt }, T);
    expect(box.delivered).toHaveLength(MAX_SETTLED);
    expect(() => enqueue(box, '', 'q', T)).toThrow();
  });
});

describe('reading stored outboxes', () => {
  it('round-trips through JSON', () => {
    let box = enqueue(enqueue(emptyOutbox(), A, 'q', T), B, 'q', T);
    box = settle(settle(box, A, { kind: 'delivered', receipt: { ...receipt, late: true } }, T), B, { kind: 'retry' }, T + 1);
    expect(parseOutbox(JSON.parse(JSON.stringify(box)))).toEqual(box);
  });
  it('reads damaged or foreign data as empty, and drops bad entries one by one', () => {
    for (const bad of [undefined, null, 'x', 42, [], { version: 2, pending: [] }]) expect(parseOutbox(bad)).toEqual(emptyOutbox());
    const box = parseOutbox({
      version: 1,
      pending: [{ code: A, quizId: 'q', queuedAt: T, attempts: 'x' }, { code: 7, quizId: 'q', queuedAt: T }, null, { code: B, quizId: 'q' }],
      delivered: [
        { code: A, quizId: 'q', receipt: { id: 0, receivedAt: receipt.receivedAt, signature: 's' } },
        { code: B, quizId: 'q', receipt: { ...receipt, receivedAt: 'yesterday' } },
      ],
      refused: 'none',
    });
    expect(box).toEqual({ version: 1, pending: [{ code: A, quizId: 'q', queuedAt: T, attempts: 0 }], delivered: [], refused: [] });
  });
});

describe('the service’s answers', () => {
  it('takes a receipt from 201 and from a repeat’s 200', () => {
    const body = { ...receipt, quizId: 'q', duplicate: false };
    expect(classifyAnswer(201, body)).toEqual({ kind: 'delivered', receipt });
    expect(classifyAnswer(200, { ...body, duplicate: true, late: true })).toEqual({ kind: 'delivered', receipt: { ...receipt, late: true } });
  });
  it('tries again after no answer, a busy or failing service, or a 200 that is not the service', () => {
    expect(classifyAnswer(null, undefined)).toEqual({ kind: 'retry' });
    expect(classifyAnswer(503, { error: 'storage-unavailable', message: '…' }, '5')).toEqual({ kind: 'retry', retryAfterMs: 5000 });
    expect(classifyAnswer(429, { error: 'rate-limited' }, 'soon')).toEqual({ kind: 'retry' });
    expect(classifyAnswer(502, undefined)).toEqual({ kind: 'retry' });
    expect(classifyAnswer(200, undefined)).toEqual({ kind: 'retry' });
    expect(classifyAnswer(200, { id: 1 })).toEqual({ kind: 'retry' });
  });
  it('stops at a refusal and keeps the service’s Chinese reason', () => {
    expect(classifyAnswer(422, { error: 'other-version', message: '凭证码来自另一个版本' })).toEqual({
      kind: 'refused',
      error: 'other-version',
      message: '凭证码来自另一个版本',
    });
    expect(classifyAnswer(404, undefined)).toEqual({ kind: 'refused', error: 'http-404', message: '收集服务没有收下这个凭证码（HTTP 404）' });
  });
});

describe('what the code screen says', () => {
  it('names the receipt and the server’s time in China', () => {
    expect(deliveryText({ state: 'delivered', receipt }, false)).toBe('已送达组织者（回执 17，时间 2026年12月4日 10:15）');
  });
  it('says 待发送 once an attempt failed, and the reason of a refusal', () => {
    expect(deliveryText({ state: 'pending', attempts: 0 }, true)).toBe('正在发送给组织者…');
    expect(deliveryText({ state: 'pending', attempts: 1 }, true)).toBe('待发送：网络恢复后会自动发送');
    expect(deliveryText({ state: 'pending', attempts: 0 }, false)).toBe('待发送：网络恢复后会自动发送');
    expect(deliveryText({ state: 'refused', error: 'not-open', message: '“示例”还没有开始，开始后才能提交' }, false)).toBe(
      '收集服务没有收下这个凭证码：“示例”还没有开始，开始后才能提交。请把凭证码直接发给组织者。',
    );
  });
  it('backs off between timed attempts, honouring Retry-After', () => {
    expect([1, 2, 3, 10, 50].map((n) => retryDelayMs(n))).toEqual([15_000, 30_000, 60_000, 600_000, 600_000]);
    expect(retryDelayMs(1, 120_000)).toBe(120_000);
  });
});
