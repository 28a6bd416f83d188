// Readiness per exam domain: the expected share of exam items answered right, estimated from each
// card's predicted recall, and how much of the study guide is covered by mature cards. Pure.
import { DOMAINS, type DomainId } from '../model/domains';

/** Anki's convention: a card is mature once its interval is at least 21 days. */
export const MATURE_DAYS = 21;

export interface ReadinessCard {
  readonly domain: DomainId;
  readonly objective: string;
  /** Predicted recall at the moment of interest (exam day or now); 0 for cards never studied. */
  readonly recall: number;
  readonly scheduledDays: number;
  readonly state: 'new' | 'learning' | 'review' | 'relearning';
}

/** Cards of one study-guide objective, summed (the store computes these in SQL). */
export interface ObjectiveGroup {
  readonly domain: DomainId;
  readonly objective: string;
  readonly cards: number;
  readonly recallSum: number;
  /** At least one of its cards is mature. */
  readonly mature: boolean;
}

export function groupCards(cards: readonly ReadinessCard[]): ObjectiveGroup[] {
  const groups = new Map<string, { domain: DomainId; objective: string; cards: number; recallSum: number; mature: boolean }>();
  for (const c of cards) {
    const key = `${c.domain}\u0000${c.objective}`;
    const g = groups.get(key) ?? { domain: c.domain, objective: c.objective, cards: 0, recallSum: 0, mature: false };
    g.cards++;
    g.recallSum += c.recall;
    g.mature ||= isMature(c);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export interface DomainReadiness {
  readonly domain: DomainId;
  readonly weight: number;
  readonly cards: number;
  /** Mean predicted recall over the domain's cards, 0..1. */
  readonly expected: number;
  /** Objectives of the domain with at least one mature card, out of all the domain's objectives. */
  readonly objectivesMature: number;
  readonly objectivesTotal: number;
}

export interface Readiness {
  readonly domains: readonly DomainReadiness[];
  /** Σ weight × expected: the score to expect on an exam drawn by the blueprint, 0..1. */
  readonly expectedScore: number;
  /** Σ weight × (mature objectives / objectives): how much of the blueprint rests on mature cards. */
  readonly matureCoverage: number;
}

export function isMature(c: Pick<ReadinessCard, 'state' | 'scheduledDays'>): boolean {
  return c.state === 'review' && c.scheduledDays >= MATURE_DAYS;
}

/**
 * @param objectives every study-guide objective id per domain (from content/objectives.yaml); when a
 *   domain is missing, the objectives its cards mention are used instead.
 */
export function readiness(groups: readonly ObjectiveGroup[], objectives: Partial<Record<DomainId, readonly string[]>>): Readiness {
  const domains = DOMAINS.map((d): DomainReadiness => {
    const mine = groups.filter((g) => g.domain === d.id);
    const all = new Set(objectives[d.id] ?? mine.map((g) => g.objective));
    const mature = new Set(mine.filter((g) => g.mature && all.has(g.objective)).map((g) => g.objective));
    const cards = mine.reduce((n, g) => n + g.cards, 0);
    const expected = cards === 0 ? 0 : mine.reduce((sum, g) => sum + g.recallSum, 0) / cards;
    return { domain: d.id, weight: d.weight, cards, expected, objectivesMature: mature.size, objectivesTotal: all.size };
  });
  return {
    domains,
    expectedScore: domains.reduce((s, d) => s + d.weight * d.expected, 0),
    matureCoverage: domains.reduce((s, d) => s + (d.objectivesTotal === 0 ? 0 : (d.weight * d.objectivesMature) / d.objectivesTotal), 0),
  };
}
