// Electron main: lifecycle and the window only. The UI is served from disk over app://drydock (never
// remote), the API goes through the same dispatch as web mode via one IPC channel whose sender is checked,
// and navigation, popups, webviews and permission requests are all refused. Runs in Electron's main process.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { openRuntime, type Runtime } from '../app/runtime';
import { appPathsFrom, readVersion } from '../app/paths';
import { consoleLogger } from '../log';
import { NewerDatabaseError } from '../store/db';
import { CONTENT_SECURITY_POLICY } from '../web/guard';
import type { CallContext } from '../../core/api/contract';
import {
  APP_ORIGIN,
  APP_SCHEME,
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  appUrlToFile,
  isAppUrl,
  isTrustedSender,
  secureWebPreferences,
} from './security';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

let runtime: Runtime | undefined;
let window: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isAppUrl(url)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!isAppUrl(url)) e.preventDefault();
    });
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to documentation open in the user's browser; nothing opens inside the app.
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(start, (err: unknown) => {
    consoleLogger.error('Electron failed to start', err);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => runtime?.close());
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  const paths = appPathsFrom(root);
  const packagedResources = process.resourcesPath;
  const contentDir = app.isPackaged ? path.join(packagedResources, 'content') : paths.contentDir;
  const quizzesDir = app.isPackaged ? path.join(packagedResources, 'quizzes') : paths.quizzesDir;
  const electronBinding = path.join(root, 'build', 'electron-native', 'better_sqlite3.node');

  try {
    runtime = openRuntime({
      dataDir: app.getPath('userData'),
      contentDir,
      quizzesDir,
      version: readVersion(root),
      log: consoleLogger,
      ...(fs.existsSync(electronBinding) ? { nativeBinding: electronBinding } : {}),
    });
  } catch (err) {
    const { dialog } = await import('electron');
    dialog.showErrorBox('Drydock cannot open its database', err instanceof NewerDatabaseError ? err.message : String(err));
    app.exit(1);
    return;
  }

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appUrlToFile(paths.rendererDir, request.url);
    if (!file) return new Response('forbidden', { status: 403 });
    try {
      const data = await fs.promises.readFile(file);
      return new Response(data, {
        headers: { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });

  const active = runtime;
  const ctx: CallContext = {
    transport: 'ipc',
    emit: (event, payload) => window?.webContents.send(EVENT_CHANNEL, event, payload),
  };
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'API calls are only accepted from the Drydock window' } };
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'BAD_INPUT', message: 'method must be a string' } };
    return active.dispatch(method, input, ctx);
  });

  window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Drydock',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(path.join(root, 'dist', 'main', 'preload.cjs')),
  });
  window.once('ready-to-show', () => window?.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}
