// API methods of the Dockerfile sandbox: named scratch Dockerfiles (drafts) with their virtual context,
// and graded exercises. Pure; runs anywhere.
import { z } from 'zod';
import { method } from './define';
import { contextFileSchema } from '../exercises/schema';
import type { GradeReport } from '../exercises/grade';
import type { Exercise } from '../exercises/schema';

export interface SandboxFile {
  readonly path: string;
  readonly content: string;
  readonly size?: number;
}

export interface DraftSummary {
  readonly id: string;
  readonly name: string;
  /** The exercise this draft is the learner's work on, or null for a free scratch file. */
  readonly exerciseId: string | null;
  readonly updatedAt: string;
}

export interface Draft extends DraftSummary {
  readonly dockerfile: string;
  readonly context: SandboxFile[];
}

export interface ExerciseSummary {
  readonly id: string;
  readonly title: string;
  readonly lesson: string;
  readonly difficulty: 1 | 2 | 3;
  readonly attempts: number;
  /** Best score so far (0..1), null before the first attempt. */
  readonly best: number | null;
  readonly solved: boolean;
}

export interface ExerciseDetail {
  readonly exercise: Exercise;
  readonly progress: ExerciseSummary;
}

export interface CheckOutcome {
  readonly report: GradeReport;
  readonly progress: ExerciseSummary;
}

/** Problems found while loading content/exercises: the file and what is wrong, shown in the UI. */
export interface ExerciseLoadProblem {
  readonly file: string;
  readonly problems: string[];
}

const id = z.string().min(1).max(200);
const name = z.string().trim().min(1, 'a draft needs a name').max(80);
const dockerfile = z.string().max(1_000_000);
const context = z.array(contextFileSchema).max(500);

export const sandboxApi = {
  'sandbox.listDrafts': method<DraftSummary[]>()(z.object({}).strict()),
  'sandbox.getDraft': method<Draft>()(z.object({ id }).strict()),
  'sandbox.createDraft': method<Draft>()(
    z.object({ name, dockerfile: dockerfile.optional(), context: context.optional() }).strict(),
  ),
  /** Autosave: stores the text and context; returns the new summary. */
  'sandbox.saveDraft': method<DraftSummary>()(z.object({ id, dockerfile, context }).strict()),
  'sandbox.renameDraft': method<DraftSummary>()(z.object({ id, name }).strict()),
  'sandbox.deleteDraft': method<{ deleted: boolean }>()(z.object({ id }).strict()),
  /** Every exercise with the learner's progress: the course outline shows `solved`. */
  'exercises.list': method<{ exercises: ExerciseSummary[]; problems: ExerciseLoadProblem[] }>()(z.object({}).strict()),
  /** An exercise and the learner's draft for it (created from the starter on first open). */
  'exercises.open': method<ExerciseDetail & { draft: Draft }>()(z.object({ id }).strict()),
  /** Grades a Dockerfile and context against the exercise's checks and records the attempt. */
  'exercises.check': method<CheckOutcome>()(z.object({ id, dockerfile, context }).strict()),
} as const;
