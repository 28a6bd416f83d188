// API methods for live runs: build the sandbox's Dockerfile with the learner's own Docker engine and run the
// image, to set the real result beside the simulator's prediction. Optional: everything else works without
// an engine. Pure; runs anywhere.
import { z } from 'zod';
import { method } from './define';
import { contextFileSchema } from '../exercises/schema';

export type LiveStatus =
  | { readonly available: true; readonly serverVersion: string }
  | { readonly available: false; readonly reason: string };

export interface LiveHistoryRow {
  readonly createdBy: string;
  readonly size: number;
}

export type LiveBuildResult =
  | {
      readonly ok: true;
      readonly imageId: string;
      /** `.Config` exactly as `docker image inspect` returns it. */
      readonly config: Record<string, unknown>;
      /** Oldest first, like the simulator's history. */
      readonly history: LiveHistoryRow[];
      readonly durationMs: number;
      readonly log: string[];
    }
  | { readonly ok: false; readonly message: string; readonly log: string[] };

export interface LiveRunResult {
  readonly exitCode: number | null;
  readonly output: string;
  readonly timedOut: boolean;
}

/** Client-chosen id so `log` and `progress` events can be matched to this call. */
const task = z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash or underscore');

export const liveApi = {
  'live.status': method<LiveStatus>()(z.object({}).strict()),
  'live.build': method<LiveBuildResult>()(
    z
      .object({
        task,
        dockerfile: z.string().min(1).max(1_000_000),
        context: z.array(contextFileSchema).max(500).default([]),
        buildArgs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a build argument name'), z.string()).default({}),
        target: z.string().max(200).optional(),
        builder: z.enum(['buildkit', 'legacy']).default('buildkit'),
      })
      .strict(),
  ),
  'live.run': method<LiveRunResult>()(
    z
      .object({
        task,
        imageId: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'an image id from live.build'),
        args: z.array(z.string().max(4096)).max(100).default([]),
        entrypoint: z.string().max(4096).optional(),
      })
      .strict(),
  ),
} as const;
