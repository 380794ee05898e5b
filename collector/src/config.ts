/**
 * The collector's settings, from environment variables (all optional). Every invalid value
 * stops the start with a Chinese sentence naming the variable.
 *
 *   COLLECTOR_HOST             address to listen on (127.0.0.1)
 *   COLLECTOR_PORT             port (8787; 0 = any free port)
 *   DATABASE_URL               postgres://user:password@host:5432/db → PostgreSQL; unset → SQLite
 *   COLLECTOR_DATA_DIR         folder of the SQLite file collector.sqlite (collector/data)
 *   COLLECTOR_SQLITE_SYNCHRONOUS  FULL (default: fsync per commit) or NORMAL (see storage/sqlite.ts)
 *   COLLECTOR_PG_POOL          PostgreSQL connections per process (10)
 *   COLLECTOR_MANIFEST         the site's quiz manifest (dist/quiz/manifest.json)
 *   COLLECTOR_ALLOWED_ORIGINS  comma-separated origins browsers may call from (default: the
 *                              manifest's siteOrigin, i.e. site.config.yaml baseUrl)
 *   COLLECTOR_DEV_ORIGINS      1 → also allow http://127.0.0.1:<any port> and http://localhost:<any port>
 *   COLLECTOR_RATE_LIMIT       requests per minute per client address (1200; 0 = no limit)
 *   COLLECTOR_TRUST_PROXY      behind nginx: 1 / true (trust X-Forwarded-For), a hop count
 *                              ("hops:1"), or comma-separated proxy addresses / CIDRs (default: off)
 *   COLLECTOR_SECRET           receipt signing key (≥ 32 characters); default: generated once and
 *                              kept in the database
 *   COLLECTOR_SAMPLE_TOKENS    0 → do not create and print a sample token per quiz on first start
 *   COLLECTOR_LOG_LEVEL        info (one line per request: method, route, status, time), warn, error, silent
 */
import { isAbsolute, join, resolve } from 'node:path';
import type { SqliteSynchronous } from './storage/sqlite.ts';

/** The project root (collector/src/config.ts → two folders up). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export interface Config {
  host: string;
  port: number;
  databaseUrl?: string;
  sqliteFile: string;
  sqliteSynchronous: SqliteSynchronous;
  pgPoolSize: number;
  manifestFile: string;
  /** null: use the manifest's siteOrigin */
  allowedOrigins: string[] | null;
  devOrigins: boolean;
  /** Requests per minute per address; 0 = off */
  rateLimit: number;
  trustProxy: boolean | number | string[];
  secret?: string;
  sampleTokens: boolean;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
  /** Largest request body, bytes */
  bodyLimit: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name}=${raw} 不对：应为 ${min} 到 ${max} 之间的整数`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} 不对：应为 1 或 0`);
}

function origin(value: string, name: string): string {
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    return u.origin;
  } catch {
    throw new ConfigError(`${name} 中的“${value}”不是网址（应形如 https://pufa.example.gov.cn）`);
  }
}

function trustProxy(raw: string | undefined): boolean | number | string[] {
  const value = raw?.trim();
  if (!value || ['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  const hops = /^hops:(\d{1,2})$/.exec(value);
  if (hops) return Number(hops[1]);
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.every((s) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(s))) return list;
  throw new ConfigError(`COLLECTOR_TRUST_PROXY=${value} 不对：应为 1、hops:1 或代理服务器的地址（如 127.0.0.1,10.0.0.0/8）`);
}

/** Reads the configuration; `cwd` resolves relative paths (npm passes the user's folder as INIT_CWD). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = env.INIT_CWD ?? process.cwd()): Config {
  const path = (value: string | undefined, fallback: string) => (value ? (isAbsolute(value) ? value : resolve(cwd, value)) : fallback);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL 应以 postgres:// 开头（不设置则使用 SQLite）');
  }
  const synchronous = (env.COLLECTOR_SQLITE_SYNCHRONOUS ?? 'FULL').toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') throw new ConfigError('COLLECTOR_SQLITE_SYNCHRONOUS 应为 FULL 或 NORMAL');
  const secret = env.COLLECTOR_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) throw new ConfigError('COLLECTOR_SECRET 太短：至少 32 个字符（可用 openssl rand -base64 32 生成）');
  const logLevel = (env.COLLECTOR_LOG_LEVEL ?? 'info').toLowerCase();
  if (!['info', 'warn', 'error', 'silent'].includes(logLevel)) throw new ConfigError('COLLECTOR_LOG_LEVEL 应为 info、warn、error 或 silent');
  const origins = env.COLLECTOR_ALLOWED_ORIGINS?.trim();
  return {
    host: env.COLLECTOR_HOST?.trim() || '127.0.0.1',
    port: integer(env, 'COLLECTOR_PORT', 8787, 0, 65535),
    databaseUrl,
    sqliteFile: join(path(env.COLLECTOR_DATA_DIR, join(PROJECT_ROOT, 'collector', 'data')), 'collector.sqlite'),
    sqliteSynchronous: synchronous,
    pgPoolSize: integer(env, 'COLLECTOR_PG_POOL', 10, 1, 200),
    manifestFile: path(env.COLLECTOR_MANIFEST, join(PROJECT_ROOT, 'dist', 'quiz', 'manifest.json')),
    allowedOrigins: origins
      ? origins
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => origin(s, 'COLLECTOR_ALLOWED_ORIGINS'))
      : null,
    devOrigins: flag(env, 'COLLECTOR_DEV_ORIGINS', false),
    rateLimit: integer(env, 'COLLECTOR_RATE_LIMIT', 1200, 0, 10_000_000),
    trustProxy: trustProxy(env.COLLECTOR_TRUST_PROXY),
    secret,
    sampleTokens: flag(env, 'COLLECTOR_SAMPLE_TOKENS', true),
    logLevel: logLevel as Config['logLevel'],
    bodyLimit: 2048,
  };
}
