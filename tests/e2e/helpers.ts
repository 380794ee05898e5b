import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

import type { ManifestEntry } from '../../src/lib/statute/manifest.ts';

export type { ManifestEntry };

/** The law manifest written by the build. */
export function readManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(join(DIST, 'laws/index.json'), 'utf8')) as ManifestEntry[];
}

/** The manifest entry of a law by short title; fails loudly if the build lost it. */
export function lawByShortTitle(shortTitle: string): ManifestEntry {
  const law = readManifest().find((l) => l.shortTitle === shortTitle);
  if (!law) throw new Error(`法规清单中没有 ${shortTitle}`);
  return law;
}
