// Draws a practice exam from the bank: per-domain quotas from the blueprint, multiple-choice items from
// single/multiple questions with four or more options, DOMC items from questions usable one option at a
// time, no question twice, all from a seed so an attempt can be rebuilt. Pure; runs anywhere.
import { DOMAINS, type DomainId } from '../model/domains';
import { isDomcUsable, type ChoiceQuestion, type Question } from '../model/question';
import { blueprint, EXAM_ITEMS, EXAM_MC_ITEMS } from './blueprint';
import { seededRng, shuffled, type Rng } from './rng';

export type ExamItemKind = 'mc' | 'domc';

export interface ExamItem {
  readonly questionId: string;
  readonly domain: DomainId;
  readonly kind: ExamItemKind;
  /** Option indexes in presentation order. */
  readonly optionOrder: readonly number[];
  /** DOMC only: a masking option follows the decision. Always false for MC. */
  readonly mask: boolean;
}

export interface ExamDraw {
  readonly items: readonly ExamItem[];
  /** Human-readable notes when the bank could not fill a quota exactly. */
  readonly shortfalls: readonly string[];
}

export interface DrawOptions {
  readonly size?: number;
  readonly mcItems?: number;
  readonly seed: number;
  /** Chance of a masking option after a DOMC decision (0.5 per Foster & Miller's recommendation). */
  readonly maskProbability?: number;
}

export function isMcUsable(q: Question): q is Extract<Question, { type: 'single' | 'multiple' }> {
  return (q.type === 'single' || q.type === 'multiple') && q.options.length >= 4;
}

export function drawExam(bank: readonly Question[], options: DrawOptions): ExamDraw {
  const size = options.size ?? EXAM_ITEMS;
  const mcItems = options.mcItems ?? (size === EXAM_ITEMS ? EXAM_MC_ITEMS : Math.round((size * EXAM_MC_ITEMS) / EXAM_ITEMS));
  const maskP = options.maskProbability ?? 0.5;
  const rng = seededRng(options.seed);
  const quotas = blueprint(size, mcItems);
  const used = new Set<string>();
  const shortfalls: string[] = [];
  const picked: { q: ChoiceQuestion; kind: ExamItemKind }[] = [];

  // Shuffle each pool once so draws are uniform, then walk it; ids keep the starting order stable.
  const sorted = bank.slice().sort((a, b) => a.id.localeCompare(b.id));
  const pool = (domain: DomainId | null, kind: ExamItemKind): ChoiceQuestion[] =>
    shuffled(
      sorted.filter((q): q is ChoiceQuestion => (domain === null || q.domain === domain) && (kind === 'mc' ? isMcUsable(q) : isDomcUsable(q))),
      rng,
    );
  const take = (candidates: ChoiceQuestion[], n: number, kind: ExamItemKind): number => {
    let got = 0;
    for (const q of candidates) {
      if (got >= n) break;
      if (used.has(q.id)) continue;
      used.add(q.id);
      picked.push({ q, kind });
      got++;
    }
    return got;
  };

  // MC first in every domain: its pool is the smaller one, and questions usable both ways can still go to DOMC.
  const missing: Record<ExamItemKind, number> = { mc: 0, domc: 0 };
  for (const kind of ['mc', 'domc'] as const) {
    for (const quota of quotas) {
      const want = quota[kind];
      const got = take(pool(quota.domain, kind), want, kind);
      if (got < want) {
        missing[kind] += want - got;
        shortfalls.push(`${quota.domain}: ${want - got} ${kind === 'mc' ? 'multiple-choice' : 'DOMC'} item(s) short; filled from other domains if possible`);
      }
    }
  }
  for (const kind of ['mc', 'domc'] as const) {
    if (missing[kind] === 0) continue;
    const got = take(pool(null, kind), missing[kind], kind);
    if (got < missing[kind]) shortfalls.push(`the bank has ${missing[kind] - got} too few ${kind === 'mc' ? 'multiple-choice' : 'DOMC'} items for this exam`);
  }

  const items = shuffled(picked, rng).map(({ q, kind }) => makeItem(q, kind, rng, maskP));
  return { items, shortfalls };
}

function makeItem(q: ChoiceQuestion, kind: ExamItemKind, rng: Rng, maskP: number): ExamItem {
  const order = shuffled(
    q.options.map((_o, i) => i),
    rng,
  );
  return { questionId: q.id, domain: q.domain, kind, optionOrder: order, mask: kind === 'domc' && rng.next() < maskP };
}

/** Items per domain in a draw, in DOMAINS order (for checks and the report header). */
export function countByDomain(items: readonly ExamItem[]): Record<DomainId, number> {
  const out = Object.fromEntries(DOMAINS.map((d) => [d.id, 0])) as Record<DomainId, number>;
  for (const it of items) out[it.domain]++;
  return out;
}
