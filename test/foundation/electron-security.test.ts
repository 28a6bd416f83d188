// The Electron security policy, tested as plain functions (the Electron binary cannot run here).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrlToFile, isAppUrl, isTrustedSender, secureWebPreferences } from '../../main/electron/security';

describe('Electron security policy', () => {
  it('isolates and sandboxes the page with no Node integration', () => {
    const prefs = secureWebPreferences('/app/dist/main/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('accepts IPC only from the main frame of app://drydock', () => {
    expect(isTrustedSender({ url: 'app://drydock/index.html#/lessons', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://drydock/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('allows navigation only inside the app', () => {
    expect(isAppUrl('app://drydock/index.html#/lessons/x')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:1234/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('maps app:// URLs to files inside the renderer build and refuses to escape it', () => {
    const root = path.resolve('/srv/dist/renderer');
    expect(appUrlToFile(root, 'app://drydock/')).toBe(path.join(root, 'index.html'));
    expect(appUrlToFile(root, 'app://drydock/assets/a.js?v=1')).toBe(path.join(root, 'assets', 'a.js'));
    // The URL parser already folds encoded dot segments, so this one lands inside the root, harmlessly.
    expect(appUrlToFile(root, 'app://drydock/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(appUrlToFile(root, 'app://drydock/..%2fsecret')).toBeUndefined();
    expect(appUrlToFile(root, 'app://drydock/a%00b')).toBeUndefined();
    expect(appUrlToFile(root, 'https://drydock/index.html')).toBeUndefined();
  });
});
