// Electron transport: the preload's window.drydock bridge (one IPC channel each way). DOM only.
import type { ApiEvents, EventName } from '../../core/api/contract';
import type { Envelope } from '../../core/api/errors';
import type { DrydockBridge, Transport } from './transport';

export function createElectronTransport(bridge: DrydockBridge): Transport {
  return {
    kind: 'ipc',
    async invoke(method, input) {
      try {
        return (await bridge.invoke(method, input ?? {})) as Envelope<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'INTERNAL', message: `${method}: ${err instanceof Error ? err.message : String(err)}` } };
      }
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return bridge.on(event, (payload) => listener(payload as ApiEvents[E]));
    },
  };
}
