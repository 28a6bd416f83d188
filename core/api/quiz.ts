// API methods of spaced-repetition review, the exam simulator and the progress dashboard. Pure.
import { z } from 'zod';
import { method } from './define';
import type { Question } from '../model/question';
import type { DomainId } from '../model/domains';
import type { CardState, Grade } from '../srs/card';
import type { SrsSettings } from '../srs/settings';
import { srsSettingsChangeSchema } from '../srs/settings';
import { queueFilterSchema } from '../srs/queue';
import type { Readiness } from '../srs/readiness';
import type { ExamReport } from '../exam/report';
import type { DomcRole } from '../exam/domc';

export type QueueReason = 'learning' | 'review' | 'new' | 'exam-final-days';

export interface QueueCard {
  readonly id: string;
  readonly question: Question;
  readonly state: CardState;
  readonly reason: QueueReason;
  readonly flag: number;
  readonly reps: number;
  readonly lapses: number;
  /** Due time (epoch ms) each grade would give, for the button labels. */
  readonly previews: Record<Grade, number>;
}

export interface LeechInfo {
  readonly id: string;
  readonly prompt: string;
  readonly lesson: string;
  readonly section: string | null;
  readonly lapses: number;
}

export interface QueueResult {
  /** The next cards in order (at most `detail`, 10 by default), with questions; `counts` gives the totals. */
  readonly cards: QueueCard[];
  readonly counts: { readonly learning: number; readonly review: number; readonly new: number; readonly examFinalDays: number };
  /** answers: everything answered today; reviews: answers to graduated cards (what the review limit caps). */
  readonly doneToday: { readonly answers: number; readonly reviews: number; readonly newCards: number };
  /** Learning cards that come back later today (after their step). */
  readonly laterToday: number;
  /** Epoch ms when the next learning card is due, if any. */
  readonly nextLearningAt: number | null;
  readonly leeches: LeechInfo[];
  readonly exam: {
    readonly date: string;
    readonly daysLeft: number;
    readonly target: number;
    /** Cards never studied yet, and how many a day would introduce them all a week before the exam. */
    readonly newLeft: number;
    readonly suggestedNewPerDay: number;
  } | null;
}

export interface AnswerResult {
  readonly id: string;
  readonly state: CardState;
  readonly due: number;
  /** Set when this answer made the card a leech: study its lesson before it returns. */
  readonly leech: LeechInfo | null;
  readonly pulledInForExam: boolean;
}

export interface SyncSummary {
  readonly added: number;
  readonly edited: number;
  readonly reset: number;
  readonly retired: number;
  readonly restored: number;
  readonly unchanged: number;
  readonly problems: ReadonlyArray<{ readonly file: string; readonly field: string; readonly message: string }>;
}

export interface HealthReport {
  readonly ok: boolean;
  /** Plain-language summary; when not ok, what went wrong and what can be done. */
  readonly message: string;
  readonly backups: BackupInfo[];
  readonly lastSync: SyncSummary | null;
}

export interface BackupInfo {
  readonly name: string;
  readonly day: string;
  readonly bytes: number;
}

export interface DashboardData {
  readonly today: string;
  /** Reviews per study day over the last year (calendar heatmap). */
  readonly reviewsPerDay: ReadonlyArray<{ readonly day: string; readonly reviews: number; readonly minutes: number }>;
  /** Cards due on each of the next 30 days (index 0 = today, overdue included). */
  readonly forecast: number[];
  /** True retention of graduated cards by days since the previous review. */
  readonly retention: ReadonlyArray<{ readonly label: string; readonly passed: number; readonly failed: number }>;
  readonly cardsByState: { readonly new: number; readonly learning: number; readonly young: number; readonly mature: number; readonly suspended: number; readonly leech: number };
  readonly readiness: Readiness & { readonly at: 'exam' | 'now'; readonly passPercent: number };
  readonly streakDays: number;
  /** Minutes spent answering cards, fractional (the page rounds them for display). */
  readonly minutesStudied: { readonly today: number; readonly total: number };
}

/** What the exam page sees of an item: never the key, and for DOMC only the option on screen. */
export interface ExamItemView {
  readonly index: number;
  readonly kind: 'mc' | 'domc';
  readonly domain: DomainId;
  readonly prompt: string;
  /** MC: every option text in presentation order. DOMC: empty. */
  readonly options: string[];
  /** MC: "choose N" hint, as on the real exam the count is given for multi-answer items. */
  readonly choose: number;
  readonly selected: number[];
  readonly flagged: boolean;
  /** DOMC: the option to judge now (null once the item is over). */
  readonly currentOption: string | null;
  readonly domcFinished: boolean;
  readonly answered: boolean;
}

export interface ExamView {
  readonly id: number;
  readonly startedAt: number;
  readonly deadline: number;
  readonly now: number;
  readonly passPercent: number;
  readonly submitted: boolean;
  readonly items: ExamItemView[];
  readonly shortfalls: string[];
}

export interface ExamSummary {
  readonly id: number;
  readonly startedAt: number;
  readonly submittedAt: number | null;
  readonly items: number;
  readonly percent: number | null;
  readonly passed: boolean | null;
  readonly domains: ReadonlyArray<{ readonly domain: DomainId; readonly percent: number }>;
}

/** Outcome of fitting FSRS weights to the learner's history. Log losses are measured on held-out cards (lower is better). */
export type OptimizeResult =
  | { readonly status: 'not-enough-history'; readonly items: number; readonly needed: number }
  | { readonly status: 'unavailable'; readonly reason: string }
  | { readonly status: 'kept-current'; readonly items: number; readonly currentLogLoss: number; readonly fittedLogLoss: number }
  | { readonly status: 'optimized'; readonly items: number; readonly weights: number[]; readonly previousLogLoss: number; readonly fittedLogLoss: number };

export type { ExamReport, DomcRole };

const cardId = z.string().min(1);
const attemptId = z.number().int().positive();
const itemIndex = z.number().int().min(0);

export const quizApi = {
  'quiz.queue': method<QueueResult>()(z.object({ filter: queueFilterSchema.default({}), detail: z.number().int().min(1).max(500).default(10) }).strict()),
  'quiz.answer': method<AnswerResult>()(
    z
      .object({
        id: cardId,
        grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        durationMs: z.number().int().min(0).max(3_600_000),
      })
      .strict(),
  ),
  'quiz.undo': method<{ id: string } | null>()(z.object({}).strict()),
  'quiz.bury': method<{ until: number }>()(z.object({ id: cardId }).strict()),
  'quiz.suspend': method<{ suspended: boolean }>()(z.object({ id: cardId, suspended: z.boolean() }).strict()),
  'quiz.flag': method<{ flag: number }>()(z.object({ id: cardId, flag: z.number().int().min(0).max(4) }).strict()),
  /** Puts a leech back into reviews once its lesson has been studied. */
  'quiz.releaseLeech': method<{ released: boolean }>()(z.object({ id: cardId }).strict()),
  'quiz.settings': method<SrsSettings>()(z.object({}).strict()),
  'quiz.updateSettings': method<SrsSettings>()(z.object({ change: srsSettingsChangeSchema }).strict()),
  'quiz.sync': method<SyncSummary>()(z.object({}).strict()),
  /** Fits FSRS weights to this learner's review log (needs a few hundred reviews); keeps them only if better. */
  'quiz.optimize': method<OptimizeResult>()(z.object({}).strict()),
  /** Back to FSRS-6's default weights. */
  'quiz.resetWeights': method<SrsSettings>()(z.object({}).strict()),
  'quiz.health': method<HealthReport>()(z.object({}).strict()),
  'quiz.backupNow': method<BackupInfo>()(z.object({}).strict()),
  /** Replaces all progress with a backup's (the current state is backed up first). */
  'quiz.restoreBackup': method<{ restored: string; safetyBackup: string }>()(z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/) }).strict()),
  /** Writes the progress export file into the data folder and returns its path and contents. */
  'quiz.export': method<{ file: string; json: string }>()(z.object({}).strict()),
  /** Counts written; lessonsRead/drafts/exerciseAttempts are null for a version 1 file, which leaves them as they were. */
  'quiz.import': method<{ cards: number; reviews: number; exams: number; lessonsRead: number | null; drafts: number | null; exerciseAttempts: number | null }>()(z.object({ json: z.string().min(2).max(200_000_000) }).strict()),
  'quiz.dashboard': method<DashboardData>()(z.object({}).strict()),

  'exam.start': method<ExamView>()(
    z
      .object({
        size: z.number().int().min(1).max(55).default(55),
        minutes: z.number().int().min(1).max(240).optional(),
        passPercent: z.number().min(1).max(100).optional(),
        seed: z.number().int().nonnegative().optional(),
      })
      .strict(),
  ),
  'exam.get': method<ExamView>()(z.object({ id: attemptId }).strict()),
  'exam.answerMc': method<ExamView>()(z.object({ id: attemptId, index: itemIndex, selected: z.array(z.number().int().min(0)).max(20) }).strict()),
  'exam.answerDomc': method<ExamView>()(z.object({ id: attemptId, index: itemIndex, yes: z.boolean() }).strict()),
  'exam.flag': method<ExamView>()(z.object({ id: attemptId, index: itemIndex, flagged: z.boolean() }).strict()),
  'exam.submit': method<ExamReport>()(z.object({ id: attemptId }).strict()),
  'exam.report': method<ExamReport>()(z.object({ id: attemptId }).strict()),
  'exam.list': method<ExamSummary[]>()(z.object({}).strict()),
} as const;
