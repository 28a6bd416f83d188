// How many items of each kind each domain gets: the exam's 55 = 13 multiple choice + 42 DOMC, split by
// the published domain weights with largest-remainder rounding. Pure; runs anywhere.
import { DOMAINS, type DomainId } from '../model/domains';

export const EXAM_ITEMS = 55;
export const EXAM_MC_ITEMS = 13;
export const EXAM_MINUTES = 90;

/**
 * Splits `total` into integer shares proportional to `weights`: floors first, then the leftover units go
 * to the largest fractional parts (ties to the earlier entry, which is the heavier domain in DOMAINS).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`total must be a non-negative integer, got ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new Error('weights must have a positive sum');
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

export interface DomainQuota {
  readonly domain: DomainId;
  readonly mc: number;
  readonly domc: number;
}

/** Per-domain quotas for an exam of `size` items of which `mcItems` are multiple choice. */
export function blueprint(size = EXAM_ITEMS, mcItems = Math.round((size * EXAM_MC_ITEMS) / EXAM_ITEMS)): DomainQuota[] {
  if (mcItems > size) throw new Error(`an exam of ${size} items cannot hold ${mcItems} multiple-choice items`);
  const weights = DOMAINS.map((d) => d.weight);
  const totals = largestRemainder(size, weights);
  const mc = largestRemainder(mcItems, weights);
  // Never more MC than the domain's share: move any excess to the domain with the most room.
  for (let i = 0; i < DOMAINS.length; i++) {
    while ((mc[i] ?? 0) > (totals[i] ?? 0)) {
      mc[i] = (mc[i] ?? 0) - 1;
      const j = mc.reduce((best, _v, k) => ((totals[k] ?? 0) - (mc[k] ?? 0) > (totals[best] ?? 0) - (mc[best] ?? 0) ? k : best), 0);
      mc[j] = (mc[j] ?? 0) + 1;
    }
  }
  return DOMAINS.map((d, i) => ({ domain: d.id, mc: mc[i] ?? 0, domc: (totals[i] ?? 0) - (mc[i] ?? 0) }));
}
