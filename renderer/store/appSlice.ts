// The shell's own slice: start-up status (banners), error toasts and progress of long work. DOM only.
import type { AppStatus } from '../../core/api/app';
import type { ApiEvents } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import { api } from '../api';
import type { SliceCreator } from './index';

export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly message: string;
}

export type Progress = ApiEvents['progress'];

export interface AppSlice {
  status: AppStatus | undefined;
  toasts: readonly Toast[];
  /** Running tasks by name; a task is removed when done reaches total. */
  progress: Readonly<Record<string, Progress>>;
  loadStatus(): Promise<void>;
  /** Shows an error toast; accepts anything caught, and phrases ApiErrors by their message. */
  reportError(err: unknown): void;
  notify(message: string): void;
  dismissToast(id: number): void;
  dismissAllToasts(): void;
  setProgress(p: Progress): void;
}

let nextToastId = 1;

export const createAppSlice: SliceCreator<AppSlice> = (set, get) => ({
  status: undefined,
  toasts: [],
  progress: {},
  async loadStatus() {
    try {
      set({ status: await api['app.status']({}) });
    } catch (err) {
      get().reportError(err);
    }
  },
  reportError(err) {
    const message = err instanceof ApiError ? err.message : err instanceof Error ? err.message : String(err);
    set((s) => ({ toasts: [...s.toasts, { id: nextToastId++, kind: 'error', message }] }));
  },
  notify(message) {
    set((s) => ({ toasts: [...s.toasts, { id: nextToastId++, kind: 'info', message }] }));
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  dismissAllToasts() {
    set({ toasts: [] });
  },
  setProgress(p) {
    set((s) => {
      const progress = { ...s.progress };
      if (p.done >= p.total) delete progress[p.task];
      else progress[p.task] = p;
      return { progress };
    });
  },
});
