import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { OG_SIZES, type OgVariant } from '../../lib/og/paths.ts';
import { FONT_FAMILY, TEMPLATE_VERSION, cardElement, type CardSpec } from '../../lib/og/template.ts';

/**
 * Draws share cards: satori lays the card out with Noto Sans SC from npm and turns the text into paths,
 * resvg rasterizes the SVG to PNG without system fonts, so a card looks the same on every machine.
 */

const FONT_DIR = 'node_modules/@expo-google-fonts/noto-sans-sc';
const FONT_FILES = { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' } as const;

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: SatoriFont[] | undefined;

/** Reads the two font files once per process (about 10 MB each; satori parses them on first use). */
function loadFonts(root: string): SatoriFont[] {
  fonts ??= Object.entries(FONT_FILES).map(([weight, file]) => {
    const path = join(root, FONT_DIR, file);
    if (!existsSync(path)) throw new Error(`分享图字体缺失：${path}。请运行 npm ci 安装 @expo-google-fonts/noto-sans-sc。`);
    return { name: FONT_FAMILY, data: readFileSync(path), weight: Number(weight) as 400 | 700, style: 'normal' as const };
  });
  return fonts;
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

let renderers: string | undefined;
/** Cache key of a card: what is drawn, the template version and the drawing libraries' versions. */
export function cardHash(spec: CardSpec, variant: OgVariant, root = process.cwd()): string {
  renderers ??= ['satori', '@resvg/resvg-js', '@expo-google-fonts/noto-sans-sc'].map((p) => `${p}@${packageVersion(root, p)}`).join(',');
  const key = JSON.stringify([TEMPLATE_VERSION, renderers, variant, spec.title, spec.section, spec.bureau, spec.siteName, spec.host, spec.home]);
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** The card as SVG (text as paths). */
export async function renderSvg(spec: CardSpec, variant: OgVariant, root = process.cwd()): Promise<string> {
  const { width, height } = OG_SIZES[variant];
  // satori's types want a ReactNode; the plain element objects it also accepts are structurally the same.
  return satori(cardElement(spec, variant) as unknown as Parameters<typeof satori>[0], { width, height, fonts: loadFonts(root) });
}

/** The card as PNG bytes. Rasterizing runs on libuv's thread pool, so several cards can be drawn at once. */
export async function renderPng(spec: CardSpec, variant: OgVariant, root = process.cwd()): Promise<Buffer> {
  const svg = await renderSvg(spec, variant, root);
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' }, background: '#0b4a8b' });
  return image.asPng();
}

export interface CachedResult {
  png: Buffer;
  /** True when the PNG came from the cache */
  hit: boolean;
  /** Milliseconds spent drawing (0 on a cache hit) */
  ms: number;
}

/** A PNG from the cache dir when this exact card was drawn before, otherwise drawn and stored. */
export async function cachedPng(spec: CardSpec, variant: OgVariant, cacheDir: string | null, root = process.cwd()): Promise<CachedResult> {
  const file = cacheDir ? join(cacheDir, `${cardHash(spec, variant, root)}.png`) : null;
  if (file && existsSync(file)) {
    const png = await readFile(file);
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined); // marks it as used, for pruning
    return { png, hit: true, ms: 0 };
  }
  const start = performance.now();
  const png = await renderPng(spec, variant, root);
  const ms = performance.now() - start;
  if (file && cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    // Write then rename, so a build stopped halfway never leaves a broken PNG in the cache.
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, file);
  }
  return { png, hit: false, ms };
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !sig.every((b, i) => bytes[i] === b)) throw new Error('不是 PNG 文件');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
