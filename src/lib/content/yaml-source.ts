/**
 * YAML text read with its positions, so a message can name the line of a field: a parsed
 * document (the `yaml` package's CST-backed Document with a LineCounter) and a locator from a
 * schema path (['questions', 3, 'answer']) to the line and column where that field is written.
 *
 * The YAML 1.2 core schema is used: `2026-13-45` stays the text the editor wrote (js-yaml's
 * timestamp type would roll it over to 2027-02-14), so the date schema can check the calendar.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLError } from 'yaml';

/** A 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The data (undefined when the text has syntax errors) */
  data: unknown;
  /** Syntax errors, in Chinese, at their position in the file */
  errors: Array<Position & { message: string }>;
  /** Where the field at a path is written; for a missing field, where its nearest parent is */
  locate(path: readonly PropertyKey[]): Position;
}

/** What each of the `yaml` package's error codes means, for a content editor. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: '缩进不对：同一层的字段应对齐，下一层应多缩进两个空格',
  TAB_AS_INDENT: '缩进里有 Tab 键：YAML 只能用空格缩进',
  MISSING_CHAR: '缺少配对的符号（引号、] 或 }）',
  BLOCK_AS_IMPLICIT_KEY: '字段名的写法不对：冒号前面应是一个字段名，冒号后面要有空格',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行：检查上一行是否少了冒号、引号或多了缩进',
  DUPLICATE_KEY: '同一个字段写了两次：删除其中一个',
  UNEXPECTED_TOKEN: '这里出现了不该出现的符号',
  BAD_SCALAR_START: '值不能以这个符号开头：含有 : # [ ] { } , & * ! | > % @ ` 等符号的文字请用引号括起来',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义不对',
  BLOCK_IN_FLOW: '方括号或花括号里不能换行写列表',
  BAD_ALIAS: '引用（*名字）指向不存在的锚点',
  MULTIPLE_DOCS: '一个文件里只能有一个 YAML 文档（删除多余的 ---）',
  KEY_OVER_1024_CHARS: '字段名太长',
  TAG_RESOLVE_FAILED: '无法识别的 ! 标签',
  NON_STRING_KEY: '字段名应为文字',
  BAD_COLLECTION_TYPE: '这里应为列表或一组字段',
  BAD_DIRECTIVE: '无法识别的 % 指令',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  ALIAS_PROPS: '引用（*名字）不能带锚点或标签',
  BAD_PROP_ORDER: '锚点和标签的位置不对',
};

/** A Chinese sentence for one YAML syntax error. */
export function yamlErrorMessage(error: Pick<YAMLError, 'code' | 'message'>): string {
  const text = YAML_ERRORS[error.code];
  return `YAML 写法有误：${text ?? '无法解析这一行'}`;
}

/**
 * Parses YAML text. `lineOffset` is how many lines of the file come before the text (the
 * opening `---` of a front matter block), so positions are lines of the file.
 */
export function readYamlSource(text: string, lineOffset = 0): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: line + lineOffset, column: col };
  };
  const errors = doc.errors.map((e) => ({ ...at(e.pos[0]), message: yamlErrorMessage(e) }));
  let data: unknown;
  if (errors.length === 0) data = doc.toJS({ maxAliasCount: 1000 });

  const locate = (path: readonly PropertyKey[]): Position => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) break;
        offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return at(offset);
  };
  return { data, errors, locate };
}
