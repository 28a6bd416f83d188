// The shell: header with the page nav (from routes.ts), banners for start-up notices, progress of long
// work, toasts, and the current page (lazy). Keyboard: Alt+<key> opens a page, "/" focuses the page's
// search box (any input marked data-drydock-search), Esc dismisses toasts and leaves the focused field.
import { Suspense, useCallback, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ROUTES } from './routes';
import { hrefFor, navigate, useLocation } from './router';
import { useDrydockStore } from './store';
import { Banner, ProgressBar, Toasts } from './ui';

export function App() {
  const location = useLocation();
  const route = ROUTES.find((r) => r.id === location.route) ?? ROUTES[0];
  const toasts = useDrydockStore((s) => s.toasts);
  const dismissToast = useDrydockStore((s) => s.dismissToast);
  const progress = useDrydockStore(useShallow((s) => Object.values(s.progress)));
  const notices = useDrydockStore((s) => s.status?.notices);
  const corrupt = notices?.filter((n) => n.kind === 'corrupt-database') ?? [];

  useEffect(() => {
    void useDrydockStore.getState().loadStatus();
  }, []);

  const onKey = useCallback((e: KeyboardEvent) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      // macOS turns Option+L into "¬" (e.key), so fall back to the physical key (e.code "KeyL"); e.key
      // comes first so that other layouts (AZERTY…) keep the letter printed on the key.
      const target = ROUTES.find((r) => r.accessKey === e.key.toLowerCase()) ?? ROUTES.find((r) => e.code === `Key${r.accessKey.toUpperCase()}`);
      if (target) {
        e.preventDefault();
        navigate(target.id);
      }
      return;
    }
    const typing = isTypingTarget(e.target);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey) {
      const search = document.querySelector<HTMLInputElement>('[data-drydock-search]');
      if (search) {
        e.preventDefault();
        search.focus();
        search.select();
      }
    } else if (e.key === 'Escape') {
      useDrydockStore.getState().dismissAllToasts();
      if (typing && e.target instanceof HTMLElement) e.target.blur();
    }
  }, []);

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  if (!route) return <p>No pages are registered.</p>;
  const Page = route.page;
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href={hrefFor(ROUTES[0]?.id ?? '')} aria-label="Drydock home">
          <span className="brand-mark" aria-hidden="true">⚓</span>
          <span className="brand-name">Drydock</span>
        </a>
        <nav className="nav" aria-label="Pages">
          {ROUTES.map((r) => (
            <a key={r.id} href={hrefFor(r.id)} className="nav-link" aria-current={r.id === route.id ? 'page' : undefined} title={`Alt+${r.accessKey.toUpperCase()}`}>
              {r.label}
              <kbd className="nav-key">{r.accessKey.toUpperCase()}</kbd>
            </a>
          ))}
        </nav>
        <div className="topbar-progress">
          {progress.map((p) => (
            <ProgressBar key={p.task} done={p.done} total={p.total} {...(p.label ? { label: p.label } : {})} />
          ))}
        </div>
      </header>
      {corrupt.map((n) => (
        <Banner key={n.movedTo} tone="warning">
          {n.message}
        </Banner>
      ))}
      <main className="page" id="page">
        <Suspense fallback={<div className="page-loading">Loading…</div>}>
          <Page path={location.route === route.id ? location.path : []} />
        </Suspense>
      </main>
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </div>
  );
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor');
}
