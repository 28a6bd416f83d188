// The progress export file (documented in main/quiz/EXPORT-FORMAT.md). One schema for writing and for
// validating imports, so a file we wrote always reads back and a damaged one is rejected. Pure.
import { z } from 'zod';
import { CARD_STATES } from './card';
import { srsSettingsSchema } from './settings';

export const EXPORT_FORMAT = 'drydock-progress';
/** 2 added lessons read, sandbox drafts and exercise attempts; version 1 files still import. */
export const EXPORT_VERSION = 2;

const ms = z.number().int().nonnegative();

export const exportedCardSchema = z
  .object({
    id: z.string().min(1),
    state: z.enum(CARD_STATES),
    due: ms,
    stability: z.number().nonnegative(),
    difficulty: z.number().nonnegative(),
    scheduledDays: z.number().int().nonnegative(),
    learningSteps: z.number().int().nonnegative(),
    reps: z.number().int().nonnegative(),
    lapses: z.number().int().nonnegative(),
    lastReview: ms.nullable(),
    suspended: z.boolean(),
    leech: z.boolean(),
    buriedUntil: ms,
    flag: z.number().int().min(0).max(4),
  })
  .strict();

export const exportedReviewSchema = z
  .object({
    cardId: z.string().min(1),
    at: ms,
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** 0 = manual reset (not an answer), 1–4 = Again/Hard/Good/Easy. */
    rating: z.number().int().min(0).max(4),
    stateBefore: z.enum(CARD_STATES),
    elapsedDays: z.number().nonnegative(),
    scheduledDays: z.number().int().nonnegative(),
    stability: z.number().nonnegative(),
    difficulty: z.number().nonnegative(),
    durationMs: z.number().int().nonnegative(),
    source: z.enum(['review', 'exam', 'sync']),
  })
  .strict();

export const exportedExamSchema = z
  .object({
    id: z.number().int().positive(),
    startedAt: ms,
    submittedAt: ms.nullable(),
    /** Percent correct, null while unsubmitted. */
    score: z.number().min(0).max(100).nullable(),
    passed: z.boolean().nullable(),
    /** The attempt as stored (items, answers, report); kept opaque so older attempts stay readable. */
    state: z.unknown(),
  })
  .strict();

const isoTime = z.string().datetime();

export const exportedLessonReadSchema = z.object({ lessonId: z.string().min(1), readAt: isoTime }).strict();

export const exportedDraftSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    dockerfile: z.string(),
    /** The virtual build context as stored: [{ path, content, size? }]. */
    context: z.array(z.object({ path: z.string().min(1), content: z.string(), size: z.number().int().nonnegative().optional() }).strict()),
    /** Set for the learner's work on an exercise (one draft per exercise). */
    exerciseId: z.string().min(1).nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

export const exportedExerciseAttemptSchema = z
  .object({
    exerciseId: z.string().min(1),
    attemptedAt: isoTime,
    passed: z.boolean(),
    score: z.number().min(0).max(1),
    checksPassed: z.number().int().nonnegative(),
    checksTotal: z.number().int().nonnegative(),
    dockerfile: z.string(),
  })
  .strict();

export const progressExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
    exportedAt: z.string().datetime(),
    settings: srsSettingsSchema,
    cards: z.array(exportedCardSchema),
    reviews: z.array(exportedReviewSchema),
    exams: z.array(exportedExamSchema),
    // Absent in version 1 files: importing one leaves these parts of the learner's data as they are.
    lessonsRead: z.array(exportedLessonReadSchema).optional(),
    drafts: z.array(exportedDraftSchema).optional(),
    exerciseAttempts: z.array(exportedExerciseAttemptSchema).optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.cards.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cards', i, 'id'], message: `card "${c.id}" appears twice` });
      ids.add(c.id);
    });
    file.reviews.forEach((r, i) => {
      if (!ids.has(r.cardId))
        ctx.addIssue({ code: 'custom', path: ['reviews', i, 'cardId'], message: `review of unknown card "${r.cardId}"` });
    });
    const draftIds = new Set<string>();
    const scratchNames = new Set<string>();
    const exerciseDrafts = new Set<string>();
    (file.drafts ?? []).forEach((d, i) => {
      if (draftIds.has(d.id)) ctx.addIssue({ code: 'custom', path: ['drafts', i, 'id'], message: `draft "${d.id}" appears twice` });
      draftIds.add(d.id);
      if (d.exerciseId === null) {
        if (scratchNames.has(d.name)) ctx.addIssue({ code: 'custom', path: ['drafts', i, 'name'], message: `two scratch drafts are named "${d.name}"` });
        scratchNames.add(d.name);
      } else {
        if (exerciseDrafts.has(d.exerciseId)) ctx.addIssue({ code: 'custom', path: ['drafts', i, 'exerciseId'], message: `two drafts for exercise "${d.exerciseId}"` });
        exerciseDrafts.add(d.exerciseId);
      }
    });
  });

export type ProgressExport = z.output<typeof progressExportSchema>;
export type ExportedCard = z.output<typeof exportedCardSchema>;
export type ExportedReview = z.output<typeof exportedReviewSchema>;
export type ExportedDraft = z.output<typeof exportedDraftSchema>;

/** "cards[3].due: Expected number, received string" lines for the first few problems. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more`);
  return lines.join('\n');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(root)';
}
