/** Addresses of the question bank pages (题库浏览), shared by the pages, the search index and tests. */

/** The index of banks. */
export const BANK_INDEX_URL = '/quiz/bank/';

/** One bank's page: /quiz/bank/<bank>/ (the bank is the YAML file name). */
export function bankUrl(bank: string): string {
  return `${BANK_INDEX_URL}${bank}/`;
}

/** The id of a question's heading in its bank page. */
export function questionAnchor(id: string): string {
  return `q-${id}`;
}

/** A question in its bank page: /quiz/bank/<bank>/#q-<id>. */
export function questionUrl(bank: string, id: string): string {
  return `${bankUrl(bank)}#${questionAnchor(id)}`;
}
