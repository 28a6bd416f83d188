// Discrete-option multiple choice: options come one at a time in a fixed random order, the learner
// answers YES or NO, there is no going back, and the first decisive answer settles the item (YES on a key
// is right; YES on a distractor or NO on a key is wrong). After the decision one extra "masking" option
// may follow so the learner cannot tell how they did; its answer changes nothing. Pure; runs anywhere.

export type DomcRole = 'passed' | 'decisive' | 'mask';

export interface DomcResponse {
  /** Index into the question's options. */
  readonly option: number;
  readonly yes: boolean;
  readonly role: DomcRole;
}

export type DomcOutcome = 'pending' | 'correct' | 'wrong';

export interface DomcProgress {
  readonly responses: readonly DomcResponse[];
  readonly outcome: DomcOutcome;
  readonly finished: boolean;
}

export interface DomcPlan {
  /** Option indexes in presentation order. */
  readonly optionOrder: readonly number[];
  /** Whether a masking option follows the decision (drawn with p = 0.5 when the exam is built). */
  readonly mask: boolean;
}

export const DOMC_START: DomcProgress = { responses: [], outcome: 'pending', finished: false };

/** The option to show now, or null once the item is over. */
export function domcCurrent(plan: DomcPlan, progress: DomcProgress): number | null {
  if (progress.finished) return null;
  return plan.optionOrder[progress.responses.length] ?? null;
}

export type DomcStep = { readonly ok: true; readonly progress: DomcProgress } | { readonly ok: false; readonly error: string };

export function domcAnswer(plan: DomcPlan, isKey: readonly boolean[], progress: DomcProgress, yes: boolean): DomcStep {
  const option = domcCurrent(plan, progress);
  if (option === null) return { ok: false, error: 'this item is already decided; answers cannot be changed' };
  const key = isKey[option];
  if (key === undefined) return { ok: false, error: `option ${option} does not exist in this question` };
  const position = progress.responses.length;
  const moreLeft = position + 1 < plan.optionOrder.length;

  if (progress.outcome !== 'pending') {
    // This was the masking option: recorded for the report, never scored.
    return { ok: true, progress: { responses: [...progress.responses, { option, yes, role: 'mask' }], outcome: progress.outcome, finished: true } };
  }
  if (!yes && !key) {
    // Rejecting a distractor decides nothing; the next option follows. Running out cannot happen with a
    // valid question (it has a key, and NO on the key is decisive), but end the item wrong if it does.
    const responses = [...progress.responses, { option, yes, role: 'passed' as const }];
    return { ok: true, progress: moreLeft ? { responses, outcome: 'pending', finished: false } : { responses, outcome: 'wrong', finished: true } };
  }
  const outcome: DomcOutcome = yes && key ? 'correct' : 'wrong';
  return {
    ok: true,
    progress: { responses: [...progress.responses, { option, yes, role: 'decisive' }], outcome, finished: !(plan.mask && moreLeft) },
  };
}
