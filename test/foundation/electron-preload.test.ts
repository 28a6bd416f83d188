// The sandboxed preload exposes exactly window.drydock = { invoke, on } over the two Drydock channels.
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const state = { exposed: new Map<string, unknown>(), invoked: [] as unknown[][], listeners: new Map<string, Set<Listener>>() };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => state.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        state.invoked.push(args);
        return { ok: true, value: 'pong' };
      },
      on: (channel: string, fn: Listener) => {
        if (!state.listeners.has(channel)) state.listeners.set(channel, new Set());
        state.listeners.get(channel)!.add(fn);
      },
      removeListener: (channel: string, fn: Listener) => state.listeners.get(channel)?.delete(fn),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('Electron preload', () => {
  let bridge: { invoke: (m: string, i: unknown) => Promise<unknown>; on: (e: string, fn: (p: unknown) => void) => () => void };

  beforeAll(async () => {
    await import('../../main/electron/preload');
    bridge = fake.state.exposed.get('drydock') as typeof bridge;
  });

  it('exposes only invoke and on, under window.drydock', () => {
    expect([...fake.state.exposed.keys()]).toEqual(['drydock']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('sends calls on drydock:invoke', async () => {
    expect(await bridge.invoke('lessons.list', {})).toEqual({ ok: true, value: 'pong' });
    expect(fake.state.invoked).toEqual([['drydock:invoke', 'lessons.list', {}]]);
  });

  it('delivers only the subscribed event from drydock:event, until unsubscribed', () => {
    const got: unknown[] = [];
    const off = bridge.on('progress', (p) => got.push(p));
    const emit = (name: string, payload: unknown) => fake.state.listeners.get('drydock:event')?.forEach((fn) => fn({}, name, payload));
    emit('progress', { done: 1 });
    emit('log', { line: 'x' });
    off();
    emit('progress', { done: 2 });
    expect(got).toEqual([{ done: 1 }]);
  });
});
