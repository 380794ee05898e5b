import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../data/site-config.ts';
import { SERVER_HEADERS, connectOrigins, cspDirectives } from './csp.ts';

describe('the site policy', () => {
  it('lets pages call only the site itself unless a service is configured', () => {
    expect(connectOrigins({ wechat: {} })).toEqual([]);
    expect(cspDirectives({ wechat: {} })).toContain("connect-src 'self'");
    expect(
      connectOrigins({
        wechat: { jssdkSignatureEndpoint: 'https://api.example.gov.cn/wx/sign' },
        collector: { url: 'https://results.example.gov.cn/v1/' },
      }),
    ).toEqual(['https://api.example.gov.cn', 'https://results.example.gov.cn']);
    // A signature endpoint on the site itself needs nothing more.
    expect(connectOrigins({ wechat: { jssdkSignatureEndpoint: '/api/wx-signature' } })).toEqual([]);
  });
  it('lets pages call the configured results collector’s origin and no other', () => {
    const site = { name: 'x', baseUrl: 'https://pufa.example.gov.cn' };
    const connect = (config: object) => cspDirectives(parseSiteConfig({ ...site, ...config })).filter((d) => d.startsWith('connect-src'));
    expect(connect({})).toEqual(["connect-src 'self'"]);
    expect(connect({ collector: {} })).toEqual(["connect-src 'self'"]);
    expect(connect({ collector: { url: 'https://results.example.gov.cn/collector/v1' } })).toEqual([
      "connect-src 'self' https://results.example.gov.cn",
    ]);
    expect(connect({ collector: { url: 'http://127.0.0.1:8787/' } })).toEqual(["connect-src 'self' http://127.0.0.1:8787"]);
    // On the site's own host (nginx /collector/): the origin is the site's, named once more, nothing wider.
    expect(connect({ collector: { url: 'https://pufa.example.gov.cn/collector/' } })).toEqual(["connect-src 'self' https://pufa.example.gov.cn"]);
  });
  it('keeps what a <meta> policy cannot carry for the server, and the README’s nginx example sends those headers', () => {
    expect(cspDirectives({ wechat: {} }).some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, value] of Object.entries(SERVER_HEADERS)) expect(readme, name).toContain(`add_header ${name} "${value}" always;`);
  });
});
