// What today's review session may contain: limits left for the day, filters, leech rule, and the
// final-days selection of the weakest cards for exam-date mode. Pure; runs anywhere.
import { z } from 'zod';
import { DOMAIN_IDS } from '../model/domains';
import type { SrsSettings } from './settings';

export const queueFilterSchema = z
  .object({
    domain: z.enum(DOMAIN_IDS).optional(),
    lesson: z.string().min(1).optional(),
    /** Only cards carrying this flag (1–4); 0 is "no flag" and is not a filter. */
    flag: z.number().int().min(1).max(4).optional(),
  })
  .strict();
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export interface DoneToday {
  readonly reviews: number;
  readonly newCards: number;
}

export interface DailyAllowance {
  readonly reviews: number;
  readonly newCards: number;
}

/**
 * Limits left today: reviews of graduated cards, and new cards (never more than the review room left;
 * the queue also subtracts the reviews already waiting, as Anki's review limit does).
 */
export function allowanceLeft(settings: Pick<SrsSettings, 'newPerDay' | 'reviewsPerDay'>, done: DoneToday): DailyAllowance {
  const reviews = Math.max(0, settings.reviewsPerDay - done.reviews);
  return { reviews, newCards: Math.min(reviews, Math.max(0, settings.newPerDay - done.newCards)) };
}

/**
 * True when a lapse count makes the card a leech: at the threshold, then (as in Anki) again every half
 * threshold after it, so a released leech that keeps failing is sent back to its lesson at 12, 16…
 */
export function isLeech(lapses: number, threshold: number): boolean {
  if (lapses < threshold) return false;
  return (lapses - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0;
}

export interface CramCandidate {
  readonly id: string;
  /** Predicted recall at the exam moment. */
  readonly recallAtExam: number;
}

/**
 * Exam-date mode, final days: the weakest cards (lowest predicted recall at the exam) first, as many as
 * the daily time budget allows, skipping cards already at or above the target.
 */
export function pickWeakest(
  candidates: readonly CramCandidate[],
  target: number,
  budgetSeconds: number,
  secondsPerCard: number,
): string[] {
  const room = Math.max(0, Math.floor(budgetSeconds / Math.max(1, secondsPerCard)));
  return candidates
    .filter((c) => c.recallAtExam < target)
    .slice()
    .sort((a, b) => a.recallAtExam - b.recallAtExam || a.id.localeCompare(b.id))
    .slice(0, room)
    .map((c) => c.id);
}


/** New cards a day needed to have met every card `marginDays` (a week) before the exam. */
export function newPerDayForExam(newLeft: number, daysLeft: number, marginDays = 7): number {
  if (newLeft <= 0) return 0;
  return Math.ceil(newLeft / Math.max(1, daysLeft - marginDays));
}
