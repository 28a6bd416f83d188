// Turning the review log into what an FSRS optimiser trains on, and measuring how well a set of weights
// predicts that log (log loss: lower is better). Pure; runs anywhere.
import { DAY_MS, newMemory, type Grade } from './card';
import { createScheduler } from './scheduler';
import { DEFAULT_SETTINGS } from './settings';
import { daysBetweenKeys } from './studyDay';

export interface LoggedReview {
  readonly cardId: string;
  readonly at: number;
  /** Study day key, "YYYY-MM-DD". */
  readonly day: string;
  /** 0 = manual reset (starts a fresh history), 1–4 = grades. */
  readonly rating: number;
}

export interface TrainingReview {
  readonly rating: Grade;
  /** Whole study days since the previous review of the card (0 for the first and for same-day reviews). */
  readonly deltaT: number;
}

/** Each card's graded reviews in time order, split where the card was reset. */
export function cardHistories(log: readonly LoggedReview[]): LoggedReview[][] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const r of [...log].sort((a, b) => a.at - b.at)) {
    const list = byCard.get(r.cardId) ?? [];
    list.push(r);
    byCard.set(r.cardId, list);
  }
  const out: LoggedReview[][] = [];
  for (const list of byCard.values()) {
    let current: LoggedReview[] = [];
    for (const r of list) {
      if (r.rating === 0) {
        if (current.length) out.push(current);
        current = [];
      } else current.push(r);
    }
    if (current.length) out.push(current);
  }
  return out;
}

/**
 * Training items as FSRS optimisers expect them: for every review that came at least a day after the
 * previous one, the card's history up to and including it (the last review is the one predicted).
 * Items without such a review are left out (the Rust optimiser aborts the process on them).
 */
export function trainingItems(histories: readonly LoggedReview[][]): TrainingReview[][] {
  const items: TrainingReview[][] = [];
  for (const h of histories) {
    const reviews: TrainingReview[] = h.map((r, i) => ({ rating: r.rating as Grade, deltaT: i === 0 ? 0 : Math.max(0, daysBetweenKeys(h[i - 1]!.day, r.day)) }));
    for (let i = 1; i < reviews.length; i++) if (reviews[i]!.deltaT > 0) items.push(reviews.slice(0, i + 1));
  }
  return items;
}

/**
 * Mean log loss of the recall predicted before each review that came a day or more after the previous
 * one, replaying every history with `weights` (null = FSRS-6 defaults). Recalled = any grade but Again.
 */
export function logLoss(histories: readonly LoggedReview[][], weights: readonly number[] | null): { logLoss: number; predictions: number } {
  const s = createScheduler({ ...DEFAULT_SETTINGS, weights: weights ? [...weights] : null });
  let sum = 0;
  let n = 0;
  for (const h of histories) {
    let m = newMemory(h[0]!.at);
    h.forEach((r, i) => {
      if (i > 0 && r.at - h[i - 1]!.at >= DAY_MS / 2) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, s.recall(m, r.at)));
        sum += r.rating > 1 ? -Math.log(p) : -Math.log(1 - p);
        n++;
      }
      m = s.answer(m, r.rating as Grade, r.at).memory;
    });
  }
  return { logLoss: n === 0 ? NaN : sum / n, predictions: n };
}
