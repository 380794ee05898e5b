/**
 * MDX parse errors in Chinese. The MDX parser (micromark and mdast-util-mdx-jsx) reports in
 * English with a rule id; each rule an editor can hit gets a sentence saying what is wrong and
 * how to write it.
 */

/** The part of a parser message (VFileMessage) used here. */
export interface MdxParseError {
  ruleId?: string | null;
  source?: string | null;
  reason?: string;
  message?: string;
  line?: number | null;
  column?: number | null;
}

/** Where a parser error is, 1-based (micromark puts it in `place`, older versions in line/column). */
export function mdxErrorPosition(error: MdxParseError & { place?: unknown }): { line?: number; column?: number } {
  const place = error.place as { line?: number; column?: number; start?: { line?: number; column?: number } } | undefined;
  // "Expected a closing tag for `<div>` (3:1-3:6)": the opening tag is where the editor must look.
  const opening = /^Expected a closing tag for `[^`]*` \((\d+):(\d+)-/.exec(error.reason ?? error.message ?? '');
  if (opening) return { line: Number(opening[1]), column: Number(opening[2]) };
  const point = place?.start ?? place;
  return { line: point?.line ?? error.line ?? undefined, column: point?.column ?? error.column ?? undefined };
}

const ESCAPE_HINT = '正文中要写 < 或 { 字符时，请写成 \\< 或 \\{';

/** The first `…` quoted in an English parser message: the tag or character it is about. */
function quoted(reason: string, n = 0): string | undefined {
  return [...reason.matchAll(/`([^`]+)`/g)][n]?.[1];
}

/** A Chinese sentence for an MDX parse error. */
export function mdxErrorMessage(error: MdxParseError): string {
  const reason = error.reason ?? error.message ?? '';
  const rule = error.ruleId ?? '';
  const first = quoted(reason);
  if (/^Expected a closing tag for/.test(reason)) {
    return `MDX 写法有误：标签 ${first ?? ''} 没有闭合，应在同一段落或同一块内写上对应的 </${(first ?? '<x>').replace(/^<|>$/g, '')}>（或写成自闭合的 <… />）`;
  }
  if (/^Unexpected closing tag/.test(reason)) {
    const expected = quoted(reason, 1);
    return `MDX 写法有误：发现结束标签 ${first ?? ''}，${expected ? `应先闭合 ${expected}` : '前面没有对应的开始标签'}`;
  }
  if (/closing slash/.test(reason)) return `MDX 写法有误：发现多余的 /，结束标签前面没有对应的开始标签`;
  if (/self-closing slash/.test(reason)) return 'MDX 写法有误：结束标签不能再写自闭合的 /';
  if (/attribute in closing tag/.test(reason)) return 'MDX 写法有误：结束标签里不能写属性';
  if (rule === 'unexpected-lazy' || /lazy line/.test(reason)) {
    return 'MDX 写法有误：引用块或列表里的标签跨行时，续行也要带上 > 或缩进';
  }
  if (/end of file in expression|closing brace/.test(reason)) {
    return `MDX 写法有误：{ 没有对应的 }。${ESCAPE_HINT}`;
  }
  if (/Could not parse import\/exports with acorn/.test(reason)) {
    return 'MDX 写法有误：以 import 或 export 开头的行不是合法的语句；本站的解读和案例不需要写 import / export，正文的行不要以这两个词开头';
  }
  if (/Could not parse expression with acorn/.test(reason)) {
    return `MDX 写法有误：{ } 里的内容不是合法的 JavaScript 表达式（如 ids={["al-001", "al-002"]}）。${ESCAPE_HINT}`;
  }
  if (/^Unexpected end of file/.test(reason)) {
    return `MDX 写法有误：文件在标签或表达式中间结束了，应补全标签（如 <Cite law="劳动合同法" article={47} />）。${ESCAPE_HINT}`;
  }
  if (/^Unexpected character/.test(reason)) {
    if (/before attribute value/.test(reason)) return `MDX 写法有误：属性值应写在引号或花括号里（如 law="劳动合同法"、article={47}），发现 ${first ?? ''}`;
    const where = /before name/.test(reason)
      ? '标签名之前'
      : /after name|in name/.test(reason)
        ? '标签名之后'
        : /attribute/.test(reason)
          ? '属性中'
          : '标签中';
    return `MDX 写法有误：${where}出现了不该出现的字符 ${first ?? ''}。${ESCAPE_HINT}`;
  }
  if (/import|export/.test(reason) && rule.includes('esm')) {
    return 'MDX 写法有误：import / export 语句不对；本站的解读和案例不需要写 import';
  }
  return `MDX 写法有误：无法解析这里。${ESCAPE_HINT}（解析器原文：${reason}）`;
}
