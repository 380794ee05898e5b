/** Build side of 题库检索: turns bank questions into what the index needs; `label` names each cited article. */
import type { Question } from '../../schemas/content.ts';
import { questionUrl } from './bank-urls.ts';
import { buildQuestionIndex, type IndexableQuestion, type QuestionSearchData } from './question-index.ts';

/** A bank question as indexed: citations as 《劳动合同法》第四十七条, the URL of its bank page. */
export function toIndexable(q: Question & { bank: string }, label: (citation: string) => string): IndexableQuestion {
  return {
    id: q.id,
    stem: q.stem,
    options: q.options,
    explanation: q.explanation,
    topic: q.topic,
    basis: q.basis.map(label),
    url: questionUrl(q.bank, q.id),
  };
}

/** The search file for these questions, in id order so the output is stable. */
export function questionSearchData(questions: ReadonlyArray<Question & { bank: string }>, label: (citation: string) => string): QuestionSearchData {
  return buildQuestionIndex([...questions].sort((a, b) => a.id.localeCompare(b.id)).map((q) => toIndexable(q, label)));
}
