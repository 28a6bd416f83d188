// The one API contract between renderer and main: every method the renderer may call and every event
// main may push. Each feature declares its methods in its own module (core/api/<feature>.ts); this file
// merges them. Pure; runs anywhere.
import type { z } from 'zod';
import type { InputOf, ParsedInputOf, ResultOf } from './define';
import { lessonsApi } from './lessons';
import { quizApi } from './quiz';
import { appApi } from './app';
import { sandboxApi } from './sandbox';
import { liveApi } from './live';

export const API = {
  ...lessonsApi,
  ...quizApi,
  ...appApi,
  ...sandboxApi,
  ...liveApi,
} as const;

export type Api = typeof API;
export type Method = keyof Api;
export const METHODS = Object.keys(API) as Method[];

/** Events pushed from main to the renderer (SSE in web mode, IPC in Electron). */
export interface ApiEvents {
  /** Progress of long work (imports, syncs, live builds): done of total, with a label. */
  progress: { readonly task: string; readonly done: number; readonly total: number; readonly label?: string };
  /** A log line from long work such as a live docker build. */
  log: { readonly task: string; readonly line: string; readonly stream: 'stdout' | 'stderr' };
}
export type EventName = keyof ApiEvents;

/** Per-call context the transports provide to handlers. */
export interface CallContext {
  readonly transport: 'ipc' | 'http' | 'test';
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
}

/** What main implements: one function per method, receiving validated input. */
export type Handlers = {
  [M in Method]: (input: ParsedInputOf<Api[M]>, ctx: CallContext) => ResultOf<Api[M]> | Promise<ResultOf<Api[M]>>;
};

/** What the renderer calls: one async function per method. */
export type ApiClient = {
  [M in Method]: (input: InputOf<Api[M]>) => Promise<ResultOf<Api[M]>>;
};

export type InputSchema<M extends Method> = Api[M]['input'] & z.ZodType;
