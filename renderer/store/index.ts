// The one Zustand store, assembled from slices (zustand's slices pattern). To add a feature's state:
//   1. write renderer/features/<feature>/<feature>Slice.ts exporting `interface XSlice` and
//      `createXSlice: SliceCreator<XSlice>` (actions live in the slice and call `api`);
//   2. add `& XSlice` to DrydockState and `...createXSlice(...a)` below — one line each.
// Components read with narrow selectors: useDrydockStore((s) => s.field), or useShallow for objects.
// SQLite (through the API) stays the source of truth; slices hold view state and caches. DOM only.
import { create, type StateCreator } from 'zustand';
import { createAppSlice, type AppSlice } from './appSlice';
import { createReviewSlice, type ReviewSlice } from '../features/review/reviewSlice';
import { createExamSlice, type ExamSlice } from '../features/exam/examSlice';
import { createDashboardSlice, type DashboardSlice } from '../features/dashboard/dashboardSlice';
import { createLessonsSlice, type LessonsSlice } from '../features/lessons/lessonsSlice';
import { createSandboxSlice, type SandboxSlice } from '../features/sandbox/sandboxSlice';

export type DrydockState = AppSlice & ReviewSlice & ExamSlice & DashboardSlice & LessonsSlice & SandboxSlice;

/** The type every slice creator has: it sees (and may call) the whole store. */
export type SliceCreator<T> = StateCreator<DrydockState, [], [], T>;

export const useDrydockStore = create<DrydockState>()((...a) => ({
  ...createAppSlice(...a),
  ...createReviewSlice(...a),
  ...createExamSlice(...a),
  ...createDashboardSlice(...a),
  ...createLessonsSlice(...a),
  ...createSandboxSlice(...a),
}));

const initialState = useDrydockStore.getState();

/** For tests: put every slice back to its initial state. */
export function resetDrydockStore(): void {
  useDrydockStore.setState(initialState, true);
}
