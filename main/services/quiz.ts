// Spaced-repetition, exam and dashboard handlers. Node only.
import type { Handlers } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { ServiceDeps } from './deps';
import { createQuizService } from '../quiz/service';
import { buildQueue, bury, recordAnswer, releaseLeech, setFlag, setSuspended, undoLastAnswer } from '../quiz/review';
import { readSettings, writeSettings } from '../quiz/settingsStore';
import { backupNow, prune as pruneBackups, restoreProgress } from '../quiz/backup';
import { exportProgress, importProgress, parseExport } from '../quiz/transfer';
import { dashboard } from '../quiz/dashboard';
import { optimizeWeights } from '../quiz/optimize';
import { examAnswerDomc, examAnswerMc, examFlag, examReport, getExam, listExams, startExam, submitExam } from '../quiz/exams';
import fs from 'node:fs';
import path from 'node:path';

type QuizMethod = Extract<keyof Handlers, `quiz.${string}` | `exam.${string}`>;
type QuizHandlers = Pick<Handlers, QuizMethod>;

export function quizHandlers(deps: ServiceDeps): QuizHandlers {
  // Built on first use so apps and tests that never touch reviews do not pay for the sync.
  let service: ReturnType<typeof createQuizService> | null = null;
  const svc = () => {
    service ??= createQuizService({
      db: deps.db,
      quizzesDir: deps.quizzesDir,
      contentDir: deps.contentDir,
      dataDir: deps.dataDir,
      now: deps.now,
      ...(deps.startup ? { startupNotices: deps.startup.notices } : {}),
    });
    void service.ensureDailyBackup();
    return service;
  };
  // In the real app (start-up facts present) the bank is synced and today's backup made at start-up;
  // feature tests that build handlers without them pay nothing until they call a quiz method.
  if (deps.startup) {
    try {
      svc();
    } catch (err) {
      console.warn(`[quiz] start-up sync failed: ${(err as Error).message}`);
    }
  }
  const ctx = () => {
    const s = svc();
    if (!s.health().ok) throw new ApiError('UNAVAILABLE', s.health().message);
    return s.ctx;
  };

  return {
    'quiz.queue': ({ filter, detail }) => buildQueue(ctx(), filter, detail),
    'quiz.answer': ({ id, grade, durationMs }) => {
      const result = recordAnswer(ctx(), id, grade, durationMs);
      svc().checkpoints.wrote();
      return result;
    },
    'quiz.undo': () => undoLastAnswer(ctx()),
    'quiz.bury': ({ id }) => bury(ctx(), id),
    'quiz.suspend': ({ id, suspended }) => setSuspended(ctx(), id, suspended),
    'quiz.flag': ({ id, flag }) => setFlag(ctx(), id, flag),
    'quiz.releaseLeech': ({ id }) => releaseLeech(ctx(), id),
    'quiz.settings': () => readSettings(deps.db),
    'quiz.updateSettings': ({ change }) => {
      const r = writeSettings(deps.db, change);
      if (!r.ok) throw new ApiError('BAD_INPUT', `settings not saved:\n${r.error}`);
      svc().ctx.invalidate();
      return r.settings;
    },
    'quiz.sync': () => svc().sync(),
    'quiz.optimize': () => optimizeWeights(ctx()),
    'quiz.resetWeights': () => {
      const r = writeSettings(deps.db, { weights: null });
      if (!r.ok) throw new ApiError('INTERNAL', r.error);
      svc().ctx.invalidate();
      return r.settings;
    },
    'quiz.health': () => svc().health(),
    'quiz.backupNow': () => backupNow(deps.db, deps.dataDir, svc().ctx.dayKey(deps.now().getTime())),
    'quiz.restoreBackup': async ({ name }) => {
      const s = svc();
      // The safety copy is not pruned until the restore is done, so it cannot push out the chosen backup.
      const safety = await backupNow(deps.db, deps.dataDir, s.ctx.dayKey(deps.now().getTime()), { prune: false });
      try {
        restoreProgress(deps.db, deps.dataDir, name);
      } catch (err) {
        throw new ApiError('BAD_INPUT', (err as Error).message);
      } finally {
        pruneBackups(deps.dataDir);
      }
      s.recheck();
      s.ctx.invalidate();
      s.sync();
      return { restored: name, safetyBackup: safety.name };
    },
    'quiz.export': () => {
      const now = deps.now();
      const json = JSON.stringify(exportProgress(deps.db, now.getTime()), null, 1);
      const dir = path.join(deps.dataDir, 'exports');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `drydock-progress-${now.toISOString().replace(/[:.]/g, '-')}.json`);
      fs.writeFileSync(file, json);
      return { file, json };
    },
    'quiz.import': ({ json }) => {
      const parsed = parseExport(json);
      const s = svc();
      const counts = importProgress(deps.db, parsed, deps.now().getTime());
      s.recheck();
      s.ctx.invalidate();
      s.sync();
      return counts;
    },
    'quiz.dashboard': () => dashboard(ctx(), svc().objectives()),
    'exam.start': (input) => startExam(ctx(), input),
    'exam.get': ({ id }) => getExam(ctx(), id),
    'exam.answerMc': ({ id, index, selected }) => examAnswerMc(ctx(), id, index, selected),
    'exam.answerDomc': ({ id, index, yes }) => examAnswerDomc(ctx(), id, index, yes),
    'exam.flag': ({ id, index, flagged }) => examFlag(ctx(), id, index, flagged),
    'exam.submit': ({ id }) => submitExam(ctx(), id),
    'exam.report': ({ id }) => examReport(ctx(), id),
    'exam.list': () => listExams(ctx()),
  };
}
