// The engine's web worker: receives EngineRequests, answers EngineResponses. All logic lives in
// engineHandler.ts (tested directly); this file only wires it to the worker's message port.
import { createEngineHandler } from './engineHandler';
import type { EngineRequest } from './protocol';

const handle = createEngineHandler();

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  self.postMessage(handle(event.data));
};
