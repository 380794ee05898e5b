/**
 * What the collector needs from a database. Two adapters implement it: SQLite (one file, the
 * embedded default) and PostgreSQL (several collector processes share one). Every method that
 * resolves has committed its writes: callers answer only after that.
 */

/** A result to store. */
export interface NewResult {
  quizId: string;
  /** Canonical code text */
  code: string;
  /** SHA-256 of the code, hex: unique across the table */
  sha256: string;
  /** Server receive time, Unix ms */
  receivedAt: number;
  late: boolean;
}

/** A stored result. */
export interface StoredResult extends NewResult {
  /** Monotonic row id (the cursor) */
  id: number;
}

/** What insertResult did: stored the row now, or found it stored before (same code). */
export interface InsertOutcome {
  result: StoredResult;
  created: boolean;
}

/** An organiser token as listed (never its text: only the hash is stored). */
export interface TokenRow {
  id: number;
  quizId: string;
  label: string;
  /** Unix ms */
  createdAt: number;
  /** Unix ms, or null while the token is active */
  revokedAt: number | null;
}

export interface Counts {
  total: number;
  late: number;
}

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data is, for the start-up message (a file path or host/database; no password) */
  readonly location: string;
  /** Applies the migrations not yet applied (safe to run from several processes at once); returns their names */
  migrate(): Promise<string[]>;
  /** The persisted receipt secret, created with `generate` on first use */
  secret(generate: () => string): Promise<string>;
  /** Stores a result unless its code is stored already (then returns the stored row) */
  insertResult(result: NewResult): Promise<InsertOutcome>;
  /**
   * Results of a quiz with id > afterId, ascending, at most `limit`. A row that is not returned
   * now never appears later with an id at or below the last one returned (no row is skipped by
   * a cursor, even with concurrent writers).
   */
  listResults(quizId: string, afterId: number, limit: number): Promise<StoredResult[]>;
  countResults(quizId: string): Promise<Counts>;
  /** Deletes every result of a quiz; returns how many */
  deleteResults(quizId: string): Promise<number>;
  addToken(quizId: string, tokenSha256: string, label: string, now: number): Promise<TokenRow>;
  /** Marks a token revoked; null when there is no such token */
  revokeToken(id: number, now: number): Promise<TokenRow | null>;
  listTokens(quizId?: string): Promise<TokenRow[]>;
  /** SHA-256 hashes of the quiz's tokens that are not revoked */
  activeTokenHashes(quizId: string): Promise<string[]>;
  /** Quiz ids that have (or had) at least one token */
  quizzesWithTokens(): Promise<Set<string>>;
  /** Resolves when the database answers */
  ping(): Promise<void>;
  close(): Promise<void>;
}
