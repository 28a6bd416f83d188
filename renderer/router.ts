// Hash routing: #/<route>/<...path>. Hash routes work the same from app:// (Electron) and http (web mode)
// with no server rewrites. DOM only.
import { useSyncExternalStore } from 'react';

export interface Location {
  /** First segment, e.g. "lessons"; "" when the hash is empty. */
  readonly route: string;
  /** Remaining segments, decoded. */
  readonly path: string[];
}

export function parseHash(hash: string): Location {
  const segments = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { route: segments[0] ?? '', path: segments.slice(1) };
}

export function hrefFor(route: string, ...path: string[]): string {
  return `#/${[route, ...path].map(encodeURIComponent).join('/')}`;
}

export function navigate(route: string, ...path: string[]): void {
  window.location.hash = hrefFor(route, ...path);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useLocation(): Location {
  const hash = useHash();
  return parseHash(hash);
}
