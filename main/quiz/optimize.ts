// Fits FSRS weights to the learner's own review log with @open-spaced-repetition/binding (fsrs-rs, a
// native module), once there is enough history, and keeps them only if they predict that history better
// than the weights in use. Node only.
import type Database from 'better-sqlite3';
import type { OptimizeResult } from '../../core/api/quiz';
import { cardHistories, logLoss, trainingItems, type LoggedReview } from '../../core/srs/training';
import type { SrsContext } from './context';
import { writeSettings } from './settingsStore';

/** Below this many training items the fit is mostly noise; FSRS-6 defaults serve better. */
export const MIN_TRAINING_ITEMS = 400;

interface Binding {
  FSRSBindingItem: new (reviews: unknown[]) => unknown;
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
  computeParameters(items: unknown[], options?: { enableShortTerm?: boolean; numRelearningSteps?: number; timeout?: number }): Promise<number[]>;
}

async function loadBinding(): Promise<Binding | string> {
  // A variable specifier keeps bundlers from inlining the native package; Node resolves it at run time.
  const name = '@open-spaced-repetition/binding';
  try {
    return (await import(/* @vite-ignore */ name)) as Binding;
  } catch (err) {
    return `the optimiser package cannot be loaded on this platform (${(err as Error).message.split('\n')[0]})`;
  }
}

export function readLog(db: Database.Database): LoggedReview[] {
  return db.prepare("SELECT card_id AS cardId, at, day, rating FROM srs_review WHERE source IN ('review','exam','sync') ORDER BY at").all() as LoggedReview[];
}

export async function optimizeWeights(ctx: SrsContext, minItems = MIN_TRAINING_ITEMS): Promise<OptimizeResult> {
  const histories = cardHistories(readLog(ctx.db));
  const items = trainingItems(histories);
  if (items.length < minItems) return { status: 'not-enough-history', items: items.length, needed: minItems };
  const binding = await loadBinding();
  if (typeof binding === 'string') return { status: 'unavailable', reason: binding };
  const settings = ctx.settings();
  const train = items.map((item) => new binding.FSRSBindingItem(item.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
  const weights = await binding.computeParameters(train, { enableShortTerm: true, numRelearningSteps: settings.relearningSteps.length });
  if (weights.length !== 21 || !weights.every(Number.isFinite)) return { status: 'unavailable', reason: `the optimiser returned ${weights.length} weights, expected 21 finite numbers` };
  const previous = logLoss(histories, settings.weights).logLoss;
  const fitted = logLoss(histories, weights).logLoss;
  if (!(fitted < previous)) return { status: 'kept-current', items: items.length, currentLogLoss: previous, fittedLogLoss: fitted };
  const saved = writeSettings(ctx.db, { weights });
  if (!saved.ok) return { status: 'unavailable', reason: saved.error };
  ctx.invalidate();
  return { status: 'optimized', items: items.length, weights, previousLogLoss: previous, fittedLogLoss: fitted };
}
