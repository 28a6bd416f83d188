// The quiz and exam methods through the one dispatcher both transports use: validated input with
// errors that name the field, and a full round trip (queue → answer → undo, settings, exam).
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../core/api/contract';
import { createDispatch } from '../../main/dispatch';
import { memoryLogger } from '../../main/log';
import { createHandlers } from '../../main/services/index';
import { copyBank, openTestDb, tempDir } from './helpers';
import { backupNow, listBackups } from '../../main/quiz/backup';

const ctx: CallContext = { transport: 'test', emit: () => {} };
const dbs: Array<{ close(): void }> = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));

function setup() {
  const dir = tempDir();
  const db = openTestDb(path.join(dir, 'drydock.sqlite'));
  dbs.push(db);
  const handlers = createHandlers({ db, contentDir: dir, quizzesDir: copyBank(path.join(dir, 'quizzes')), dataDir: dir, now: () => new Date('2026-03-02T10:00:00Z') });
  const call = createDispatch(handlers, memoryLogger());
  return { call: (method: string, input: unknown) => call(method, input, ctx), db, dir };
}

describe('quiz API through dispatch', () => {
  it('restores the oldest of seven backups (the safety copy made first does not push it out)', async () => {
    const { call, db, dir } = setup();
    await call('quiz.health', {}); // the service starts and makes today's backup
    for (let d = 1; d <= 6; d++) await backupNow(db, dir, `2026-02-0${d}`); // queued behind it
    expect(listBackups(dir).map((b) => b.name)).toEqual(['drydock-2026-03-02.sqlite', ...[6, 5, 4, 3, 2, 1].map((d) => `drydock-2026-02-0${d}.sqlite`)]);
    const r = await call('quiz.restoreBackup', { name: 'drydock-2026-02-01.sqlite' });
    expect(r).toMatchObject({ ok: true, value: { restored: 'drydock-2026-02-01.sqlite', safetyBackup: 'drydock-2026-03-02-2.sqlite' } });
    const names = listBackups(dir).map((b) => b.name);
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('drydock-2026-03-02-2.sqlite');
    expect(names).not.toContain('drydock-2026-02-01.sqlite'); // pruned only after it was restored
  });

  it('rejects bad input naming the field', async () => {
    const { call } = setup();
    const bad = await call('quiz.answer', { id: 'fx-quorum-001', grade: 7, durationMs: 100 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('grade') } });
    const settings = await call('quiz.updateSettings', { change: { desiredRetention: 2 } });
    expect(settings).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('desiredRetention') } });
    const missing = await call('quiz.answer', { id: 'no-such-card', grade: 3, durationMs: 100 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'no card with id "no-such-card"' } });
    const corrupt = await call('quiz.import', { json: '{"format":"drydock-progress","version":1}' });
    expect(corrupt).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/nothing was imported[\s\S]*exportedAt/) } });
  });

  it('round-trips a review, an undo, a settings change and a short exam', async () => {
    const { call } = setup();
    const q = (await call('quiz.queue', {})) as { ok: true; value: { cards: Array<{ id: string }>; counts: { new: number } } };
    expect(q.value.counts.new).toBe(8);
    const id = q.value.cards[0]!.id;
    expect(await call('quiz.answer', { id, grade: 3, durationMs: 1200 })).toMatchObject({ ok: true, value: { id, state: 'learning' } });
    expect(await call('quiz.undo', {})).toEqual({ ok: true, value: { id } });
    expect(await call('quiz.updateSettings', { change: { newPerDay: 2 } })).toMatchObject({ ok: true, value: { newPerDay: 2, desiredRetention: 0.9 } });
    expect(await call('quiz.queue', {})).toMatchObject({ ok: true, value: { counts: { new: 2 } } });
    const exam = (await call('exam.start', { size: 3, seed: 4 })) as { ok: true; value: { id: number; items: unknown[] } };
    expect(exam.value.items).toHaveLength(3);
    const report = await call('exam.submit', { id: exam.value.id });
    expect(report).toMatchObject({ ok: true, value: { total: 3, correct: 0 } });
    expect(await call('exam.list', {})).toMatchObject({ ok: true, value: [{ id: exam.value.id, percent: 0, passed: false }] });
  });
});
