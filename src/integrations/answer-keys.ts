/**
 * Build step: the answer keys of sealed quizzes, written beside the project (private/answer-keys/),
 * never into dist/. Each key's version hash is checked against the one the built site published
 * (dist/quiz/manifest.json), so a key can never silently disagree with its quiz page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sealedAnswerKeys, writeAnswerKeys } from '../data/answer-keys.ts';

export default function answerKeys(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pufa-answer-keys',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const keys = sealedAnswerKeys(root);
        const manifest = JSON.parse(readFileSync(join(fileURLToPath(dir), 'quiz/manifest.json'), 'utf8')) as {
          quizzes: Array<{ id: string; definitionHash: string }>;
        };
        for (const key of keys) {
          const published = manifest.quizzes.find((q) => q.id === key.quizId);
          if (published?.definitionHash !== key.definitionHash) {
            throw new Error(
              `封存答题 ${key.quizId} 的答案文件版本（${key.definitionHash}）与网站发布的版本（${published?.definitionHash ?? '无'}）不一致`,
            );
          }
        }
        writeAnswerKeys(keys, root);
        logger.info(`封存答题的答案文件：${keys.length} 个，在 private/answer-keys/（不部署）`);
      },
    },
  };
}
