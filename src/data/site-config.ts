import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { formatIssues } from '../schemas/errors.ts';

export const SITE_CONFIG_FILE = 'site.config.yaml';

/** Validates raw configuration data; throws a sentence naming the file and field. */
export function parseSiteConfig(data: unknown, file = SITE_CONFIG_FILE): SiteConfig {
  const result = siteConfigSchema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error));
  return result.data;
}

let cached: SiteConfig | undefined;
/** Reads and validates `site.config.yaml` from the project root (once per build). */
export function loadSiteConfig(root = process.cwd()): SiteConfig {
  if (cached) return cached;
  const file = `${root}/${SITE_CONFIG_FILE}`;
  let data: unknown;
  try {
    data = loadYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${SITE_CONFIG_FILE} 无法读取或不是合法的 YAML：${(err as Error).message}`, { cause: err });
  }
  cached = parseSiteConfig(data);
  return cached;
}
