/**
 * Content-Security-Policy helpers for the build. Astro hashes the scripts and styles it bundles;
 * the few scripts written inline on purpose (the font size applied before first paint, the search
 * highlighter's loader) register their own hash with the page through `scriptHash`.
 */
import { createHash } from 'node:crypto';
import { HIGHLIGHT_CLASS, HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';
import { sitePath } from '../lib/site/paths.ts';

/** The CSP source of an inline script's exact text: 'sha256-…' as Astro.csp.insertScriptHash expects. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The font size saved by the 字号 switch, applied before first paint (key STORE_KEYS.fontSize). */
export const FONT_SIZE_SCRIPT = `try{var s=localStorage.getItem('pufa:font-size');if(s==='small'||s==='large')document.documentElement.dataset.fontSize=s}catch(e){}`;

/**
 * Marks search terms on a page opened from a search result (…/?hl=经济补偿#art-47) with Pagefind's
 * highlighter; pages opened any other way load nothing. Short, because every page carries it.
 */
export const HIGHLIGHT_SCRIPT = `(function(p,c){if(!new URLSearchParams(location.search).has(p))return;
import(${JSON.stringify(sitePath('/pagefind/pagefind-highlight.js'))}).then(function(m){var d=document,
t=location.hash&&d.getElementById(decodeURIComponent(location.hash.slice(1)));
new m.default({highlightParam:p,addStyles:false,markOptions:{className:c,exclude:['[data-pagefind-ignore]','[data-pagefind-ignore] *']}});
if(t){(t.closest('li,section')||t).querySelectorAll('details').forEach(function(e){if(e.querySelector('mark.'+c))e.open=true});t.scrollIntoView()}
}).catch(function(){})})(${JSON.stringify(HIGHLIGHT_PARAM)},${JSON.stringify(HIGHLIGHT_CLASS)})`;

/** The hashes of the inline scripts every page may carry, for its CSP. */
export const INLINE_SCRIPT_HASHES = [FONT_SIZE_SCRIPT, HIGHLIGHT_SCRIPT].map(scriptHash);
