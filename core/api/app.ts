// API methods about the application itself: what the shell shows in its status banner. Pure; runs anywhere.
import { z } from 'zod';
import { method } from './define';

/** Something the user should know about at start-up, shown as a banner. */
export type AppNotice =
  | { readonly kind: 'corrupt-database'; readonly message: string; readonly movedTo: string }
  | { readonly kind: 'content-error'; readonly message: string; readonly file: string };

export interface AppStatus {
  readonly version: string;
  readonly transport: 'ipc' | 'http' | 'test';
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly schemaVersion: number;
  readonly notices: readonly AppNotice[];
}

export const appApi = {
  'app.status': method<AppStatus>()(z.object({}).strict()),
} as const;
