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
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
