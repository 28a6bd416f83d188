// dispatch(): the single entry both transports share — method lookup, input validation, error mapping.
import { describe, expect, it } from 'vitest';
import type { CallContext, Handlers } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import { createDispatch, httpStatusOf } from '../../main/dispatch';
import { memoryLogger } from '../../main/log';

const ctx: CallContext = { transport: 'test', emit: () => undefined };

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return new Proxy(overrides as Handlers, { get: (t, k) => (t as Record<string | symbol, unknown>)[k] ?? unused });
}

describe('dispatch', () => {
  it('runs the handler with the parsed input and wraps the result', async () => {
    let seen: unknown;
    const dispatch = createDispatch(
      handlersWith({
        'lessons.get': (input) => {
          seen = input;
          throw new ApiError('NOT_FOUND', 'no lesson with id "x"');
        },
        'lessons.search': ({ query }) => [{ lessonId: 'a', title: query, titleRanges: [], snippet: '', ranges: [], score: 1 }],
      }),
      memoryLogger(),
    );
    const ok = await dispatch('lessons.search', { query: 'cmd' }, ctx);
    expect(ok).toEqual({ ok: true, value: [{ lessonId: 'a', title: 'cmd', titleRanges: [], snippet: '', ranges: [], score: 1 }] });
    const missing = await dispatch('lessons.get', { id: 'x' }, ctx);
    expect(seen).toEqual({ id: 'x' });
    expect(missing).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no lesson with id "x"' } });
  });

  it('rejects an unknown method with NOT_FOUND naming it', async () => {
    const dispatch = createDispatch(handlersWith({}), memoryLogger());
    expect(await dispatch('lessons.delete', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'unknown API method "lessons.delete"' },
    });
    // Inherited object keys are not methods either.
    expect((await dispatch('toString', {}, ctx)).ok).toBe(false);
  });

  it('rejects invalid input with BAD_INPUT naming the method and the field path', async () => {
    const dispatch = createDispatch(handlersWith({ 'lessons.get': () => ({}) as never }), memoryLogger());
    const wrongType = await dispatch('lessons.get', { id: 42 }, ctx);
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) {
      expect(wrongType.error.code).toBe('BAD_INPUT');
      expect(wrongType.error.message).toMatch(/^lessons\.get: id: .*expected string/);
    }
    const extra = await dispatch('lessons.setRead', { id: 'a', read: true, when: 'now' }, ctx);
    expect(!extra.ok && extra.error.message).toMatch(/^lessons\.setRead: .*when/);
    const notObject = await dispatch('lessons.search', 'cmd', ctx);
    expect(!notObject.ok && notObject.error.message).toMatch(/^lessons\.search: \(input\): /);
  });

  it('maps unexpected exceptions to INTERNAL without leaking their text, and logs them', async () => {
    const log = memoryLogger();
    const dispatch = createDispatch(
      handlersWith({
        'lessons.list': () => {
          throw new TypeError('secret detail');
        },
      }),
      log,
    );
    const result = await dispatch('lessons.list', {}, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'lessons.list failed unexpectedly; see the application log' } });
    expect(log.lines).toEqual(['error: lessons.list failed unexpectedly: secret detail']);
  });

  it('maps error codes to HTTP statuses', () => {
    expect([httpStatusOf('BAD_INPUT'), httpStatusOf('FORBIDDEN'), httpStatusOf('NOT_FOUND'), httpStatusOf('INTERNAL')]).toEqual([400, 403, 404, 500]);
  });
});
