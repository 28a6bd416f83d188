// Sandbox handlers over a real SQLite database: drafts round-trip (autosave, reopen), names are unique,
// exercises open with a starter draft, Check grades with the engine and records attempts and progress.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/store/db';
import { createHandlers } from '../../main/services/index';
import type { Handlers, CallContext } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';

const ctx: CallContext = { transport: 'test', emit: () => {} };
const realContent = join(__dirname, '../../content');

let dir: string;
let handlers: Handlers;
let close: () => void;
let clock = new Date('2026-01-01T10:00:00Z');

function setup(contentDir: string) {
  const { db } = openDatabase({ dataDir: join(dir, 'data') });
  close = () => db.close();
  handlers = createHandlers({ db, contentDir, quizzesDir: join(dir, 'quizzes'), dataDir: join(dir, 'data'), now: () => clock });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drydock-sandbox-'));
  clock = new Date('2026-01-01T10:00:00Z');
});
afterEach(() => {
  close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('drafts', () => {
  beforeEach(() => setup(realContent));

  it('create, autosave and reopen keep the text and the context', async () => {
    const d = await handlers['sandbox.createDraft']({ name: 'web' }, ctx);
    expect(d.dockerfile).toContain('FROM busybox');
    clock = new Date('2026-01-01T10:05:00Z');
    await handlers['sandbox.saveDraft']({ id: d.id, dockerfile: 'FROM alpine\n', context: [{ path: '.dockerignore', content: '*.md\n' }] }, ctx);
    const again = await handlers['sandbox.getDraft']({ id: d.id }, ctx);
    expect(again.dockerfile).toBe('FROM alpine\n');
    expect(again.context).toEqual([{ path: '.dockerignore', content: '*.md\n' }]);
    expect(again.updatedAt).toBe('2026-01-01T10:05:00.000Z');
    expect((await handlers['sandbox.listDrafts']({}, ctx)).map((x) => x.name)).toEqual(['web']);
  });

  it('refuses a second draft with the same name, and renames', async () => {
    const a = await handlers['sandbox.createDraft']({ name: 'a' }, ctx);
    await handlers['sandbox.createDraft']({ name: 'b' }, ctx);
    await expect(async () => handlers['sandbox.createDraft']({ name: 'a' }, ctx)).rejects.toThrow(/already exists/);
    await expect(async () => handlers['sandbox.renameDraft']({ id: a.id, name: 'b' }, ctx)).rejects.toThrow(/already exists/);
    expect((await handlers['sandbox.renameDraft']({ id: a.id, name: 'c' }, ctx)).name).toBe('c');
  });

  it('reports a missing draft as NOT_FOUND and deletes', async () => {
    const a = await handlers['sandbox.createDraft']({ name: 'a' }, ctx);
    expect((await handlers['sandbox.deleteDraft']({ id: a.id }, ctx)).deleted).toBe(true);
    try {
      await handlers['sandbox.getDraft']({ id: a.id }, ctx);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('NOT_FOUND');
    }
  });
});

describe('exercises', () => {
  beforeEach(() => setup(realContent));

  it('opens an exercise with a draft made from the starter, and keeps it on reopen', async () => {
    const first = await handlers['exercises.open']({ id: 'workdir-chain' }, ctx);
    expect(first.draft.dockerfile).toBe(first.exercise.starter.dockerfile);
    await handlers['sandbox.saveDraft']({ id: first.draft.id, dockerfile: 'FROM busybox\n', context: [] }, ctx);
    const again = await handlers['exercises.open']({ id: 'workdir-chain' }, ctx);
    expect(again.draft.id).toBe(first.draft.id);
    expect(again.draft.dockerfile).toBe('FROM busybox\n');
    // Exercise drafts are not listed among scratch drafts.
    expect(await handlers['sandbox.listDrafts']({}, ctx)).toEqual([]);
  });

  it('grades, records attempts and the best score, and lists the exercise as solved', async () => {
    const { exercise } = await handlers['exercises.open']({ id: 'workdir-chain' }, ctx);
    const failing = await handlers['exercises.check']({ id: exercise.id, dockerfile: exercise.starter.dockerfile, context: exercise.starter.context }, ctx);
    expect(failing.report.passed).toBe(false);
    expect(failing.progress).toMatchObject({ attempts: 1, solved: false });
    const solution = exercise.solution.dockerfile;
    const passing = await handlers['exercises.check']({ id: exercise.id, dockerfile: solution, context: exercise.starter.context }, ctx);
    expect(passing.report.passed).toBe(true);
    expect(passing.progress).toMatchObject({ attempts: 2, best: 1, solved: true });
    const list = await handlers['exercises.list']({}, ctx);
    expect(list.exercises.find((e) => e.id === exercise.id)).toMatchObject({ solved: true, attempts: 2 });
    expect(list.exercises.filter((e) => e.solved)).toHaveLength(1);
    // The checked text is what the learner finds when reopening.
    expect((await handlers['exercises.open']({ id: exercise.id }, ctx)).draft.dockerfile).toBe(solution);
  });

  it('lists exercises in course order (curriculum lesson order)', async () => {
    const ids = (await handlers['exercises.list']({}, ctx)).exercises.map((e) => e.lesson);
    expect(ids.indexOf('parser-directives')).toBeLessThan(ids.indexOf('cmd-vs-entrypoint'));
    expect(ids.indexOf('cmd-vs-entrypoint')).toBeLessThan(ids.indexOf('multi-stage-builds'));
  });

  it('an unknown exercise is NOT_FOUND', async () => {
    await expect(async () => handlers['exercises.open']({ id: 'nope' }, ctx)).rejects.toThrow(/no exercise with id "nope"/);
  });
});

describe('exercise loading', () => {
  it('reports a bad file with the file and field, and loads the others', async () => {
    const content = join(dir, 'content');
    mkdirSync(join(content, 'exercises'), { recursive: true });
    copyFileSync(join(realContent, 'curriculum.yaml'), join(content, 'curriculum.yaml'));
    copyFileSync(join(realContent, 'exercises/workdir-chain.yaml'), join(content, 'exercises/workdir-chain.yaml'));
    writeFileSync(join(content, 'exercises/broken.yaml'), 'id: broken\ntitle: Broken one\nlesson: no-such-lesson\ndifficulty: 7\n');
    setup(content);
    const list = await handlers['exercises.list']({}, ctx);
    expect(list.exercises.map((e) => e.id)).toEqual(['workdir-chain']);
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0]!.file).toBe('exercises/broken.yaml');
    expect(list.problems[0]!.problems.join('\n')).toMatch(/difficulty/);
    expect(list.problems[0]!.problems.join('\n')).toMatch(/prompt/);
  });

  it('rejects an exercise whose lesson is not in the curriculum', async () => {
    const content = join(dir, 'content');
    mkdirSync(join(content, 'exercises'), { recursive: true });
    copyFileSync(join(realContent, 'curriculum.yaml'), join(content, 'curriculum.yaml'));
    const text = (await import('node:fs')).readFileSync(join(realContent, 'exercises/workdir-chain.yaml'), 'utf8').replace('lesson: workdir-user-expose-volume', 'lesson: no-such-lesson');
    writeFileSync(join(content, 'exercises/workdir-chain.yaml'), text);
    setup(content);
    const list = await handlers['exercises.list']({}, ctx);
    expect(list.problems[0]!.problems).toEqual(['lesson: "no-such-lesson" is not in content/curriculum.yaml']);
  });
});
