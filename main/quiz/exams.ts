// Practice exam attempts stored in SQLite: the attempt value from core/exam is saved after every step,
// so a crash or reload resumes where the learner was; on submission the report is stored and every
// answered item feeds the item's review card. Node only.
import { ApiError } from '../../core/api/errors';
import type { ExamItemView, ExamSummary, ExamView } from '../../core/api/quiz';
import type { ChoiceQuestion } from '../../core/model/question';
import { drawExam } from '../../core/exam/assemble';
import { answerDomc, answerMc, setFlag, startAttempt, submit, type Attempt, type Step } from '../../core/exam/attempt';
import { EXAM_ITEMS, EXAM_MINUTES } from '../../core/exam/blueprint';
import { domcCurrent } from '../../core/exam/domc';
import { buildReport, type ExamReport } from '../../core/exam/report';
import type { SrsContext } from './context';
import { recordAnswer } from './review';
import { feedOptionOutcomes } from './optionCards';
import { questionOf } from './rows';

interface Stored {
  readonly attempt: Attempt;
  readonly shortfalls: string[];
  readonly report: ExamReport | null;
}

interface AttemptRow {
  id: number;
  started_at: number;
  submitted_at: number | null;
  score: number | null;
  passed: number | null;
  state: string;
}

/** Every active choice question: the pool an exam is drawn from. */
function activeQuestions(ctx: SrsContext): Map<string, ChoiceQuestion> {
  const rows = ctx.db.prepare("SELECT content FROM srs_card WHERE type IN ('single','multiple','domc') AND retired = 0").all() as Array<{ content: string }>;
  return new Map(rows.map((r) => questionOf(r) as ChoiceQuestion).map((q) => [q.id, q]));
}

/** The questions of one attempt (retired ones included, so old reports stay readable). */
function attemptQuestions(ctx: SrsContext, a: Attempt): Map<string, ChoiceQuestion> {
  const rows = ctx.db
    .prepare('SELECT content FROM srs_card WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(a.items.map((i) => i.questionId))) as Array<{ content: string }>;
  return new Map(rows.map((r) => questionOf(r) as ChoiceQuestion).map((q) => [q.id, q]));
}

function load(ctx: SrsContext, id: number): Stored {
  const row = ctx.db.prepare('SELECT * FROM exam_attempt WHERE id = ?').get(id) as AttemptRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `no exam attempt ${id}`);
  return JSON.parse(row.state) as Stored;
}

function save(ctx: SrsContext, id: number, s: Stored): void {
  ctx.db
    .prepare('UPDATE exam_attempt SET state = ?, submitted_at = ?, score = ?, passed = ? WHERE id = ?')
    .run(JSON.stringify(s), s.attempt.submittedAt, s.report?.percent ?? null, s.report ? (s.report.passed ? 1 : 0) : null, id);
}

function unwrap<T>(step: Step<T>): T {
  if (!step.ok) throw new ApiError('CONFLICT', step.error);
  return step.value;
}

function question(qs: Map<string, ChoiceQuestion>, a: Attempt, index: number): ChoiceQuestion {
  const item = a.items[index];
  if (!item) throw new ApiError('BAD_INPUT', `item ${index + 1} does not exist (the attempt has ${a.items.length})`);
  const q = qs.get(item.questionId);
  if (!q) throw new ApiError('CONFLICT', `question ${item.questionId} is no longer in the bank`);
  return q;
}

export function viewOf(ctx: SrsContext, id: number, s: Stored): ExamView {
  const a = s.attempt;
  const qs = attemptQuestions(ctx, a);
  const items = a.items.map((item, index): ExamItemView => {
    const q = question(qs, a, index);
    const answer = a.answers[index] ?? null;
    const progress = answer?.kind === 'domc' ? answer.progress : null;
    const current = item.kind === 'domc' && a.submittedAt === null ? domcCurrent(item, progress ?? { responses: [], outcome: 'pending', finished: false }) : null;
    return {
      index,
      kind: item.kind,
      domain: item.domain,
      prompt: q.prompt,
      options: item.kind === 'mc' ? item.optionOrder.map((i) => q.options[i]?.text ?? '') : [],
      choose: item.kind === 'mc' ? q.options.filter((o) => o.correct).length : 1,
      // MC answers are indexes into the question's options; the view shows positions in presentation order.
      selected: answer?.kind === 'mc' ? answer.selected.map((o) => item.optionOrder.indexOf(o)).sort((x, y) => x - y) : [],
      flagged: a.flagged[index] ?? false,
      currentOption: current === null ? null : (q.options[current]?.text ?? null),
      domcFinished: progress?.finished ?? false,
      answered: answer !== null && (answer.kind === 'mc' ? answer.selected.length > 0 : answer.progress.finished),
    };
  });
  return { id, startedAt: a.startedAt, deadline: a.deadline, now: ctx.now(), passPercent: a.passPercent, submitted: a.submittedAt !== null, items, shortfalls: s.shortfalls };
}

export function startExam(ctx: SrsContext, opts: { size: number; minutes?: number; passPercent?: number; seed?: number }): ExamView {
  const now = ctx.now();
  const bank = [...activeQuestions(ctx).values()];
  const seed = opts.seed ?? (now ^ (Math.random() * 0x7fffffff)) >>> 0;
  const draw = drawExam(bank, { seed, size: opts.size });
  if (draw.items.length === 0) throw new ApiError('UNAVAILABLE', 'the question bank has no multiple-choice or DOMC questions yet');
  const minutes = opts.minutes ?? Math.max(1, Math.round((EXAM_MINUTES * draw.items.length) / EXAM_ITEMS));
  const attempt = startAttempt(draw.items, { seed, now, minutes, passPercent: opts.passPercent ?? ctx.settings().examPassPercent });
  const shortfalls = [...draw.shortfalls];
  if (draw.items.length < opts.size) shortfalls.push(`only ${draw.items.length} of ${opts.size} items could be drawn`);
  const stored: Stored = { attempt, shortfalls, report: null };
  const id = Number(ctx.db.prepare('INSERT INTO exam_attempt (started_at, state) VALUES (?, ?)').run(now, JSON.stringify(stored)).lastInsertRowid);
  return viewOf(ctx, id, stored);
}

export function getExam(ctx: SrsContext, id: number): ExamView {
  return viewOf(ctx, id, load(ctx, id));
}

function step(ctx: SrsContext, id: number, change: (a: Attempt, qs: Map<string, ChoiceQuestion>, now: number) => Step<Attempt>): ExamView {
  return ctx.db
    .transaction(() => {
      const s = load(ctx, id);
      const next: Stored = { ...s, attempt: unwrap(change(s.attempt, attemptQuestions(ctx, s.attempt), ctx.now())) };
      save(ctx, id, next);
      return viewOf(ctx, id, next);
    })
    .immediate();
}

export function examAnswerMc(ctx: SrsContext, id: number, index: number, positions: number[]): ExamView {
  return step(ctx, id, (a, qs, now) => {
    const item = a.items[index];
    const options = item ? positions.map((p) => item.optionOrder[p] ?? -1) : positions;
    return answerMc(a, question(qs, a, index), index, options, now);
  });
}

export function examAnswerDomc(ctx: SrsContext, id: number, index: number, yes: boolean): ExamView {
  return step(ctx, id, (a, qs, now) => answerDomc(a, question(qs, a, index), index, yes, now));
}

export function examFlag(ctx: SrsContext, id: number, index: number, flagged: boolean): ExamView {
  return step(ctx, id, (a, _qs, now) => setFlag(a, index, flagged, now));
}

/**
 * Ends the attempt, stores its report and feeds the SRS: each answered item's card (right → Good, wrong →
 * Again) and, for DOMC items, each option judged (see optionCards.ts).
 */
export function submitExam(ctx: SrsContext, id: number): ExamReport {
  return ctx.db
    .transaction(() => {
      const s = load(ctx, id);
      const attempt = unwrap(submit(s.attempt, ctx.now()));
      const report = buildReport(attempt, attemptQuestions(ctx, attempt));
      save(ctx, id, { ...s, attempt, report });
      const qs = attemptQuestions(ctx, attempt);
      // Exam time counts as study time: spread evenly over the answered items' log rows.
      const answered = report.items.filter((i) => i.answered).length;
      const perItemMs = answered === 0 ? 0 : Math.min(3_600_000, Math.round(report.durationMs / answered));
      report.items.forEach((item, i) => {
        if (!item.answered) return;
        const active = ctx.db.prepare('SELECT 1 FROM srs_card WHERE id = ? AND retired = 0').get(item.questionId);
        if (active) recordAnswer(ctx, item.questionId, item.correct ? 3 : 1, perItemMs, 'exam');
        // Per-option DOMC outcomes: each misjudged option becomes (or reviews) an option card.
        const answer = attempt.answers[i];
        const parent = qs.get(item.questionId);
        if (active && parent && answer?.kind === 'domc') feedOptionOutcomes(ctx, parent, answer.progress.responses);
      });
      return report;
    })
    .immediate();
}

export function examReport(ctx: SrsContext, id: number): ExamReport {
  const s = load(ctx, id);
  if (!s.report) throw new ApiError('CONFLICT', `exam attempt ${id} has not been submitted yet`);
  return s.report;
}

export function listExams(ctx: SrsContext): ExamSummary[] {
  const rows = ctx.db.prepare('SELECT * FROM exam_attempt ORDER BY id DESC LIMIT 100').all() as AttemptRow[];
  return rows.map((r) => {
    const s = JSON.parse(r.state) as Stored;
    return {
      id: r.id,
      startedAt: r.started_at,
      submittedAt: r.submitted_at,
      items: s.attempt.items.length,
      percent: r.score,
      passed: r.passed === null ? null : r.passed === 1,
      domains: (s.report?.domains ?? []).map((d) => ({ domain: d.domain, percent: d.percent })),
    };
  });
}
