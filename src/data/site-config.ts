import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
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

/**
 * Another configuration file for one build, instead of the project's `site.config.yaml`: the
 * end-to-end tests build a second site with a results collector configured
 * (`PUFA_SITE_CONFIG=tests/fixtures/collector/site.config.yaml`). Relative to the project root.
 */
export const SITE_CONFIG_ENV = 'PUFA_SITE_CONFIG';

let cached: SiteConfig | undefined;
/** Reads and validates `site.config.yaml` (or the file `PUFA_SITE_CONFIG` names) from the project root, once per build. */
export function loadSiteConfig(root = process.cwd(), env: Record<string, string | undefined> = process.env): SiteConfig {
  if (cached) return cached;
  const name = env[SITE_CONFIG_ENV]?.trim() || SITE_CONFIG_FILE;
  const file = isAbsolute(name) ? name : `${root}/${name}`;
  let data: unknown;
  try {
    data = loadYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${name} 无法读取或不是合法的 YAML：${(err as Error).message}`, { cause: err });
  }
  cached = parseSiteConfig(data, name);
  return cached;
}
