/** Content files read straight from disk, for checks that run without a build (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { splitFrontMatter, type ContentFile } from '../lib/content/files.ts';

/** Every MDX file in a content folder. */
export function readMdxCollection(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { file, id: name.replace(/\.mdx$/, ''), ...splitFrontMatter(readFileSync(file, 'utf8'), file) };
    });
}

/** Every YAML file in a folder, parsed. */
export function readYamlCollection(dir: string): Array<{ file: string; id: string; data: unknown }> {
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => ({ file: join(dir, name), id: name.replace(/\.ya?ml$/, ''), data: loadYaml(readFileSync(join(dir, name), 'utf8')) }));
}
