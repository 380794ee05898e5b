import { z } from 'astro/zod';
import { installErrorMap } from './errors.ts';
import { DOCUMENT_VALIDITY } from './taxonomy.ts';

installErrorMap();

const isoDate = z.iso.date('应为日期（如 2026-02-01）');
/** YAML reads `2026-02-01` as a date; the library keeps ISO strings. */
const dateField = z.preprocess((value) => (value instanceof Date && !isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value), isoDate);

/**
 * A normative document (规范性文件) a bureau publishes, written as `document:` in the front matter
 * of its file in content/laws/. The text itself is in the usual statute format below the front
 * matter; these fields are what the document list filters by and what its page shows above the text.
 */
export const normativeDocumentSchema = z
  .strictObject({
    /** 文号 exactly as issued, e.g. 某人社规〔2026〕1号; never guessed */
    documentNumber: z.string().trim().min(3),
    /** 发文机关: the issuing body's full name, e.g. 某某市人力资源和社会保障局 */
    issuer: z.string().trim().min(2),
    /** 成文日期: the date the document was signed, as printed on it */
    written: dateField,
    /** 施行日期: the date it takes effect, when the document states one */
    effective: dateField.optional(),
    /** 有效性: 现行有效 / 已修改 / 已废止, as the issuing body last published it */
    validity: z.enum(DOCUMENT_VALIDITY),
    /** For 已修改 and 已废止: the date the change or repeal took effect, when known */
    validityDate: dateField.optional(),
    /** For 已修改 and 已废止: the document that amended or replaced it (title and 文号), when known */
    replacedBy: z.string().trim().min(2).optional(),
    /**
     * true only for the template's demonstration document: its title must carry
     * 示例文件（虚构，仅演示功能） and its 文号 and 发文机关 must be obviously fictitious
     */
    sample: z.boolean().default(false),
  })
  .superRefine((doc, ctx) => {
    if (doc.validity === '现行有效') {
      for (const field of ['validityDate', 'replacedBy'] as const) {
        if (doc[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `现行有效的文件不写 ${field}（只有已修改、已废止的文件才有修改或废止日期、替代文件）`,
          });
        }
      }
    }
    if (doc.effective && doc.effective < doc.written) {
      ctx.addIssue({ code: 'custom', path: ['effective'], message: `施行日期 ${doc.effective} 早于成文日期 ${doc.written}，请核对` });
    }
    if (doc.validityDate && doc.validityDate < doc.written) {
      ctx.addIssue({ code: 'custom', path: ['validityDate'], message: `修改或废止日期 ${doc.validityDate} 早于成文日期 ${doc.written}，请核对` });
    }
  });

/** A normative document's metadata as the library stores it. */
export type NormativeDocument = z.output<typeof normativeDocumentSchema>;
