// How the renderer reaches main: one interface, two implementations (HTTP in web mode, IPC in Electron).
// Features never see this: they use `api` from renderer/api. DOM only.
import type { ApiEvents, EventName } from '../../core/api/contract';
import type { Envelope } from '../../core/api/errors';

export interface Transport {
  readonly kind: 'http' | 'ipc' | 'test';
  /** Never rejects: failures (including a dead connection) come back as error envelopes. */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to an event pushed by main; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** The object the Electron preload exposes as window.drydock. */
export interface DrydockBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    drydock?: DrydockBridge;
  }
}
