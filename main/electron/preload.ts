// The sandboxed preload: exposes exactly window.drydock = { invoke, on } and nothing of ipcRenderer. Bundled
// to one CommonJS file (sandboxed preloads cannot require local modules). Runs in Electron's preload world.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Duplicated from security.ts on purpose: importing it would pull node:path into the sandboxed bundle.
const INVOKE_CHANNEL = 'drydock:invoke';
const EVENT_CHANNEL = 'drydock:event';

const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('drydock', bridge);
