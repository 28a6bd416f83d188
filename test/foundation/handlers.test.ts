// Lesson and app handlers called directly (no transport), on the fixture content and a temp database.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import { openRuntime, type Runtime } from '../../main/app/runtime';
import { memoryLogger } from '../../main/log';
import { createHandlers } from '../../main/services/index';
import { openDatabase } from '../../main/store/db';
import { FIXTURE_CONTENT, tempDir } from './helpers';

const ctx: CallContext = { transport: 'test', emit: () => undefined };

describe('lesson handlers', () => {
  let dataDir: string;
  let close: () => void;
  let h: ReturnType<typeof createHandlers>;

  beforeEach(() => {
    dataDir = tempDir();
    const { db } = openDatabase({ dataDir });
    close = () => db.close();
    h = createHandlers({ db, contentDir: FIXTURE_CONTENT, quizzesDir: dataDir, dataDir, now: () => new Date('2026-01-02T03:04:05Z') });
  });
  afterEach(() => close());

  it('lists summaries without bodies, in course order, with no lesson read yet', async () => {
    const { lessons, read } = await h['lessons.list']({}, ctx);
    expect(lessons.map((l) => l.id)).toEqual(['parser-directives', 'cmd-vs-entrypoint', 'image-layers']);
    expect(lessons.every((l) => !('body' in l))).toBe(true);
    expect(read).toEqual([]);
  });

  it('gets one lesson with its body, and NOT_FOUND for an unknown id', async () => {
    const { lesson, read } = await h['lessons.get']({ id: 'image-layers' }, ctx);
    expect(lesson.title).toBe('Image layers and copy-on-write');
    expect(lesson.body).toContain('copies the\nfile up');
    expect(read).toBe(false);
    await expect(async () => h['lessons.get']({ id: 'nope' }, ctx)).rejects.toThrow(new ApiError('NOT_FOUND', 'no lesson with id "nope"'));
  });

  it('stores the read mark, reports it everywhere, and clears it', async () => {
    expect(await h['lessons.setRead']({ id: 'image-layers', read: true }, ctx)).toEqual({ read: ['image-layers'] });
    expect(await h['lessons.setRead']({ id: 'image-layers', read: true }, ctx)).toEqual({ read: ['image-layers'] });
    expect((await h['lessons.get']({ id: 'image-layers' }, ctx)).read).toBe(true);
    expect((await h['lessons.list']({}, ctx)).read).toEqual(['image-layers']);
    expect(await h['lessons.setRead']({ id: 'image-layers', read: false }, ctx)).toEqual({ read: [] });
    await expect(async () => h['lessons.setRead']({ id: 'ghost', read: true }, ctx)).rejects.toThrow(/no lesson with id "ghost"/);
  });

  it('searches titles and bodies', async () => {
    const hits = await h['lessons.search']({ query: 'entrypoint' }, ctx);
    expect(hits[0]!.lessonId).toBe('cmd-vs-entrypoint');
  });
});

describe('app.status', () => {
  let runtime: Runtime | undefined;
  afterEach(() => runtime?.close());

  it('reports content problems and a database that was moved aside', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'drydock.sqlite'), 'definitely not sqlite '.repeat(300));
    const log = memoryLogger();
    runtime = openRuntime({ dataDir, contentDir: FIXTURE_CONTENT, quizzesDir: dataDir, version: '1.2.3', log });
    const result = await runtime.dispatch('app.status', {}, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const status = result.value as { version: string; notices: Array<{ kind: string; message: string }>; databaseFile: string };
    expect(status.version).toBe('1.2.3');
    expect(status.databaseFile).toBe(path.join(dataDir, 'drydock.sqlite'));
    expect(status.notices.map((n) => n.kind)).toEqual(['corrupt-database', 'content-error']);
    expect(status.notices[0]!.message).toMatch(/moved aside to .*drydock\.sqlite\.corrupt-/);
    expect(status.notices[1]!.message).toContain('lessons/images/bad-front-matter.md: domain');
    expect(log.lines.some((l) => l.startsWith('warn: Your progress database was damaged'))).toBe(true);
  });
});
