/** The content schemas bound to this build's statute library (build time). */
import { z } from 'astro/zod';
import { citedSchemas } from '../schemas/content.ts';
import { statuteChecker } from './statutes.ts';

export const schemas = citedSchemas(statuteChecker);

/**
 * A schema as Astro's content layer should run it. Astro parses entries with its own English error
 * map, which overrides the project's Chinese one for missing and wrongly typed fields; this wrapper
 * parses with the project's map and hands Astro finished Chinese messages at the field's path
 * (Astro then names the field and its line). The content check (npm run check:content) runs
 * before Astro's loaders and normally reports these first.
 */
export function withChineseErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });
}
