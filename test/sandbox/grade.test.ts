// The grader on hand-made views: each check kind passes and fails for the right reason, and the
// exercise schema rejects bad checks with the field named.
import { describe, expect, it } from 'vitest';
import { grade, repositoryOf, finalBaseImage } from '../../core/exercises/grade';
import type { GradingView } from '../../core/exercises/view';
import { exerciseSchema, describeIssues, type Check } from '../../core/exercises/schema';

function view(over: Partial<GradingView> = {}): GradingView {
  return {
    errors: [],
    lintIds: [],
    directives: {},
    config: { Env: ['PATH=/bin', 'A=1'], User: '', ExposedPorts: { '80/tcp': {} }, Healthcheck: { Test: ['NONE'] } },
    stages: [{ name: 'build', from: 'golang:1.26' }, { name: null, from: 'build' }],
    finalStage: 1,
    files: new Map([['/app/x', { type: 'file', content: 'hello' }]]),
    layerCount: 2,
    wastedBytes: 0,
    contextSent: new Set(['a']),
    run: () => ({ argv: ['sh'] }),
    cacheAfter: () => [{ text: 'RUN npm ci', hit: false, reason: 'inputs changed' }],
    ...over,
  };
}

const m = { pass: 'good job', fail: 'not yet' };

describe('grade', () => {
  const cases: [string, Check, boolean][] = [
    ['config equals', { kind: 'config', field: 'User', equals: '', ...m }, true],
    ['config has key', { kind: 'config', field: 'ExposedPorts', has: '80/tcp', ...m }, true],
    ['config has missing', { kind: 'config', field: 'ExposedPorts', has: '81/tcp', ...m }, false],
    ['config key', { kind: 'config', field: 'Healthcheck', key: 'Test', equals: ['NONE'], ...m }, true],
    ['config absent', { kind: 'config', field: 'Volumes', absent: true, ...m }, true],
    ['env value', { kind: 'env', name: 'A', value: '1', ...m }, true],
    ['env wrong value', { kind: 'env', name: 'A', value: '2', ...m }, false],
    ['env absent', { kind: 'env', name: 'B', absent: true, ...m }, true],
    ['file present with text', { kind: 'file', path: '/app/x', present: true, contains: 'hell', ...m }, true],
    ['file of the wrong type', { kind: 'file', path: '/app/x', present: true, type: 'dir', ...m }, false],
    ['file absent', { kind: 'file', path: '/app/y', present: false, ...m }, true],
    ['layers max', { kind: 'layers', max: 1, ...m }, false],
    ['stages min', { kind: 'stages', min: 2, ...m }, true],
    ['final base follows stage links', { kind: 'finalBase', notFrom: ['golang'], ...m }, false],
    ['run argv', { kind: 'run', args: [], argv: ['sh'], ...m }, true],
    ['directive', { kind: 'directive', name: 'escape', value: '`', ...m }, false],
    ['cache', { kind: 'cache', change: [{ path: 'a', content: '' }], cached: 'npm ci', ...m }, false],
    ['context', { kind: 'context', paths: ['a'], sent: true, ...m }, true],
    ['wasted', { kind: 'wasted', max: 0, ...m }, true],
    ['noLint', { kind: 'noLint', ids: ['DL3006'], ...m }, true],
    ['builds', { kind: 'builds', ...m }, true],
  ];
  it.each(cases)('%s', (_name, check, expected) => {
    const r = grade([check], view());
    expect(r.results[0]!.passed).toBe(expected);
    expect(r.results[0]!.message).toBe(expected ? 'good job' : 'not yet');
    expect(r.passed).toBe(expected);
  });

  it('scores partial success and explains a failure', () => {
    const r = grade([{ kind: 'builds', ...m }, { kind: 'noLint', ids: ['DL3006'], ...m }], view({ lintIds: ['DL3006'] }));
    expect(r.score).toBe(0.5);
    expect(r.results[1]!.detail).toBe('still reported: DL3006');
  });

  it('counts a check whose evaluation throws as failed, with the reason', () => {
    const r = grade([{ kind: 'run', args: [], argv: ['x'], ...m }], view({ run: () => { throw new Error('boom'); } }));
    expect(r.results[0]).toMatchObject({ passed: false, detail: 'could not evaluate: boom' });
  });

  it('reads image repositories the way Docker names them', () => {
    expect(repositoryOf('docker.io/library/golang:1.26-alpine')).toBe('golang');
    expect(repositoryOf('localhost:5000/team/app@sha256:abc')).toBe('localhost:5000/team/app');
    expect(finalBaseImage(view())).toBe('golang:1.26');
  });
});

describe('exercise schema', () => {
  it('names the field of a bad check', () => {
    const r = exerciseSchema.safeParse({
      id: 'x-y', title: 'Title', lesson: 'workdir-user-expose-volume', difficulty: 1, prompt: 'A prompt that is long enough.',
      starter: { dockerfile: 'FROM busybox' }, solution: { dockerfile: 'FROM busybox' }, hints: ['a hint'],
      checks: [{ kind: 'config', field: 'User', equals: 'a', has: 'b', pass: 'good job', fail: 'not yet' }, { kind: 'file', path: 'relative', present: true, pass: 'good job', fail: 'not yet' }],
    });
    expect(r.success).toBe(false);
    const issues = describeIssues(r.error!);
    expect(issues.some((i) => i.startsWith('checks.0') && /exactly one of equals, has or absent/.test(i))).toBe(true);
    expect(issues.some((i) => i.startsWith('checks.1.path'))).toBe(true);
  });

  it('refuses a context path that leaves the context', () => {
    const r = exerciseSchema.safeParse({
      id: 'x-y', title: 'Title', lesson: 'l', difficulty: 1, prompt: 'A prompt that is long enough.',
      starter: { dockerfile: 'FROM busybox', context: [{ path: '../secret', content: '' }] }, solution: { dockerfile: 'FROM busybox' }, hints: ['a hint'],
      checks: [{ kind: 'builds', pass: 'good job', fail: 'not yet' }],
    });
    expect(describeIssues(r.error!)).toEqual(['starter.context.0.path: must be relative and stay inside the context']);
  });
});
