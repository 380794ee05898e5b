import { z } from 'astro/zod';
import { installErrorMap } from './errors.ts';

installErrorMap();

const optionalText = z.string().trim().optional().default('');

/** A local figure published by the authorities, with where it comes from so users can check it. */
const regionalFigure = z.strictObject({
  /** Amount in yuan per month */
  amount: z.number().positive(),
  /** The year the figure is for (or, for a minimum wage, the year it took effect) */
  year: z.number().int().min(2000).max(2100),
  /** The area it covers: 示例市 */
  region: z.string().trim().min(1),
  /** Who published it, so users can check: 示例市统计局 2025年统计公报 */
  source: z.string().trim().optional(),
});

/** Host names for which plain http is acceptable: the service runs on the same machine (tests, a trial). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The collector's base URL: absolute, https (http on this machine only), no query or fragment; ends with `/`. */
const collectorUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: '应为收集服务的完整网址，如 https://pufa.example.gov.cn/collector/' });
      return;
    }
    const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !local) {
      ctx.addIssue({ code: 'custom', message: '应以 https:// 开头（只有本机测试时可以用 http://localhost 或 http://127.0.0.1）' });
    } else if (url.search || url.hash || url.username || url.password) {
      ctx.addIssue({
        code: 'custom',
        message: '网址中不要带 ?、# 或用户名密码，只写到收集服务所在的路径，如 https://pufa.example.gov.cn/collector/',
      });
    }
  })
  .transform((value) => {
    const url = new URL(value);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  });

/** The site configuration (`site.config.yaml`): who runs the site and what its footer says. */
export const siteConfigSchema = z.strictObject({
  /** Full name of the bureau that runs the site, shown in the header and footer: 示例市人力资源和社会保障局 */
  name: z.string().trim().min(1),
  /** Short name for tight spaces such as the phone header: 示例市人社局 */
  shortName: optionalText,
  /** The region the bureau serves: 示例市 */
  region: optionalText,
  /** Postal address of the bureau, shown in the footer */
  address: optionalText,
  /** Contact telephone shown in the footer */
  phone: optionalText,
  /** Contact e-mail shown in the footer */
  email: z
    .union([z.literal(''), z.email()])
    .optional()
    .default(''),
  /** The 人社 service hotline citizens are pointed to; 12333 nationwide */
  hotline: z.string().trim().optional().default('12333'),
  /** ICP 备案号, e.g. 京ICP备12345678号; empty hides it */
  icp: optionalText,
  /** 政府网站标识码 (a 10-character code); empty hides it */
  governmentSiteCode: optionalText,
  /** 公安机关备案号, e.g. 京公网安备 11000002000001号; empty hides it */
  publicSecurityRecord: optionalText,
  /** Public base URL of the deployed site, used for canonical links and sharing: https://pufa.example.gov.cn */
  baseUrl: z.url({ protocol: /^https?$/ }),
  /** Local figures the 算得清 calculators need; leave out what is not known rather than guess */
  regional: z
    .strictObject({
      /** 本地区上年度职工月平均工资 (used for the cap of 经济补偿, 劳动合同法 第47条第2款) */
      averageMonthlyWage: regionalFigure.optional(),
      /**
       * 当地月最低工资标准 (an average wage below it is raised to it for 经济补偿, 劳动合同法实施条例
       * 第27条); where the region has several tiers, the tier of the area the site serves
       */
      minimumMonthlyWage: regionalFigure.optional(),
    })
    .default({}),
  /**
   * Optional WeChat JS-SDK support, off by default (leave out or `wechat: {}`). Without it, sharing inside WeChat
   * still works through the ··· menu, but WeChat draws the card from the page title alone.
   * When `jssdkSignatureEndpoint` is set, pages opened inside WeChat (and only there) load
   * `https://res.wx.qq.com/open/js/jweixin-1.6.0.js`, ask the endpoint for a signature and set the share card's
   * title, description, link and image. The site's domain must be the 公众号's JS 接口安全域名.
   */
  wechat: z
    .strictObject({
      /**
       * Server endpoint that signs the page URL with the 公众号's jsapi_ticket (the static site cannot keep secrets).
       * Called as `GET <endpoint>?url=<page URL without #…, percent-encoded>` and must answer JSON
       * `{ "appId": "wx…", "timestamp": 1700000000, "nonceStr": "…", "signature": "<sha1 hex>" }`.
       * An absolute https URL (the endpoint must then allow this site by CORS) or a path on this site: /api/wx-signature
       */
      jssdkSignatureEndpoint: z
        .string()
        .trim()
        .regex(/^(https:\/\/[^\s/]+(\/\S*)?|\/(?!\/)\S*)$/, { error: '应为以 https:// 开头的网址，或以 / 开头的本站路径（如 /api/wx-signature）' })
        .optional(),
      /** The 公众号 AppID (wx + 16 characters); used when the endpoint's answer has no appId */
      appId: z
        .string()
        .trim()
        .regex(/^wx[0-9a-zA-Z]{16}$/, { error: '应为公众号 AppID：wx 加 16 位字母或数字' })
        .optional(),
    })
    .default({}),
  /**
   * Optional results collector (collector/, run by the bureau; see collector/README.md), off by default
   * (leave out or `collector: {}`). Without it, participants send their 成绩凭证码 to the organiser themselves,
   * as today. With it, a quiz that issues codes also sends each code to the service as soon as it is submitted
   * (kept in the browser and sent again until the service answers with a receipt), and the organiser page can
   * load every code from the service. The pages' Content-Security-Policy allows this origin and no other.
   */
  collector: z
    .strictObject({
      /**
       * Where the service answers, the folder above its `v1/` endpoints: https://pufa.example.gov.cn/collector/
       * (the nginx example) or its own host name. https only; http is accepted for localhost and 127.0.0.1
       * (testing on one machine). A trailing slash is added when missing.
       */
      url: collectorUrl.optional(),
    })
    .default({}),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
