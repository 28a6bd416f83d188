// One exam attempt as a value: start, answer, flag, submit. Every change returns a new attempt or an
// error message, and the clock is passed in, so main/ only stores what this returns. Pure.
import type { ChoiceQuestion } from '../model/question';
import type { ExamItem } from './assemble';
import { DOMC_START, domcAnswer, type DomcProgress } from './domc';

export type ItemAnswer =
  | { readonly kind: 'mc'; readonly selected: readonly number[] }
  | { readonly kind: 'domc'; readonly progress: DomcProgress };

export interface Attempt {
  readonly seed: number;
  readonly startedAt: number;
  /** Answers after this moment are refused; submitting still works and ends the attempt. */
  readonly deadline: number;
  readonly passPercent: number;
  readonly items: readonly ExamItem[];
  /** One per item; null until answered (DOMC items hold their progress from the first answer). */
  readonly answers: readonly (ItemAnswer | null)[];
  /** Flag-for-review marks on multiple-choice items. */
  readonly flagged: readonly boolean[];
  readonly submittedAt: number | null;
}

export type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };
const fail = <T>(error: string): Step<T> => ({ ok: false, error });

export function startAttempt(items: readonly ExamItem[], opts: { seed: number; now: number; minutes: number; passPercent: number }): Attempt {
  return {
    seed: opts.seed,
    startedAt: opts.now,
    deadline: opts.now + opts.minutes * 60_000,
    passPercent: opts.passPercent,
    items,
    answers: items.map(() => null),
    flagged: items.map(() => false),
    submittedAt: null,
  };
}

function open(a: Attempt, index: number, now: number): Step<ExamItem> {
  if (a.submittedAt !== null) return fail('this attempt has been submitted');
  if (now > a.deadline) return fail('time is up: submit the attempt to see the report');
  const item = a.items[index];
  if (!item) return fail(`item ${index + 1} does not exist (the attempt has ${a.items.length})`);
  return { ok: true, value: item };
}

function withAnswer(a: Attempt, index: number, answer: ItemAnswer): Attempt {
  return { ...a, answers: a.answers.map((x, i) => (i === index ? answer : x)) };
}

/** Multiple-choice items can be changed until submission, like on the real exam. */
export function answerMc(a: Attempt, q: ChoiceQuestion, index: number, selected: readonly number[], now: number): Step<Attempt> {
  const item = open(a, index, now);
  if (!item.ok) return item;
  if (item.value.kind !== 'mc') return fail(`item ${index + 1} is a DOMC item: answer it option by option`);
  const bad = selected.find((s) => !Number.isInteger(s) || s < 0 || s >= q.options.length);
  if (bad !== undefined) return fail(`option ${bad} does not exist in item ${index + 1}`);
  return { ok: true, value: withAnswer(a, index, { kind: 'mc', selected: [...new Set(selected)].sort((x, y) => x - y) }) };
}

export function answerDomc(a: Attempt, q: ChoiceQuestion, index: number, yes: boolean, now: number): Step<Attempt> {
  const item = open(a, index, now);
  if (!item.ok) return item;
  if (item.value.kind !== 'domc') return fail(`item ${index + 1} is multiple choice, not DOMC`);
  const current = a.answers[index];
  const progress = current?.kind === 'domc' ? current.progress : DOMC_START;
  const step = domcAnswer(item.value, q.options.map((o) => o.correct), progress, yes);
  if (!step.ok) return step;
  return { ok: true, value: withAnswer(a, index, { kind: 'domc', progress: step.progress }) };
}

export function setFlag(a: Attempt, index: number, flagged: boolean, now: number): Step<Attempt> {
  const item = open(a, index, now);
  if (!item.ok) return item;
  if (item.value.kind !== 'mc') return fail('only multiple-choice items can be flagged for review (DOMC items cannot be revisited)');
  return { ok: true, value: { ...a, flagged: a.flagged.map((f, i) => (i === index ? flagged : f)) } };
}

export function submit(a: Attempt, now: number): Step<Attempt> {
  if (a.submittedAt !== null) return fail('this attempt has already been submitted');
  return { ok: true, value: { ...a, submittedAt: Math.min(now, a.deadline) } };
}
