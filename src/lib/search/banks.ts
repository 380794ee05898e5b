/** The question banks as browsable pages (题库浏览): grouping and ordering. Pure. */
import { AUDIENCES, TOPICS } from '../../schemas/taxonomy.ts';
import { topicOfSlug, topicSlug } from '../topics.ts';

export interface BankQuestionLike {
  id: string;
  topic: string;
  audience: readonly string[];
  bank: string;
  bankTitle: string;
}

export interface TopicGroup<Q> {
  topic: string;
  /** The section's id in the bank page: topic-<topic slug> (stable when topics are added) */
  anchor: string;
  questions: Q[];
}

export interface Bank<Q> {
  bank: string;
  title: string;
  /** In page order: by topic (taxonomy order), then by id */
  questions: Q[];
  topics: Array<TopicGroup<Q>>;
  /** Who its questions are for, in taxonomy order */
  audiences: string[];
}

/** The id of a topic section in a bank page; the search page maps it back with topicOfAnchor. */
export function topicAnchor(topic: string): string {
  return `topic-${topicSlug(topic)}`;
}

/** The topic of a section id made by topicAnchor, or undefined. */
export function topicOfAnchor(anchor: string): string | undefined {
  const m = /^topic-([a-z0-9-]+)$/.exec(anchor);
  return m ? topicOfSlug(m[1]!) : undefined;
}

/** Groups questions into banks (by file name), each grouped by topic. */
export function groupBanks<Q extends BankQuestionLike>(questions: readonly Q[]): Array<Bank<Q>> {
  const names = [...new Set(questions.map((q) => q.bank))].sort();
  return names.map((bank) => {
    const items = questions.filter((q) => q.bank === bank);
    const topics = TOPICS.map((topic) => ({
      topic,
      anchor: topicAnchor(topic),
      questions: items.filter((q) => q.topic === topic).sort((a, b) => a.id.localeCompare(b.id)),
    })).filter((g) => g.questions.length > 0);
    return {
      bank,
      title: items[0]!.bankTitle,
      questions: topics.flatMap((g) => g.questions),
      topics,
      audiences: AUDIENCES.filter((a) => items.some((q) => q.audience.includes(a))),
    };
  });
}

/**
 * Where each question id lives, compactly, for the old single-page links (/quiz/bank/#q-<id>):
 * an id prefix (before the first dash) that occurs in one bank only maps to that bank; ids with a
 * shared prefix are listed one by one.
 */
export function bankLocator(questions: readonly BankQuestionLike[]): { prefixes: Record<string, string>; ids: Record<string, string> } {
  const banksOfPrefix = new Map<string, Set<string>>();
  const prefixOf = (id: string) => id.split('-')[0]!;
  for (const q of questions) {
    const set = banksOfPrefix.get(prefixOf(q.id)) ?? new Set();
    set.add(q.bank);
    banksOfPrefix.set(prefixOf(q.id), set);
  }
  const prefixes: Record<string, string> = {};
  const ids: Record<string, string> = {};
  for (const [prefix, banks] of banksOfPrefix) if (banks.size === 1) prefixes[prefix] = [...banks][0]!;
  for (const q of questions) if (!(prefixOf(q.id) in prefixes)) ids[q.id] = q.bank;
  return { prefixes, ids };
}
