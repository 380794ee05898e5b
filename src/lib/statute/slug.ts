/**
 * ASCII URL slugs for statute titles: 劳动合同法 → laodong-hetong-fa.
 */
import { pinyin } from 'pinyin-pro';
import { NUMERAL_CHARS, parseChineseNumber } from './numerals.ts';

/**
 * Legal vocabulary with its reading. pinyin-pro's segment() only knows words
 * with unusual readings (it leaves 劳动 as two syllables and even reads 暂行规定
 * as "zan hanggui"), so words are grouped with this list and spelled explicitly.
 * Characters not covered get one syllable each from pinyin-pro.
 */
const WORDS: Readonly<Record<string, string>> = {
  人力资源: 'renli-ziyuan',
  最高人民法院: 'zuigao-renmin-fayuan',
  中华人民共和国: 'zhonghua-renmin-gongheguo',
  年休假: 'nianxiujia',
  农民工: 'nongmingong',
  女职工: 'nvzhigong',
  职业病: 'zhiyebing',
  公务员: 'gongwuyuan',
  劳动: 'laodong',
  合同: 'hetong',
  宪法: 'xianfa',
  法律: 'falv',
  法规: 'fagui',
  法院: 'fayuan',
  人民: 'renmin',
  社会: 'shehui',
  保险: 'baoxian',
  工伤: 'gongshang',
  失业: 'shiye',
  就业: 'jiuye',
  职工: 'zhigong',
  职业: 'zhiye',
  条例: 'tiaoli',
  实施: 'shishi',
  办法: 'banfa',
  规定: 'guiding',
  细则: 'xize',
  决定: 'jueding',
  通知: 'tongzhi',
  意见: 'yijian',
  解释: 'jieshi',
  暂行: 'zanxing',
  试行: 'shixing',
  经办: 'jingban',
  征缴: 'zhengjiao',
  带薪: 'daixin',
  休假: 'xiujia',
  企业: 'qiye',
  最高: 'zuigao',
  关于: 'guanyu',
  审理: 'shenli',
  争议: 'zhengyi',
  案件: 'anjian',
  适用: 'shiyong',
  问题: 'wenti',
  若干: 'ruogan',
  行政: 'xingzheng',
  复议: 'fuyi',
  处罚: 'chufa',
  诉讼: 'susong',
  强制: 'qiangzhi',
  许可: 'xuke',
  调解: 'tiaojie',
  仲裁: 'zhongcai',
  保障: 'baozhang',
  监察: 'jiancha',
  监督: 'jiandu',
  检查: 'jiancha',
  保护: 'baohu',
  特别: 'tebie',
  市场: 'shichang',
  促进: 'cujin',
  防治: 'fangzhi',
  政府: 'zhengfu',
  信息: 'xinxi',
  公开: 'gongkai',
  工资: 'gongzi',
  支付: 'zhifu',
  工作: 'gongzuo',
  时间: 'shijian',
  全年: 'quannian',
  平均: 'pingjun',
  折算: 'zhesuan',
  安全: 'anquan',
  生产: 'shengchan',
  卫生: 'weisheng',
  培训: 'peixun',
  教育: 'jiaoyu',
  管理: 'guanli',
  服务: 'fuwu',
  基金: 'jijin',
  养老: 'yanglao',
  医疗: 'yiliao',
  生育: 'shengyu',
  住房: 'zhufang',
  公积金: 'gongjijin',
  公司: 'gongsi',
  民法典: 'minfadian',
  刑法: 'xingfa',
  工会: 'gonghui',
  残疾人: 'canjiren',
  妇女: 'funv',
  未成年人: 'weichengnianren',
  权益: 'quanyi',
  人事: 'renshi',
  考试: 'kaoshi',
};
const MAX_WORD = Math.max(...Object.keys(WORDS).map((w) => w.length));

const HAN = /\p{Script=Han}/u;
const BRACKETED_NUMBER = new RegExp(`[（(]([${NUMERAL_CHARS}]+)[）)]`, 'g');

/** Syllables for a run of Chinese characters: vocabulary words first, pinyin-pro for the rest. */
function hanTokens(run: string): string[] {
  const tokens: string[] = [];
  let rest = '';
  const flushRest = (): void => {
    if (rest === '') return;
    // Whole run at once so pinyin-pro can use context for polyphones.
    tokens.push(...pinyin(rest, { toneType: 'none', type: 'array', v: true }));
    rest = '';
  };
  let i = 0;
  while (i < run.length) {
    let matched = '';
    for (let len = Math.min(MAX_WORD, run.length - i); len >= 2; len--) {
      const candidate = run.slice(i, i + len);
      if (WORDS[candidate] !== undefined) {
        matched = candidate;
        break;
      }
    }
    if (matched !== '') {
      flushRest();
      tokens.push(WORDS[matched] ?? '');
      i += matched.length;
    } else {
      rest += run[i];
      i += 1;
    }
  }
  flushRest();
  return tokens;
}

/**
 * Turns a (short) Chinese title into a lowercase ASCII slug: tone-less pinyin
 * grouped into words, ASCII letters and digits kept, （一） → 1, dash-separated.
 */
export function slugify(title: string): string {
  const withNumbers = title.replace(BRACKETED_NUMBER, (whole, numeral: string) => {
    const n = parseChineseNumber(numeral);
    return n === null ? whole : ` ${n} `;
  });
  const tokens: string[] = [];
  let han = '';
  let ascii = '';
  const flush = (): void => {
    if (han !== '') tokens.push(...hanTokens(han));
    if (ascii !== '') tokens.push(ascii);
    han = '';
    ascii = '';
  };
  for (const ch of withNumbers.normalize('NFKC')) {
    if (HAN.test(ch)) {
      if (ascii !== '') flush();
      han += ch;
    } else if (/[A-Za-z0-9]/.test(ch)) {
      if (han !== '') flush();
      ascii += ch;
    } else {
      flush(); // anything else separates words
    }
  }
  flush();
  return tokens
    .join('-')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
