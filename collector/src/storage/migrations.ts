/**
 * Versioned schema migrations, one SQL text per database. Append new ones with the next
 * version; never edit an applied one. Each runs in a transaction with its row in
 * collector_migrations, so a migration is applied completely or not at all.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'results, tokens, settings',
    // AUTOINCREMENT: ids are never reused after a DELETE, so a cursor stays valid.
    sqlite: `
      CREATE TABLE results (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        quiz_id TEXT NOT NULL,
        code TEXT NOT NULL,
        code_sha256 TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        late INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX results_code_sha256 ON results (code_sha256);
      CREATE INDEX results_quiz_id ON results (quiz_id, id);
      CREATE TABLE tokens (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        quiz_id TEXT NOT NULL,
        token_sha256 TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE INDEX tokens_quiz_id ON tokens (quiz_id);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
    postgres: `
      CREATE TABLE results (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        quiz_id text NOT NULL,
        code text NOT NULL,
        code_sha256 text NOT NULL,
        received_at timestamptz NOT NULL,
        late boolean NOT NULL DEFAULT false
      );
      CREATE UNIQUE INDEX results_code_sha256 ON results (code_sha256);
      CREATE INDEX results_quiz_id ON results (quiz_id, id);
      CREATE TABLE tokens (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        quiz_id text NOT NULL,
        token_sha256 text NOT NULL UNIQUE,
        label text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX tokens_quiz_id ON tokens (quiz_id);
      CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
    `,
  },
];

/** The bookkeeping table, the same in both databases. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS collector_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at text NOT NULL
)`;
