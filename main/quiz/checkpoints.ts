// Moves WAL checkpoints off the answer path. With SQLite's automatic checkpoint, every few hundred
// answers one of them pays for copying the WAL back into the database (5–15 ms here, against a 2 ms
// p99 budget), and the first write after any checkpoint pays for restarting the WAL (~4 ms here). So the
// automatic checkpoint is turned off for this connection, and a PASSIVE checkpoint runs only at an idle
// moment once enough writes have piled up (or every 10 minutes if any have): the restart cost then lands
// on one answer in hundreds. SQLite also checkpoints when the connection closes, and a crash loses
// nothing (the WAL is replayed on open). Node only.
import type Database from 'better-sqlite3';

export interface IdleCheckpoints {
  /** Call after a write; a checkpoint follows at the next pause once `batch` writes have accumulated. */
  wrote(): void;
  /** Runs a checkpoint now (between requests), returning the WAL frames still not copied back. */
  runNow(): number;
  stop(): void;
}

export function idleCheckpoints(db: Database.Database, options: { batch?: number; idleMs?: number; everyMs?: number } = {}): IdleCheckpoints {
  const batch = options.batch ?? 500;
  const idleMs = options.idleMs ?? 1500;
  db.pragma('wal_autocheckpoint = 0');
  let pending = 0;
  let idle: NodeJS.Timeout | null = null;
  const runNow = (): number => {
    pending = 0;
    if (!db.open) return 0;
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    return row ? row.log - row.checkpointed : 0;
  };
  const periodic = setInterval(() => pending > 0 && runNow(), options.everyMs ?? 600_000);
  periodic.unref();
  return {
    wrote() {
      pending++;
      if (pending < batch) return;
      if (idle) clearTimeout(idle);
      idle = setTimeout(runNow, idleMs);
      idle.unref();
    },
    runNow,
    stop() {
      clearInterval(periodic);
      if (idle) clearTimeout(idle);
    },
  };
}
