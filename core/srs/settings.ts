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

// Field rules without defaults, shared by the full schema (with defaults) and the change schema (partial).
const fields = {
  desiredRetention: z.number().min(0.7).max(0.99),
  learningSteps: z.array(step).max(10),
  relearningSteps: z.array(step).max(10),
  newPerDay: z.number().int().min(0).max(9999),
  reviewsPerDay: z.number().int().min(0).max(99999),
  maximumIntervalDays: z.number().int().min(1).max(36500),
  /** Lapses after which a card is parked and the learner is sent back to its lesson. */
  leechThreshold: z.number().int().min(2).max(99),
  /** Hour (local) at which a new study day begins, like Anki's "next day starts at". */
  dayStartsAtHour: z.number().int().min(0).max(23),
  /** FSRS weights fitted to this learner's history; null means FSRS-6 defaults. */
  weights: z.array(z.number()).length(21).nullable(),
  exam: examPlanSchema.nullable(),
  /** Share of correct answers needed to pass a practice exam (the official line is not published). */
  examPassPercent: z.number().min(1).max(100),
};

export const srsSettingsSchema = z
  .object({
    desiredRetention: fields.desiredRetention.default(0.9),
    learningSteps: fields.learningSteps.default(['1m', '10m']),
    relearningSteps: fields.relearningSteps.default(['10m']),
    newPerDay: fields.newPerDay.default(20),
    reviewsPerDay: fields.reviewsPerDay.default(200),
    maximumIntervalDays: fields.maximumIntervalDays.default(36500),
    leechThreshold: fields.leechThreshold.default(8),
    dayStartsAtHour: fields.dayStartsAtHour.default(4),
    weights: fields.weights.default(null),
    exam: fields.exam.default(null),
    examPassPercent: fields.examPassPercent.default(65),
  })
  .strict();

/** A change to some settings: only the fields given are touched (no defaults filled in). */
export const srsSettingsChangeSchema = z.object(fields).partial().strict();
export type SrsSettingsChange = z.output<typeof srsSettingsChangeSchema>;

export type SrsSettings = z.output<typeof srsSettingsSchema>;
export type SrsSettingsInput = z.input<typeof srsSettingsSchema>;
export type ExamPlan = z.output<typeof examPlanSchema>;

export const DEFAULT_SETTINGS: SrsSettings = srsSettingsSchema.parse({});
