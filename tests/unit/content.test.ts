/**
 * Content checks: every explainer, case, question bank, quiz, glossary entry, law and the site
 * configuration is valid, cited and drawable. The rules live in src/data/check-content.ts (also
 * `npm run check:content` and the first step of `astro build`); this runs them without a build and
 * shows each collection's problems on their own.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/data/check-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const { problems, files } = checkContent();
const problemsIn = (folder: string) => problems.filter((p) => p.file.includes(folder)).map(formatProblem);

describe('sample content', () => {
  for (const folder of ['content/laws/', 'content/explainers/', 'content/cases/', 'content/questions/', 'content/quizzes/', 'content/glossary/']) {
    it(`${folder} has no problems`, () => {
      expect(problemsIn(folder)).toEqual([]);
    });
  }
  it('site.config.yaml has no problems', () => {
    expect(problemsIn('site.config.yaml')).toEqual([]);
  });
  it('nothing else is wrong, and every collection was read', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    // Every file of each folder was read (the sample content's folders, counted on disk).
    const onDisk = (folder: string, ext: RegExp) => readdirSync(join('content', folder)).filter((f) => ext.test(f)).length;
    expect(files).toMatchObject({
      laws: onDisk('laws', /\.md$/),
      explainers: onDisk('explainers', /\.mdx$/),
      cases: onDisk('cases', /\.mdx$/),
      questions: onDisk('questions', /\.ya?ml$/),
      quizzes: onDisk('quizzes', /\.ya?ml$/),
      glossary: onDisk('glossary', /\.ya?ml$/),
    });
    expect(files.laws).toBeGreaterThanOrEqual(28);
  });
});
