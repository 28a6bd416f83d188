// Fits FSRS weights to the learner's own review log with @open-spaced-repetition/binding (fsrs-rs, a
// native module), once there is enough history, and keeps them only if they predict that history better
// than the weights in use. Node only.
import type Database from 'better-sqlite3';
import type { OptimizeResult } from '../../core/api/quiz';
import { cardHistories, logLoss, trainingItems, type LoggedReview } from '../../core/srs/training';
import type { SrsContext } from './context';
import { writeSettings } from './settingsStore';

/**
 * Our own conservative threshold (not a published minimum): below it a fit is mostly noise and FSRS-6's
 * defaults serve better. A fit is in any case kept only if it predicts held-out cards better.
 */
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
  const fit = async (from: typeof histories) => {
    const train = trainingItems(from).map((item) => new binding.FSRSBindingItem(item.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
    return binding.computeParameters(train, { enableShortTerm: true, numRelearningSteps: settings.relearningSteps.length });
  };
  // Judge on cards the fit has not seen: every fifth card's history is held out.
  const heldOut = histories.filter((_h, i) => i % 5 === 4);
  const candidate = await fit(histories.filter((_h, i) => i % 5 !== 4));
  if (!isWeights(candidate)) return { status: 'unavailable', reason: `the optimiser returned ${candidate.length} weights, expected 21 finite numbers` };
  const previous = logLoss(heldOut, settings.weights).logLoss;
  const fitted = logLoss(heldOut, candidate).logLoss;
  if (!(fitted < previous)) return { status: 'kept-current', items: items.length, currentLogLoss: previous, fittedLogLoss: fitted };
  // It generalises: fit again on everything and keep that.
  const weights = await fit(histories);
  if (!isWeights(weights)) return { status: 'unavailable', reason: `the optimiser returned ${weights.length} weights, expected 21 finite numbers` };
  const saved = writeSettings(ctx.db, { weights });
  if (!saved.ok) return { status: 'unavailable', reason: saved.error };
  ctx.invalidate();
  return { status: 'optimized', items: items.length, weights, previousLogLoss: previous, fittedLogLoss: fitted };
}

function isWeights(w: number[]): boolean {
  return w.length === 21 && w.every(Number.isFinite);
}
