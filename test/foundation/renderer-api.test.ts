// @vitest-environment jsdom
// The renderer's API client and HTTP transport: envelopes unwrapped into values or ApiErrors, the token
// taken from the URL into sessionStorage and out of the address bar.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../renderer/api/client';
import { createHttpTransport, takeToken } from '../../renderer/api/transport.http';
import type { Transport } from '../../renderer/api/transport';
import { ApiError } from '../../core/api/errors';

function fakeTransport(reply: (method: string, input: unknown) => unknown): Transport & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    kind: 'test',
    calls,
    async invoke(method, input) {
      calls.push([method, input]);
      return reply(method, input) as never;
    },
    on: () => () => undefined,
  };
}

describe('createApiClient', () => {
  it('forwards the method name and input, and returns the value', async () => {
    const t = fakeTransport(() => ({ ok: true, value: { read: ['a'] } }));
    const api = createApiClient(t);
    expect(await api['lessons.setRead']({ id: 'a', read: true })).toEqual({ read: ['a'] });
    expect(t.calls).toEqual([['lessons.setRead', { id: 'a', read: true }]]);
  });

  it('throws an ApiError carrying the code and message of an error envelope', async () => {
    const api = createApiClient(fakeTransport(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'no lesson with id "x"' } })));
    const err = await api['lessons.get']({ id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'no lesson with id "x"' });
  });

  it('is not thenable, so awaiting the client itself makes no call', async () => {
    const t = fakeTransport(() => ({ ok: true, value: 1 }));
    const api = createApiClient(t);
    expect(await Promise.resolve(api)).toBe(api);
    expect(t.calls).toEqual([]);
  });
});

describe('HTTP transport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('takes the token from the URL, stores it for reloads and removes it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc123&x=1#/lessons/a');
    expect(takeToken(window.location, sessionStorage, history)).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#/lessons/a');
    history.replaceState(null, '', '/#/lessons/a');
    expect(takeToken(window.location, sessionStorage, history)).toBe('abc123');
  });

  it('posts JSON with the token header and returns the envelope, whatever the status', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message: 'lessons.get: id: bad' } }), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    const envelope = await createHttpTransport('tok').invoke('lessons.get', { id: 1 });
    expect(envelope).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'lessons.get: id: bad' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/lessons.get');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Drydock-Token']).toBe('tok');
    expect(init.body).toBe('{"id":1}');
  });

  it('turns a dead server into UNAVAILABLE and a missing token into FORBIDDEN, without throwing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await createHttpTransport('tok').invoke('lessons.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await createHttpTransport(undefined).invoke('lessons.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
