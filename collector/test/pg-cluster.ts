/**
 * A throwaway PostgreSQL cluster for tests and the benchmark: initdb in a temporary folder, started
 * with pg_ctl on a free loopback port, as a non-root user (PostgreSQL refuses to run as root:
 * under root the folder is given to the `postgres` system user, which Debian's package creates,
 * and the programs run through runuser). Trust authentication on 127.0.0.1 only.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  /** postgres://collector@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  /** A connection string for another database of the cluster */
  urlFor(database: string): string;
  /** Stops the server (mode immediate = like a crash: recovery from the WAL on the next start) */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  /** Stops and removes the folder */
  destroy(): void;
}

export class PgUnavailableError extends Error {}

/** The bin folder of the newest installed PostgreSQL, or PG_BIN. */
export function findPgBin(): string | null {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Initialises and starts a cluster; throws PgUnavailableError with the reason when it cannot. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin)
    throw new PgUnavailableError(
      "PostgreSQL is not installed: run `bash scripts/ensure-postgres.sh` (as root it installs Debian's postgresql), or set PG_BIN",
    );
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'collector-pg-'));
  const data = join(dir, 'data');
  const run = (program: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, program);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    return execFileSync(command, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
  };
  try {
    if (asRoot)
      chownSync(
        dir,
        Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
        Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
      );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new PgUnavailableError(
      `running as root, but there is no \`postgres\` system user to run PostgreSQL as (${(error as Error).message.split('\n')[0]})`,
    );
  }
  const port = await freePort();
  const log = join(dir, 'server.log');
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=200 -c shared_buffers=128MB`;
  try {
    run('initdb', ['-D', data, '-U', 'collector', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new PgUnavailableError(`initdb failed: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  }
  const start = () => {
    try {
      run('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
    } catch (error) {
      throw new PgUnavailableError(`pg_ctl start failed: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
    }
  };
  const stop = (mode: 'fast' | 'immediate' = 'fast') => {
    run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  };
  try {
    start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const urlFor = (database: string) => `postgres://collector@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    port,
    dir,
    urlFor,
    stop,
    start,
    destroy() {
      try {
        stop('fast');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
