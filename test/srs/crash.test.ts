// Killing the app mid-session loses at most the answer in flight: a child process answers cards in a
// loop and is killed with SIGKILL; every answer it reported as committed must be in the database, and
// each card's state must agree with its log.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../main/quiz/backup';
import { openTestDb, tempDir } from './helpers';

const CHILD = fileURLToPath(new URL('./child-session.ts', import.meta.url));

describe('kill -9 mid-session', () => {
  it('keeps every committed answer and a consistent database', async () => {
    const dir = tempDir('drydock-crash-');
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { cwd: path.resolve(CHILD, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let committed = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killed = new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^committed (\d+)$/.exec(line);
          if (m) committed = Number(m[1]);
        }
        if (committed >= 150 && !child.killed) child.kill('SIGKILL');
      });
      child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed: ${stderr}`))));
    });
    await killed;
    expect(committed).toBeGreaterThanOrEqual(150);

    const db = openTestDb(path.join(dir, 'drydock.sqlite'));
    try {
      expect(integrityCheck(db)).toEqual({ ok: true, problems: [] });
      const logged = (db.prepare('SELECT COUNT(*) AS n FROM srs_review').get() as { n: number }).n;
      // Everything reported is there; at most the answer in flight beyond that (it may have committed
      // before its line was printed). "close" fires after the pipe is drained, so every printed line was read.
      expect(logged).toBeGreaterThanOrEqual(committed);
      expect(logged).toBeLessThanOrEqual(committed + 1);
      // Card state and log agree: reps equals the number of log rows for every card.
      const mismatched = db
        .prepare('SELECT c.id, c.reps, (SELECT COUNT(*) FROM srs_review r WHERE r.card_id = c.id) AS logged FROM srs_card c WHERE c.reps <> (SELECT COUNT(*) FROM srs_review r WHERE r.card_id = c.id)')
        .all();
      expect(mismatched).toEqual([]);
      const daily = (db.prepare('SELECT COALESCE(SUM(reviews), 0) AS n FROM srs_daily').get() as { n: number }).n;
      expect(daily).toBe(logged);
    } finally {
      db.close();
    }
  }, 60_000);
});
