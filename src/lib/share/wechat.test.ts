import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../data/site-config.ts';
import { JSSDK_URL, wechatJssdkEnabled, wechatShareScript, type WechatShareOptions } from './wechat.ts';

const base = { name: '示例市人力资源和社会保障局', baseUrl: 'https://pufa.example.gov.cn' };

describe('site config: wechat', () => {
  it('is off by default', () => {
    const c = parseSiteConfig(base);
    expect(c.wechat).toEqual({});
    expect(wechatJssdkEnabled(c)).toBe(false);
    expect(wechatJssdkEnabled(parseSiteConfig({ ...base, wechat: {} }))).toBe(false);
  });
  it('accepts an https endpoint or a path on this site, and an AppID', () => {
    const c = parseSiteConfig({ ...base, wechat: { jssdkSignatureEndpoint: 'https://api.example.gov.cn/wx/sign', appId: 'wx0123456789abcdef' } });
    expect(wechatJssdkEnabled(c)).toBe(true);
    expect(c.wechat.appId).toBe('wx0123456789abcdef');
    expect(wechatJssdkEnabled(parseSiteConfig({ ...base, wechat: { jssdkSignatureEndpoint: '/api/wx-signature' } }))).toBe(true);
  });
  it('names the field when the endpoint or AppID is wrong', () => {
    expect(() => parseSiteConfig({ ...base, wechat: { jssdkSignatureEndpoint: 'http://api.example.gov.cn/sign' } })).toThrow(
      /字段 wechat\.jssdkSignatureEndpoint：应为以 https:\/\/ 开头的网址/,
    );
    expect(() => parseSiteConfig({ ...base, wechat: { jssdkSignatureEndpoint: '//evil.example/sign' } })).toThrow(/wechat\.jssdkSignatureEndpoint/);
    expect(() => parseSiteConfig({ ...base, wechat: { appId: '12345' } })).toThrow(/字段 wechat\.appId：应为公众号 AppID/);
    expect(() => parseSiteConfig({ ...base, wechat: { endpoint: '/x' } })).toThrow(/不认识的字段：endpoint/);
  });
});

const options: WechatShareOptions = {
  endpoint: '/api/wx-signature',
  appId: 'wx0123456789abcdef',
  title: '单位不签劳动合同怎么办？',
  timelineTitle: '单位不签劳动合同怎么办？ - 人社普法小站',
  desc: '用工超过一个月不签书面合同，单位要每月支付二倍工资。</script>',
  link: 'https://pufa.example.gov.cn/explainers/qianding-hetong/',
  imgUrl: 'https://pufa.example.gov.cn/og/explainers/qianding-hetong-square.png',
};

/** Runs the inline script in a fake page and reports what it did. */
async function run(userAgent: string, signature: object = { timestamp: 1700000000, nonceStr: 'abc', signature: 'f00' }) {
  const calls: Record<string, unknown[]> = { scripts: [], fetch: [], config: [], app: [], timeline: [] };
  const wx = {
    config: (c: unknown) => calls.config!.push(c),
    ready: (fn: () => void) => fn(),
    updateAppMessageShareData: (d: unknown) => calls.app!.push(d),
    updateTimelineShareData: (d: unknown) => calls.timeline!.push(d),
  };
  const context: Record<string, unknown> = {
    navigator: { userAgent },
    location: { href: 'https://pufa.example.gov.cn/explainers/qianding-hetong/?from=singlemessage#part-2', hash: '#part-2' },
    fetch: async (url: string) => {
      calls.fetch!.push(url);
      return { ok: true, json: async () => signature };
    },
    document: {
      createElement: () => ({}) as { src?: string; onload?: () => void },
      head: {
        appendChild: (s: { src: string; onload: () => void }) => {
          calls.scripts!.push(s.src);
          setTimeout(() => {
            context.wx = wx;
            s.onload();
          }, 1);
        },
      },
    },
  };
  context.window = context;
  runInNewContext(wechatShareScript(options), context);
  await new Promise((r) => setTimeout(r, 20));
  return calls;
}

describe('WeChat JS-SDK script', () => {
  it('never closes its script element early', () => {
    expect(wechatShareScript(options)).not.toContain('</script>');
  });

  it('does nothing outside WeChat', async () => {
    const calls = await run('Mozilla/5.0 (Linux; Android 14) Chrome/122 Mobile Safari/537.36');
    expect(calls.scripts).toEqual([]);
    expect(calls.fetch).toEqual([]);
  });

  it('inside WeChat: loads the SDK, signs the URL without #, configures wx and sets both cards', async () => {
    const calls = await run('Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0.49.2600 WeChat/arm64');
    expect(calls.scripts).toEqual([JSSDK_URL]);
    expect(calls.fetch).toEqual([
      '/api/wx-signature?url=' + encodeURIComponent('https://pufa.example.gov.cn/explainers/qianding-hetong/?from=singlemessage'),
    ]);
    expect(calls.config).toEqual([
      {
        debug: false,
        appId: 'wx0123456789abcdef',
        timestamp: 1700000000,
        nonceStr: 'abc',
        signature: 'f00',
        jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'],
      },
    ]);
    const link = options.link + '#part-2';
    expect(calls.app).toEqual([{ title: options.title, desc: options.desc, link, imgUrl: options.imgUrl }]);
    expect(calls.timeline).toEqual([{ title: options.timelineTitle, link, imgUrl: options.imgUrl }]);
  });

  it("prefers the endpoint's appId", async () => {
    const calls = await run('MicroMessenger/8.0', { appId: 'wxfedcba9876543210', timestamp: 1, nonceStr: 'n', signature: 's' });
    expect((calls.config![0] as { appId: string }).appId).toBe('wxfedcba9876543210');
  });
});
