import type { SiteConfig } from '../../schemas/site.ts';

/** The WeChat JS-SDK file, loaded only inside WeChat and only when the site configures a signature endpoint. */
export const JSSDK_URL = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';
/** Where the JS-SDK is loaded from: allowed by the CSP only when sharing through it is configured. */
export const WECHAT_JSSDK_ORIGIN = new URL(JSSDK_URL).origin;

/** The JS APIs the share card needs; the signature endpoint's ticket must allow them. */
export const JS_API_LIST = ['updateAppMessageShareData', 'updateTimelineShareData'] as const;

/** Whether the site turned the JS-SDK on (site.config.yaml → wechat.jssdkSignatureEndpoint). */
export function wechatJssdkEnabled(site: Pick<SiteConfig, 'wechat'>): boolean {
  return Boolean(site.wechat.jssdkSignatureEndpoint);
}

export interface WechatShareOptions {
  /** GET <endpoint>?url=… answers { appId, timestamp, nonceStr, signature } */
  endpoint: string;
  /** Fallback when the answer has no appId */
  appId?: string;
  /** Card title for chats */
  title: string;
  /** Card title for 朋友圈 (only the title is shown there) */
  timelineTitle: string;
  desc: string;
  /** Canonical URL of the page; the current #fragment is appended */
  link: string;
  /** Absolute URL of the square share image */
  imgUrl: string;
}

/**
 * The inline script that sets the page's WeChat share card. It does nothing outside WeChat;
 * inside, it loads the JS-SDK, fetches a signature for the current URL (without #…, as WeChat signs it),
 * calls wx.config and sets the card. Any failure leaves WeChat's default card.
 */
export function wechatShareScript(o: WechatShareOptions): string {
  // Escape "<" so no value can close the script element.
  const data = JSON.stringify({ ...o, sdk: JSSDK_URL, apis: JS_API_LIST }).replace(/</g, '\\u003c');
  return `(function (o) {
  if (!/MicroMessenger/i.test(navigator.userAgent)) return;
  var page = location.href.split('#')[0];
  var s = document.createElement('script');
  var sdk = new Promise(function (ok, fail) { s.onload = ok; s.onerror = fail; });
  s.src = o.sdk;
  document.head.appendChild(s);
  var sign = fetch(o.endpoint + (o.endpoint.indexOf('?') < 0 ? '?' : '&') + 'url=' + encodeURIComponent(page), { credentials: 'omit' })
    .then(function (r) { if (!r.ok) throw new Error('signature ' + r.status); return r.json(); });
  Promise.all([sign, sdk]).then(function (a) {
    var sig = a[0], wx = window.wx;
    wx.config({ debug: false, appId: sig.appId || o.appId, timestamp: sig.timestamp, nonceStr: sig.nonceStr, signature: sig.signature, jsApiList: o.apis });
    wx.ready(function () {
      var link = o.link + location.hash;
      wx.updateAppMessageShareData({ title: o.title, desc: o.desc, link: link, imgUrl: o.imgUrl });
      wx.updateTimelineShareData({ title: o.timelineTitle, link: link, imgUrl: o.imgUrl });
    });
  }).catch(function () { /* WeChat's default card stays */ });
})(${data});`;
}
