// Learner-adjustable review settings, validated with zod so the API and imports share one definition.
// Pure; runs anywhere.
import { z } from 'zod';

const step = z.string().regex(/^\d+(?:\.\d+)?[mhd]$/, 'must look like "1m", "10m", "1h" or "1d"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-31');

export const examPlanSchema = z
  .object({
    /** Exam day (local date). The exam is taken as starting at 09:00 local time that day. */
    date: isoDate,
    /** Predicted recall every card should have on exam day, 0.7..0.99. */
    target: z.number().min(0.7).max(0.99).default(0.9),
    /** Minutes per day the learner can spend on extra reviews in the final days. */
    dailyBudgetMinutes: z.number().int().min(5).max(600).default(30),
    /** How many days before the exam the weakest cards start being brought forward. */
    finalDays: z.number().int().min(1).max(14).default(3),
  })
  .strict();

export const srsSettingsSchema = z
  .object({
    desiredRetention: z.number().min(0.7).max(0.99).default(0.9),
    learningSteps: z.array(step).max(10).default(['1m', '10m']),
    relearningSteps: z.array(step).max(10).default(['10m']),
    newPerDay: z.number().int().min(0).max(9999).default(20),
    reviewsPerDay: z.number().int().min(0).max(99999).default(200),
    maximumIntervalDays: z.number().int().min(1).max(36500).default(36500),
    /** Lapses after which a card is parked and the learner is sent back to its lesson. */
    leechThreshold: z.number().int().min(2).max(99).default(8),
    /** Hour (local) at which a new study day begins, like Anki's "next day starts at". */
    dayStartsAtHour: z.number().int().min(0).max(23).default(4),
    /** FSRS weights fitted to this learner's history; absent means FSRS-6 defaults. */
    weights: z.array(z.number()).length(21).nullable().default(null),
    exam: examPlanSchema.nullable().default(null),
    /** Share of correct answers needed to pass a practice exam (the official line is not published). */
    examPassPercent: z.number().min(1).max(100).default(65),
  })
  .strict();

export type SrsSettings = z.output<typeof srsSettingsSchema>;
export type SrsSettingsInput = z.input<typeof srsSettingsSchema>;
export type ExamPlan = z.output<typeof examPlanSchema>;

export const DEFAULT_SETTINGS: SrsSettings = srsSettingsSchema.parse({});
