import { describe, expect, it } from 'vitest';
import { literalEmphasisMarkers } from './emphasis.ts';
import { parseMdxBody } from './statements.ts';

const stray = (body: string) => literalEmphasisMarkers(parseMdxBody(body)).map((m) => m.line);

describe('literalEmphasisMarkers', () => {
  it('finds bold that CommonMark cannot close next to CJK punctuation', () => {
    expect(stray('按日工资收入的**300%**支付')).toEqual([1]);
    expect(stray('第一行\n\n下面用一起**教学案例（情节虚构）**说明')).toEqual([3]);
    expect(stray('**一般时效：一年。**从知道之日起算')).toEqual([1]);
  });
  it('accepts the rewritten forms', () => {
    expect(stray('按日工资收入的**300%支付**')).toEqual([]);
    expect(stray('下面用一起**教学案例（情节虚构）**，说明')).toEqual([]);
    expect(stray('**一般时效：一年**。从知道之日起算')).toEqual([]);
    expect(stray('最迟**2027年3月4日**（星期四）撤回')).toEqual([]);
  });
  it('ignores asterisks that are not emphasis markers', () => {
    expect(stray('3 * 4 = 12')).toEqual([]);
  });
});
