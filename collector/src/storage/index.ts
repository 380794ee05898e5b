import { PostgresStorage } from './postgres.ts';
import { SqliteStorage, type SqliteSynchronous } from './sqlite.ts';
import type { Storage } from './types.ts';

export type { Storage } from './types.ts';

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite in `sqliteFile` */
  databaseUrl?: string;
  sqliteFile: string;
  sqliteSynchronous?: SqliteSynchronous;
  pgPoolSize?: number;
}

/** Opens the configured database (not yet migrated). */
export function openStorage(options: StorageOptions): Storage {
  if (options.databaseUrl) return new PostgresStorage(options.databaseUrl, options.pgPoolSize);
  return new SqliteStorage(options.sqliteFile, options.sqliteSynchronous);
}
