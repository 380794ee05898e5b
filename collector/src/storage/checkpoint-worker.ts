/**
 * SQLite WAL checkpoints on a thread of their own. Copying the WAL back into the database file
 * and fsyncing it takes tens of milliseconds once the WAL holds a few megabytes; done by the
 * connection that commits (SQLite's automatic checkpoint), it would stall the event loop and
 * every request waiting on it. This thread opens its own connection and runs PASSIVE checkpoints
 * (which never block writers) every `intervalMs`; on 'close' it runs a final TRUNCATE checkpoint.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

const { file, intervalMs } = workerData as { file: string; intervalMs: number };
const db = new DatabaseSync(file, { timeout: 5000 });
db.exec('PRAGMA synchronous = FULL');

const checkpoint = (mode: 'PASSIVE' | 'TRUNCATE') => {
  try {
    db.exec(`PRAGMA wal_checkpoint(${mode})`);
  } catch {
    // busy or closing: the next round (or the next start) catches up
  }
};
const timer = setInterval(() => checkpoint('PASSIVE'), intervalMs);

parentPort!.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint('TRUNCATE');
  db.close();
  parentPort!.postMessage('closed');
});
