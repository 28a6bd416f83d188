// The Electron security policy as plain functions (no electron import), so it can be unit-tested without
// the Electron binary: window options, which frames may call the API, which URLs may load, and the
// app:// path guard. Node only.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'drydock';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const INVOKE_CHANNEL = 'drydock:invoke';
export const EVENT_CHANNEL = 'drydock:event';

/** BrowserWindow webPreferences: isolated, sandboxed, no Node in the page, nothing remote. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** Only the app's own page may be shown; everything else (links, drops, redirects) is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** An IPC call is trusted only from the main frame of our own page (not an iframe, not another origin). */
export function isTrustedSender(frame: { readonly url: string; readonly isMainFrame: boolean } | null | undefined): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url);
}

/** Maps app://drydock/<path> to a file inside the built renderer, or undefined if it would escape it. */
export function appUrlToFile(rendererDir: string, url: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}
