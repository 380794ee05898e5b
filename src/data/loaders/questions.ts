import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { questionBankSchema } from '../../schemas/content.ts';
import { schemas } from '../schemas.ts';
import { formatIssues } from '../../schemas/errors.ts';
import { readYamlSource } from '../../lib/content/yaml-source.ts';

/**
 * Loads YAML question banks: one file per bank, `title` and a list of `questions`.
 * Validates every question itself so an error names the file, the question and the field.
 */
export function questionLoader({ base, sealed = false }: { base: string; sealed?: boolean }): Loader {
  return {
    name: 'question-loader',
    load: async ({ store, config, logger, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const load = async () => {
        store.clear();
        const errors: string[] = [];
        const seen = new Map<string, string>();
        const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
        for (const name of names) {
          const file = relative(root, join(dir, name));
          const source = readYamlSource(await readFile(join(dir, name), 'utf8'));
          if (source.errors.length) {
            errors.push(...source.errors.map((e) => `${file}:${e.line}:${e.column}：${e.message}`));
            continue;
          }
          const raw = source.data;
          const bank = questionBankSchema.safeParse(raw);
          if (!bank.success) {
            errors.push(formatIssues(file, bank.error));
            continue;
          }
          // Public and sealed banks are separate collections, so sealed questions cannot leak into practice pages.
          if (bank.data.sealed !== sealed) continue;
          bank.data.questions.forEach((item, i) => {
            const id = (item as { id?: unknown })?.id;
            const where = ` 第 ${i + 1} 题${typeof id === 'string' ? `（id: ${id}）` : ''}`;
            const question = schemas.question.safeParse(item);
            if (!question.success) {
              errors.push(formatIssues(file, question.error, where));
              return;
            }
            const other = seen.get(question.data.id);
            if (other) {
              errors.push(`${file}${where}：id “${question.data.id}” 已被 ${other} 使用，每道题的 id 必须唯一`);
              return;
            }
            seen.set(question.data.id, `${file}${where}`);
            const data = { ...question.data, bank: name.replace(/\.ya?ml$/, ''), bankTitle: bank.data.title };
            store.set({ id: question.data.id, data, filePath: file, digest: generateDigest(data) });
          });
        }
        if (errors.length) throw new Error(`题库有 ${errors.length} 处错误：\n${errors.join('\n')}`);
        logger.info(`已载入 ${seen.size} 道${sealed ? '封存' : ''}题`);
      };
      await load();
      watcher?.add(dir);
      watcher?.on('all', async (_event, path) => {
        if (path.startsWith(dir)) await load();
      });
    },
  };
}
