// A thin wrapper over ts-fsrs (FSRS-6): the clock is always passed in, fuzz is off (determinism), and
// exam-date mode caps intervals so recall on exam day meets the learner's target. Pure; runs anywhere.
import { computeDecayFactor, default_w, fsrs, generatorParameters, type FSRS, type Grade as FsrsGrade, type StepUnit } from 'ts-fsrs';
import { DAY_MS, fromFsrsCard, toFsrsCard, type Grade, type Memory } from './card';
import type { SrsSettings } from './settings';

export interface ExamTarget {
  /** Epoch ms when the exam starts. */
  readonly at: number;
  /** Recall probability every card should have at that moment. */
  readonly target: number;
}

export interface Answered {
  readonly memory: Memory;
  /** Retrievability just before the answer (null for a new card). */
  readonly recallBefore: number | null;
  /** Days since the previous review (0 for a new card). */
  readonly elapsedDays: number;
  /** True when exam-date mode moved the due date earlier than FSRS alone would have. */
  readonly pulledInForExam: boolean;
}

export interface Scheduler {
  answer(memory: Memory, grade: Grade, now: number): Answered;
  /** Due date each grade would give, for showing on the buttons. */
  preview(memory: Memory, now: number): Record<Grade, number>;
  /** Predicted probability of recall at `at`; 0 for a card never reviewed. */
  recall(memory: Memory, at: number): number;
  /** Days after the last review at which recall falls to `retention`. */
  intervalFor(stability: number, retention: number): number;
  readonly weights: readonly number[];
  /** Forgetting curve R(t) = (1 + factor·t/S)^(−decay), for computing recall in SQL. */
  readonly curve: { readonly decay: number; readonly factor: number };
}

export type SchedulerOptions = Pick<
  SrsSettings,
  'desiredRetention' | 'learningSteps' | 'relearningSteps' | 'maximumIntervalDays' | 'weights'
> & { readonly examTarget?: ExamTarget | null };

export function createScheduler(options: SchedulerOptions): Scheduler {
  const weights = options.weights ?? [...default_w];
  const engine: FSRS = fsrs(
    generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumIntervalDays,
      w: weights,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: options.learningSteps as StepUnit[],
      relearning_steps: options.relearningSteps as StepUnit[],
    }),
  );
  // ts-fsrs returns the decay already negated (−w20), so the curve is (1 + factor·t/S)^decay.
  const { decay: negDecay, factor } = computeDecayFactor(weights);
  const decay = -negDecay;

  const recall = (m: Memory, at: number): number => {
    if (m.state === 'new' || m.lastReview === null || m.stability <= 0) return 0;
    const elapsed = Math.max(0, (at - m.lastReview) / DAY_MS);
    return Math.pow(1 + (factor * elapsed) / m.stability, -decay);
  };

  // Inverse of the forgetting curve: R(t) = (1 + factor·t/S)^-decay  =>  t = S/factor·(R^(-1/decay) − 1).
  const intervalFor = (stability: number, retention: number): number =>
    (stability / factor) * (Math.pow(retention, -1 / decay) - 1);

  const capForExam = (m: Memory, now: number): { memory: Memory; pulled: boolean } => {
    const exam = options.examTarget;
    // Only graduated cards are capped: learning steps are minutes long and already come back today.
    if (!exam || now >= exam.at || m.state !== 'review' || m.due <= now) return { memory: m, pulled: false };
    if (m.due < exam.at) return { memory: m, pulled: false }; // it will be seen again before the exam anyway
    if (recall(m, exam.at) >= exam.target) return { memory: m, pulled: false };
    // The last review before the exam must leave R(exam) >= target. Recall is above the target until
    // intervalFor(S, target) days have passed, so see the card again by then; that review repeats this check.
    const capDays = Math.max(intervalFor(m.stability, exam.target), 1 / 24);
    const due = Math.min(m.due, now + capDays * DAY_MS);
    return { memory: { ...m, due, scheduledDays: Math.max(0, Math.round(capDays)) }, pulled: due < m.due };
  };

  return {
    weights,
    curve: { decay, factor },
    recall,
    intervalFor,
    answer(memory, grade, now) {
      const recallBefore = memory.state === 'new' ? null : recall(memory, now);
      const elapsedDays = memory.lastReview === null ? 0 : Math.max(0, (now - memory.lastReview) / DAY_MS);
      const next = engine.next(toFsrsCard(memory), new Date(now), grade as FsrsGrade);
      const capped = capForExam(fromFsrsCard(next.card), now);
      return { memory: capped.memory, recallBefore, elapsedDays, pulledInForExam: capped.pulled };
    },
    preview(memory, now) {
      const out = {} as Record<Grade, number>;
      for (const g of [1, 2, 3, 4] as const) {
        out[g] = capForExam(fromFsrsCard(engine.next(toFsrsCard(memory), new Date(now), g as FsrsGrade).card), now).memory.due;
      }
      return out;
    },
  };
}
