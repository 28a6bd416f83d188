// Sandbox handlers: drafts (named scratch Dockerfiles with their context) and exercises (list with
// progress, open with the learner's draft, check = grade with the engine and record the attempt).
// Exercises are loaded once per handler set; a bad exercise file is reported, never fatal. Node only.
import type { Handlers } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { ExerciseSummary } from '../../core/api/sandbox';
import { gradeWorkspace } from '../../core/exercises/engine';
import type { Exercise } from '../../core/exercises/schema';
import type { ServiceDeps } from './deps';
import { DraftStore } from '../sandbox/drafts';
import { AttemptStore } from '../sandbox/attempts';
import { loadExercises, type LoadedExercises } from '../sandbox/loadExercises';

type SandboxMethods =
  | 'sandbox.listDrafts' | 'sandbox.getDraft' | 'sandbox.createDraft' | 'sandbox.saveDraft' | 'sandbox.renameDraft'
  | 'sandbox.deleteDraft' | 'exercises.list' | 'exercises.open' | 'exercises.check';

export function sandboxHandlers(deps: ServiceDeps): Pick<Handlers, SandboxMethods> {
  const drafts = new DraftStore(deps.db, deps.now);
  const attempts = new AttemptStore(deps.db, deps.now);
  let loaded: LoadedExercises | undefined;
  const content = () => (loaded ??= loadExercises(deps.contentDir));
  const find = (id: string): Exercise => {
    const ex = content().exercises.find((e) => e.id === id);
    if (!ex) throw new ApiError('NOT_FOUND', `no exercise with id "${id}"`);
    return ex;
  };
  const summary = (ex: Exercise): ExerciseSummary => {
    const p = attempts.of(ex.id);
    return { id: ex.id, title: ex.title, lesson: ex.lesson, difficulty: ex.difficulty, attempts: p.attempts, best: p.best, solved: p.solved };
  };

  return {
    'sandbox.listDrafts': () => drafts.list(),
    'sandbox.getDraft': ({ id }) => drafts.get(id),
    'sandbox.createDraft': ({ name, dockerfile, context }) =>
      drafts.create({ name, ...(dockerfile !== undefined ? { dockerfile } : {}), ...(context ? { context } : {}) }),
    'sandbox.saveDraft': ({ id, dockerfile, context }) => drafts.save(id, dockerfile, context),
    'sandbox.renameDraft': ({ id, name }) => drafts.rename(id, name),
    'sandbox.deleteDraft': ({ id }) => ({ deleted: drafts.delete(id) }),
    'exercises.list': () => {
      const { exercises, problems } = content();
      const progress = attempts.all();
      return {
        exercises: exercises.map((ex) => {
          const p = progress.get(ex.id) ?? { attempts: 0, best: null, solved: false };
          return { id: ex.id, title: ex.title, lesson: ex.lesson, difficulty: ex.difficulty, ...p };
        }),
        problems,
      };
    },
    'exercises.open': ({ id }) => {
      const exercise = find(id);
      const draft =
        drafts.forExercise(id) ??
        drafts.create({ name: exercise.title, dockerfile: exercise.starter.dockerfile, context: exercise.starter.context, exerciseId: id });
      return { exercise, progress: summary(exercise), draft };
    },
    'exercises.check': ({ id, dockerfile, context }) => {
      const exercise = find(id);
      const workspace = { dockerfile, context };
      const report = gradeWorkspace(exercise.checks, workspace, { buildArgs: exercise.buildArgs, ...(exercise.target ? { target: exercise.target } : {}) });
      attempts.record(id, dockerfile, report);
      // Keep the learner's work in their exercise draft, so reopening shows what was checked.
      const draft = drafts.forExercise(id);
      if (draft) drafts.save(draft.id, dockerfile, context);
      return { report, progress: summary(exercise) };
    },
  };
}
