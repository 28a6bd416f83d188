// Electron's main process, run against a stand-in `electron` module (the real binary cannot be downloaded
// here): single-instance lock, privileged app:// scheme, a sandboxed window loading app://drydock, IPC that
// answers only the app's main frame, and navigation/popups refused.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT, ROOT, tempDir } from './helpers';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Listener>(),
    ipc: new Map<string, Listener>(),
    windows: [] as Array<{ options: Record<string, unknown>; loaded: string[] }>,
    protocolHandler: undefined as undefined | ((req: { url: string }) => Promise<Response>),
    schemes: [] as unknown[],
    lockRequested: false,
    userData: '',
    openedExternally: [] as string[],
  };
  class BrowserWindow {
    readonly webContents = { send: () => undefined };
    readonly record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      state.windows.push(this.record);
    }
    once() {}
    show() {}
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => {
        state.lockRequested = true;
        return true;
      },
      on: (event: string, fn: Listener) => state.appListeners.set(event, fn),
      whenReady: () => Promise.resolve(),
      getAppPath: () => '',
      getPath: () => state.userData,
      isPackaged: false,
      quit: () => undefined,
      exit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.schemes.push(...s),
      handle: (_scheme: string, fn: (req: { url: string }) => Promise<Response>) => {
        state.protocolHandler = fn;
      },
    },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined, webRequest: { onHeadersReceived: () => undefined } } },
    ipcMain: { handle: (channel: string, fn: Listener) => state.ipc.set(channel, fn) },
    shell: { openExternal: async (url: string) => void state.openedExternally.push(url) },
    dialog: { showErrorBox: () => undefined },
    BrowserWindow,
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('Electron main process', () => {
  beforeAll(async () => {
    fake.state.userData = tempDir();
    fake.electron.app.getAppPath = () => ROOT;
    process.env.DRYDOCK_CONTENT_DIR = FIXTURE_CONTENT;
    await import('../../main/electron/main');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
  });
  afterAll(() => {
    delete process.env.DRYDOCK_CONTENT_DIR;
    fake.state.appListeners.get('will-quit')?.();
  });

  it('takes the single-instance lock and registers app:// as a secure standard scheme', () => {
    expect(fake.state.lockRequested).toBe(true);
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.state.appListeners.has('second-instance')).toBe(true);
  });

  it('opens one sandboxed, isolated window on app://drydock with the bundled preload', () => {
    const [win] = fake.state.windows;
    expect(win!.loaded).toEqual(['app://drydock/index.html']);
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join(ROOT, 'dist', 'main', 'preload.cjs'),
    });
  });

  it('answers IPC from the app main frame through dispatch, and refuses other senders', async () => {
    const invoke = fake.state.ipc.get('drydock:invoke')!;
    const ok = (await invoke({ senderFrame: { url: 'app://drydock/index.html#/lessons', parent: null } }, 'lessons.list', {})) as {
      ok: boolean;
      value: { lessons: Array<{ id: string }> };
    };
    expect(ok.ok).toBe(true);
    expect(ok.value.lessons.map((l) => l.id)).toEqual(['parser-directives', 'cmd-vs-entrypoint', 'image-layers']);
    const bad = await invoke({ senderFrame: { url: 'app://drydock/index.html', parent: null } }, 'lessons.get', { id: 3 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/^lessons\.get: id: /) } });
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://drydock/index.html', parent: {} }, null]) {
      expect(await invoke({ senderFrame: frame }, 'lessons.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses navigation away from the app and denies every popup', () => {
    const onCreated = fake.state.appListeners.get('web-contents-created')!;
    const events = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    onCreated({}, { on: (e: string, fn: Listener) => events.set(e, fn), setWindowOpenHandler: (fn: Listener) => (openHandler = fn) });
    const prevented: string[] = [];
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://drydock/index.html#/lessons']) {
      events.get('will-navigate')!({ preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['https://evil.example/', 'file:///etc/passwd']);
    let webviewBlocked = false;
    events.get('will-attach-webview')!({ preventDefault: () => (webviewBlocked = true) });
    expect(webviewBlocked).toBe(true);
    expect(openHandler!({ url: 'https://docs.docker.com/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.state.openedExternally).toEqual(['https://docs.docker.com/']);
  });

  it('serves only files inside the renderer build over app://', async () => {
    const handler = fake.state.protocolHandler!;
    expect((await handler({ url: 'app://drydock/..%2f..%2fpackage.json' })).status).toBe(403);
    expect((await handler({ url: 'app://drydock/no-such-file.js' })).status).toBe(404);
  });
});
