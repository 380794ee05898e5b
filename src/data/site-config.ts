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

/**
 * Another configuration file for one build, instead of `site.config.yaml` (relative to the project
 * root): the tests build the sample site a second time as if deployed under a sub-path.
 */
export const SITE_CONFIG_ENV = 'PUFA_SITE_CONFIG';

let cached: SiteConfig | undefined;
/** Reads and validates `site.config.yaml` (or the file `PUFA_SITE_CONFIG` names) once per build. */
export function loadSiteConfig(root = process.cwd()): SiteConfig {
  if (cached) return cached;
  const name = process.env[SITE_CONFIG_ENV] || SITE_CONFIG_FILE;
  const file = `${root}/${name}`;
  let data: unknown;
  try {
    data = loadYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${name} 无法读取或不是合法的 YAML：${(err as Error).message}`, { cause: err });
  }
  cached = parseSiteConfig(data, name);
  return cached;
}
