/**
 * SQLite storage (Node's built-in node:sqlite): one file in WAL mode.
 *
 * Durability: `synchronous=FULL` (the default here) makes SQLite fsync the WAL at every commit,
 * so an acknowledged result survives a kill -9 of the collector AND a power cut or kernel crash.
 * `synchronous=NORMAL` in WAL mode syncs only at checkpoints: a commit is in the OS page cache
 * when we answer, which survives kill -9 of the process (the kernel still writes it out) but not
 * a power cut. COLLECTOR_SQLITE_SYNCHRONOUS=NORMAL trades that for speed.
 *
 * Checkpoints run on a worker thread (checkpoint-worker.ts), not on the connection that commits,
 * so copying the WAL into the database file never stalls request handling.
 *
 * Group commit: node:sqlite is synchronous, so inserts that arrive in the same turn of the event
 * loop are written in one transaction and resolved after its COMMIT returned: one fsync for many
 * results, and still no receipt before its row is durable.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.ts';
import type { Counts, InsertOutcome, NewResult, Storage, StoredResult, TokenRow } from './types.ts';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

/** Largest number of inserts in one transaction. */
const MAX_BATCH = 1000;

interface Pending {
  result: NewResult;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

type Row = Record<string, unknown>;

function toResult(row: Row): StoredResult {
  return {
    id: Number(row.id),
    quizId: String(row.quiz_id),
    code: String(row.code),
    sha256: String(row.code_sha256),
    receivedAt: Number(row.received_at),
    late: Number(row.late) === 1,
  };
}

function toToken(row: Row): TokenRow {
  return {
    id: Number(row.id),
    quizId: String(row.quiz_id),
    label: String(row.label),
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  private readonly db: DatabaseSync;
  private queue: Pending[] = [];
  private scheduled = false;
  private statements: { insert: StatementSync; byHash: StatementSync } | undefined;
  private checkpointer: Worker | undefined;

  constructor(file: string, synchronous: SqliteSynchronous = 'FULL') {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.location = file;
    this.db = new DatabaseSync(file, { timeout: 5000 });
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec(`PRAGMA synchronous = ${synchronous}`);
    if (file !== ':memory:') {
      this.db.exec('PRAGMA wal_autocheckpoint = 0');
      this.checkpointer = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), { workerData: { file, intervalMs: 250 } });
      this.checkpointer.unref();
      // A failing checkpoint thread must not take the service down; the WAL then grows until restart.
      this.checkpointer.on('error', () => {});
    }
  }

  async migrate(): Promise<string[]> {
    const applied: string[] = [];
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db.exec(MIGRATIONS_TABLE);
      const done = new Set(
        this.db
          .prepare('SELECT version FROM collector_migrations')
          .all()
          .map((r) => Number(r.version)),
      );
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        this.db.exec(m.sqlite);
        this.db
          .prepare('INSERT INTO collector_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
        applied.push(`${m.version} ${m.name}`);
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    this.statements = {
      insert: this.db.prepare(
        'INSERT INTO results (quiz_id, code, code_sha256, received_at, late) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code_sha256) DO NOTHING RETURNING id',
      ),
      byHash: this.db.prepare('SELECT * FROM results WHERE code_sha256 = ?'),
    };
    return applied;
  }

  async secret(generate: () => string): Promise<string> {
    this.db.prepare("INSERT INTO settings (key, value) VALUES ('receipt_secret', ?) ON CONFLICT (key) DO NOTHING").run(generate());
    return String(this.db.prepare("SELECT value FROM settings WHERE key = 'receipt_secret'").get()!.value);
  }

  insertResult(result: NewResult): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ result, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes the queued inserts, MAX_BATCH per transaction, and settles them after each COMMIT. */
  private flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      let outcomes: InsertOutcome[];
      try {
        const { insert, byHash } =
          this.statements ??
          (() => {
            throw new Error('migrate() was not called');
          })();
        this.db.exec('BEGIN IMMEDIATE');
        try {
          outcomes = batch.map(({ result: r }) => {
            const row = insert.get(r.quizId, r.code, r.sha256, r.receivedAt, r.late ? 1 : 0);
            if (row) return { created: true, result: { ...r, id: Number(row.id) } };
            return { created: false, result: toResult(byHash.get(r.sha256)!) };
          });
          this.db.exec('COMMIT');
        } catch (error) {
          if (this.db.isTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      } catch (error) {
        for (const p of batch) p.reject(error);
        continue;
      }
      batch.forEach((p, i) => p.resolve(outcomes[i]!));
    }
  }

  async listResults(quizId: string, afterId: number, limit: number): Promise<StoredResult[]> {
    // Writers are serialised and ids assigned inside the write transaction, so ids appear in order.
    return this.db.prepare('SELECT * FROM results WHERE quiz_id = ? AND id > ? ORDER BY id LIMIT ?').all(quizId, afterId, limit).map(toResult);
  }

  async countResults(quizId: string): Promise<Counts> {
    const row = this.db.prepare('SELECT count(*) AS total, coalesce(sum(late), 0) AS late FROM results WHERE quiz_id = ?').get(quizId)!;
    return { total: Number(row.total), late: Number(row.late) };
  }

  async deleteResults(quizId: string): Promise<number> {
    return Number(this.db.prepare('DELETE FROM results WHERE quiz_id = ?').run(quizId).changes);
  }

  async addToken(quizId: string, tokenSha256: string, label: string, now: number): Promise<TokenRow> {
    const row = this.db
      .prepare('INSERT INTO tokens (quiz_id, token_sha256, label, created_at) VALUES (?, ?, ?, ?) RETURNING *')
      .get(quizId, tokenSha256, label, now)!;
    return toToken(row);
  }

  async revokeToken(id: number, now: number): Promise<TokenRow | null> {
    const row = this.db.prepare('UPDATE tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? RETURNING *').get(now, id);
    return row ? toToken(row) : null;
  }

  async listTokens(quizId?: string): Promise<TokenRow[]> {
    const rows =
      quizId === undefined
        ? this.db.prepare('SELECT * FROM tokens ORDER BY id').all()
        : this.db.prepare('SELECT * FROM tokens WHERE quiz_id = ? ORDER BY id').all(quizId);
    return rows.map(toToken);
  }

  async activeTokenHashes(quizId: string): Promise<string[]> {
    return this.db
      .prepare('SELECT token_sha256 FROM tokens WHERE quiz_id = ? AND revoked_at IS NULL')
      .all(quizId)
      .map((r) => String(r.token_sha256));
  }

  async quizzesWithTokens(): Promise<Set<string>> {
    return new Set(
      this.db
        .prepare('SELECT DISTINCT quiz_id FROM tokens')
        .all()
        .map((r) => String(r.quiz_id)),
    );
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.scheduled || this.queue.length > 0) this.flush();
    if (this.db.isOpen) this.db.close();
    const worker = this.checkpointer;
    this.checkpointer = undefined;
    if (worker) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 5000);
        worker.once('message', () => {
          clearTimeout(timer);
          void worker.terminate().then(() => resolve());
        });
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage('close');
      });
    }
  }
}
