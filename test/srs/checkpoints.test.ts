// Idle WAL checkpoints: the automatic checkpoint is off, and a checkpoint runs only after a batch of
// writes and a pause.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleCheckpoints } from '../../main/quiz/checkpoints';
import { openTestDb, tempDir } from './helpers';

afterEach(() => vi.useRealTimers());

describe('idle checkpoints', () => {
  it('turns off the automatic checkpoint and checkpoints after a batch of writes and a pause', () => {
    vi.useFakeTimers();
    const db = openTestDb(path.join(tempDir(), 'c.sqlite'));
    const cp = idleCheckpoints(db, { batch: 3, idleMs: 100 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const spy = vi.spyOn(db, 'pragma');
    for (let i = 0; i < 2; i++) {
      db.prepare("INSERT INTO srs_setting (key, value) VALUES (?, 'x')").run(`k${i}`);
      cp.wrote();
    }
    vi.advanceTimersByTime(1000);
    expect(spy).not.toHaveBeenCalledWith('wal_checkpoint(PASSIVE)');
    db.prepare("INSERT INTO srs_setting (key, value) VALUES ('k3', 'x')").run();
    cp.wrote();
    vi.advanceTimersByTime(99);
    expect(spy).not.toHaveBeenCalledWith('wal_checkpoint(PASSIVE)');
    vi.advanceTimersByTime(1);
    expect(spy).toHaveBeenCalledWith('wal_checkpoint(PASSIVE)');
    expect(cp.runNow()).toBe(0); // everything copied back
    cp.stop();
    db.close();
  });
});
