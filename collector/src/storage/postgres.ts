/**
 * PostgreSQL storage (`pg`): several collector processes may share one database. Commits use
 * the server's default synchronous_commit = on, so a result is on disk (WAL flushed) before
 * its receipt is sent; concurrent commits share WAL flushes (PostgreSQL's group commit).
 * Idempotency is the unique index on code_sha256 (INSERT … ON CONFLICT DO NOTHING), which holds
 * across processes.
 */
import pg from 'pg';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.ts';
import type { Counts, InsertOutcome, NewResult, Storage, StoredResult, TokenRow } from './types.ts';

/** Key of the advisory lock that serialises migrations between processes starting together. */
const MIGRATION_LOCK = 7_262_815_015;

type Row = Record<string, unknown>;

const ms = (value: unknown): number => (value instanceof Date ? value.getTime() : Number(value));

function toResult(row: Row): StoredResult {
  return {
    id: Number(row.id),
    quizId: String(row.quiz_id),
    code: String(row.code),
    sha256: String(row.code_sha256),
    receivedAt: ms(row.received_at),
    late: row.late === true,
  };
}

function toToken(row: Row): TokenRow {
  return {
    id: Number(row.id),
    quizId: String(row.quiz_id),
    label: String(row.label),
    createdAt: ms(row.created_at),
    revokedAt: row.revoked_at === null ? null : ms(row.revoked_at),
  };
}

/** host:port/database of a connection string, without user or password. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname || 'localhost'}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

export class PostgresStorage implements Storage {
  readonly kind = 'postgres' as const;
  readonly location: string;
  private readonly pool: pg.Pool;

  constructor(connectionString: string, poolSize = 10) {
    this.location = describe(connectionString);
    this.pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5000 });
    // An idle connection dropped by the server (restart, network) must not crash the process:
    // the pool discards it and opens a new one on the next query.
    this.pool.on('error', () => {});
  }

  async migrate(): Promise<string[]> {
    const applied: string[] = [];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(MIGRATIONS_TABLE);
      const done = new Set((await client.query('SELECT version FROM collector_migrations')).rows.map((r) => Number(r.version)));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await client.query(m.postgres);
        await client.query('INSERT INTO collector_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
        applied.push(`${m.version} ${m.name}`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return applied;
  }

  async secret(generate: () => string): Promise<string> {
    await this.pool.query("INSERT INTO settings (key, value) VALUES ('receipt_secret', $1) ON CONFLICT (key) DO NOTHING", [generate()]);
    const { rows } = await this.pool.query("SELECT value FROM settings WHERE key = 'receipt_secret'");
    return String(rows[0]!.value);
  }

  async insertResult(r: NewResult): Promise<InsertOutcome> {
    const inserted = await this.pool.query({
      name: 'insert-result',
      text: 'INSERT INTO results (quiz_id, code, code_sha256, received_at, late) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code_sha256) DO NOTHING RETURNING id',
      values: [r.quizId, r.code, r.sha256, new Date(r.receivedAt), r.late],
    });
    if (inserted.rows.length > 0) return { created: true, result: { ...r, id: Number(inserted.rows[0]!.id) } };
    // ON CONFLICT waited for a concurrent insert of the same code to commit; this new statement sees it.
    const existing = await this.pool.query({ name: 'result-by-hash', text: 'SELECT * FROM results WHERE code_sha256 = $1', values: [r.sha256] });
    if (existing.rows.length === 0) throw new Error('conflicting row vanished (deleted concurrently)');
    return { created: false, result: toResult(existing.rows[0]!) };
  }

  async listResults(quizId: string, afterId: number, limit: number): Promise<StoredResult[]> {
    // Identity values are drawn before commit, so a transaction holding id 99 may commit after one
    // holding id 100: a reader that returned 100 would move its cursor past 99 for ever. A SHARE
    // lock waits for every inserting transaction in progress (they hold ROW EXCLUSIVE) and holds
    // new ones back for a moment; the highest id seen then bounds a page in which every id
    // already belongs to a committed row or to none.
    const client = await this.pool.connect();
    let bound: number;
    try {
      await client.query('BEGIN');
      await client.query("SET LOCAL lock_timeout = '5s'");
      await client.query('LOCK TABLE results IN SHARE MODE');
      bound = Number((await client.query('SELECT coalesce(max(id), 0) AS max FROM results')).rows[0]!.max);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    const { rows } = await this.pool.query('SELECT * FROM results WHERE quiz_id = $1 AND id > $2 AND id <= $3 ORDER BY id LIMIT $4', [
      quizId,
      afterId,
      bound,
      limit,
    ]);
    return rows.map(toResult);
  }

  async countResults(quizId: string): Promise<Counts> {
    const { rows } = await this.pool.query('SELECT count(*) AS total, count(*) FILTER (WHERE late) AS late FROM results WHERE quiz_id = $1', [
      quizId,
    ]);
    return { total: Number(rows[0]!.total), late: Number(rows[0]!.late) };
  }

  async deleteResults(quizId: string): Promise<number> {
    return (await this.pool.query('DELETE FROM results WHERE quiz_id = $1', [quizId])).rowCount ?? 0;
  }

  async addToken(quizId: string, tokenSha256: string, label: string, now: number): Promise<TokenRow> {
    const { rows } = await this.pool.query('INSERT INTO tokens (quiz_id, token_sha256, label, created_at) VALUES ($1, $2, $3, $4) RETURNING *', [
      quizId,
      tokenSha256,
      label,
      new Date(now),
    ]);
    return toToken(rows[0]!);
  }

  async revokeToken(id: number, now: number): Promise<TokenRow | null> {
    const { rows } = await this.pool.query('UPDATE tokens SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2 RETURNING *', [new Date(now), id]);
    return rows[0] ? toToken(rows[0]) : null;
  }

  async listTokens(quizId?: string): Promise<TokenRow[]> {
    const { rows } =
      quizId === undefined
        ? await this.pool.query('SELECT * FROM tokens ORDER BY id')
        : await this.pool.query('SELECT * FROM tokens WHERE quiz_id = $1 ORDER BY id', [quizId]);
    return rows.map(toToken);
  }

  async activeTokenHashes(quizId: string): Promise<string[]> {
    const { rows } = await this.pool.query('SELECT token_sha256 FROM tokens WHERE quiz_id = $1 AND revoked_at IS NULL', [quizId]);
    return rows.map((r) => String(r.token_sha256));
  }

  async quizzesWithTokens(): Promise<Set<string>> {
    const { rows } = await this.pool.query('SELECT DISTINCT quiz_id FROM tokens');
    return new Set(rows.map((r) => String(r.quiz_id)));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
