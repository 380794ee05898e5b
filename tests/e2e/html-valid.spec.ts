import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST } from './helpers.ts';
import { htmlFiles } from './link-check.ts';

test('every page of dist/ is valid HTML (html-validate, recommended rules)', async () => {
  test.setTimeout(180_000);
  // The project's .htmlvalidate.json, as `npx html-validate dist` would read it.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(30);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  console.log(`html-validate：检查了 ${files.length} 个页面，${errors.length} 个问题`);
  expect(errors).toEqual([]);
});
