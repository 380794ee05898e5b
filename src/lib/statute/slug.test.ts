import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['劳动合同法', 'laodong-hetong-fa'],
    ['劳动法', 'laodong-fa'],
    ['宪法', 'xianfa'],
    ['劳动合同法实施条例', 'laodong-hetong-fa-shishi-tiaoli'],
    ['社会保险法', 'shehui-baoxian-fa'],
    ['职工带薪年休假条例', 'zhigong-daixin-nianxiujia-tiaoli'],
    // pinyin-pro alone reads 暂行规定 as "zan hanggui"
    ['工资支付暂行规定', 'gongzi-zhifu-zanxing-guiding'],
    ['女职工劳动保护特别规定', 'nvzhigong-laodong-baohu-tebie-guiding'],
    [
      '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）',
      'zuigao-renmin-fayuan-guanyu-shenli-laodong-zhengyi-anjian-shiyong-falv-wenti-de-jieshi-1',
    ],
    ['解释(二)', 'jieshi-2'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps ASCII letters and digits, lowercased, as whole words', () => {
    expect(slugify('ABC规定2020')).toBe('abc-guiding-2020');
    expect(slugify('ＧＢ　２８９４标准')).toBe('gb-2894-biao-zhun');
  });

  it('spells characters outside the word list one syllable each', () => {
    expect(slugify('长城')).toBe('chang-cheng');
  });

  it('never leaves leading, trailing or double dashes', () => {
    for (const title of ['《劳动法》', ' — 劳动法 — ', '劳动法、、宪法', '（一）', '!!!']) {
      const slug = slugify(title);
      expect(slug === '' || SLUG.test(slug), `${title} → ${slug}`).toBe(true);
    }
    expect(slugify('!!!')).toBe('');
  });

  it('is deterministic', () => {
    expect(slugify('行政复议法')).toBe(slugify('行政复议法'));
  });
});
