// Web-mode transport: fetch for calls and one EventSource for events. The per-run token arrives in the
// page URL (?token=…), is kept in sessionStorage (so reloads work) and removed from the address bar. DOM only.
import type { ApiEvents, EventName } from '../../core/api/contract';
import type { Envelope } from '../../core/api/errors';
import type { Transport } from './transport';

const TOKEN_KEY = 'drydock.token';
export const TOKEN_HEADER = 'X-Drydock-Token';

/** Takes the token from the URL if present (and strips it from the address bar), else from sessionStorage. */
export function takeToken(location: Location, storage: Storage, history: History): string | undefined {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}

export function createHttpTransport(token: string | undefined, baseUrl = ''): Transport {
  let source: EventSource | undefined;
  const eventSource = (): EventSource => {
    source ??= new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token ?? '')}`);
    return source;
  };
  return {
    kind: 'http',
    async invoke(method, input) {
      if (!token) {
        return fail('FORBIDDEN', 'This page was opened without its access token: open the exact URL Drydock printed when it started.');
      }
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return fail('UNAVAILABLE', 'Cannot reach Drydock’s local server. Is it still running?');
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return fail('INTERNAL', `${method}: the server answered ${response.status} without a readable reply`);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      const handler = (e: Event) => listener(JSON.parse((e as MessageEvent<string>).data) as ApiEvents[E]);
      const es = eventSource();
      es.addEventListener(event, handler);
      return () => es.removeEventListener(event, handler);
    },
  };
}

function fail(code: 'FORBIDDEN' | 'UNAVAILABLE' | 'INTERNAL', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
