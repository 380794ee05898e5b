import { describe, expect, it } from 'vitest';
import {
  documentFacets,
  filterFields,
  filterQuery,
  matchesFilter,
  parseDocumentFilter,
  repealNotice,
  repealedAmong,
  sortDocuments,
  sourceNames,
  type DocumentItem,
} from './documents.ts';
import type { NormativeDocument } from '../../schemas/documents.ts';

const doc = (slug: string, title: string, d: Partial<NormativeDocument>): DocumentItem => ({
  slug,
  title,
  document: {
    documentNumber: `示例人社规〔2026〕${slug.length}号`,
    issuer: '某某市人力资源和社会保障局',
    written: '2026-01-05',
    validity: '现行有效',
    sample: true,
    ...d,
  },
});

const a = doc('a', '甲通知', {});
const b = doc('bb', '乙办法', {
  issuer: '某某省人力资源和社会保障厅',
  written: '2024-03-01',
  validity: '已废止',
  validityDate: '2026-02-01',
  replacedBy: '甲通知',
});
const c = doc('ccc', '丙意见', { written: '2025-07-01', validity: '已修改' });

describe('document list filters', () => {
  it('reads the filters from the query and ignores what it does not know', () => {
    expect(parseDocumentFilter(new URLSearchParams('issuer=某某市人力资源和社会保障局&year=2026&validity=已废止'))).toEqual({
      issuer: '某某市人力资源和社会保障局',
      year: '2026',
      validity: '已废止',
    });
    expect(parseDocumentFilter(new URLSearchParams('year=26&validity=作废&issuer=%20'))).toEqual({});
  });
  it('filters by 发文机关, year of 成文日期 and 有效性, all set filters together', () => {
    const all = [a, b, c];
    const pass = (q: string) =>
      all.filter((x) => matchesFilter(filterFields(x.document), parseDocumentFilter(new URLSearchParams(q)))).map((x) => x.slug);
    expect(pass('')).toEqual(['a', 'bb', 'ccc']);
    expect(pass('issuer=某某市人力资源和社会保障局')).toEqual(['a', 'ccc']);
    expect(pass('year=2024')).toEqual(['bb']);
    expect(pass('validity=已修改')).toEqual(['ccc']);
    expect(pass('issuer=某某市人力资源和社会保障局&year=2024')).toEqual([]);
  });
  it('offers each filter’s values once: issuers by name, years newest first, 有效性 in fixed order', () => {
    expect(documentFacets([a, b, c])).toEqual({
      issuers: ['某某市人力资源和社会保障局', '某某省人力资源和社会保障厅'].sort((x, y) => x.localeCompare(y, 'zh-CN')),
      years: ['2026', '2025', '2024'],
      validities: ['现行有效', '已修改', '已废止'],
    });
  });
  it('writes a filter back as a query string and lists newest first', () => {
    expect(filterQuery({ validity: '已废止', year: '2024' })).toBe(new URLSearchParams({ year: '2024', validity: '已废止' }).toString());
    expect(sortDocuments([b, a, c]).map((x) => x.slug)).toEqual(['a', 'ccc', 'bb']);
  });
});

describe('documents and their 解读', () => {
  it('an explainer’s source names a document by 文号, or by title when it gives none', () => {
    expect(sourceNames({ title: '别的标题', documentNumber: a.document.documentNumber }, a)).toBe(true);
    expect(sourceNames({ title: '甲通知', documentNumber: '示例人社规〔2026〕9号' }, a)).toBe(false);
    expect(sourceNames({ title: '《甲通知》' }, a)).toBe(true);
    expect(sourceNames({ title: '乙办法' }, a)).toBe(false);
  });
  it('only repealed documents get the notice, once each, with date and replacement', () => {
    expect(repealedAmong([a, b, c, b]).map((x) => x.slug)).toEqual(['bb']);
    expect(repealNotice(b)).toBe(
      '《乙办法》（示例人社规〔2026〕2号）自2026年2月1日起已废止，由甲通知替代。本页涉及该文件的内容仅供了解历史规定，请以现行规定为准。',
    );
    expect(repealNotice(doc('d', '丁', { validity: '已废止' }))).toBe(
      '《丁》（示例人社规〔2026〕1号）已废止。本页涉及该文件的内容仅供了解历史规定，请以现行规定为准。',
    );
  });
});
