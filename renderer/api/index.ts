// The one import point for features: `api` (typed client) and `onEvent`. The transport is chosen once
// here — Electron's bridge when present, HTTP otherwise — so no component ever branches on it. DOM only.
import type { ApiEvents, EventName } from '../../core/api/contract';
import { createApiClient } from './client';
import { createElectronTransport } from './transport.electron';
import { createHttpTransport, takeToken } from './transport.http';
import type { Transport } from './transport';

function chooseTransport(): Transport {
  if (window.drydock) return createElectronTransport(window.drydock);
  return createHttpTransport(takeToken(window.location, window.sessionStorage, window.history));
}

const transport = chooseTransport();

export const api = createApiClient(transport);
export const transportKind = transport.kind;

export function onEvent<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
  return transport.on(event, listener);
}

export { ApiError } from '../../core/api/errors';
