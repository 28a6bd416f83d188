// Sandbox state: the open workspace (a scratch draft or an exercise's draft), the lists in the sidebar,
// the worker's latest snapshot, run/build settings, autosave status and the last graded check.
// SQLite (through the API) is the source of truth for drafts and attempts. DOM only.
import type { CheckOutcome, Draft, DraftSummary, ExerciseLoadProblem, ExerciseSummary, SandboxFile } from '../../../core/api/sandbox';
import type { Exercise } from '../../../core/exercises/schema';
import type { Snapshot } from '../../workers/protocol';
import { api } from '../../api';
import type { SliceCreator } from '../../store';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';
export type PaneId = 'image' | 'layers' | 'cache' | 'run' | 'stages' | 'context' | 'live';

export interface SandboxSlice {
  sandbox: {
    drafts: readonly DraftSummary[];
    exercises: readonly ExerciseSummary[];
    /** Exercise files that failed to load (file and what is wrong), shown in the sidebar. */
    exerciseProblems: readonly ExerciseLoadProblem[];
    draft: Draft | null;
    exercise: Exercise | null;
    snapshot: Snapshot | null;
    pane: PaneId;
    runArgs: string;
    entrypoint: string;
    save: SaveState;
    checking: boolean;
    lastCheck: CheckOutcome | null;
    hintsShown: number;
  };
  sandboxLoadLists(): Promise<void>;
  sandboxOpenDraft(id: string): Promise<void>;
  sandboxOpenExercise(id: string): Promise<void>;
  sandboxCreateDraft(name: string): Promise<void>;
  sandboxDeleteDraft(id: string): Promise<void>;
  sandboxRenameDraft(id: string, name: string): Promise<void>;
  sandboxSetDockerfile(text: string): void;
  sandboxSetContext(files: readonly SandboxFile[]): void;
  sandboxSetSnapshot(snapshot: Snapshot): void;
  sandboxSetPane(pane: PaneId): void;
  sandboxSetRun(runArgs: string, entrypoint: string): void;
  sandboxShowHint(): void;
  sandboxFlush(): Promise<void>;
  sandboxCheck(): Promise<void>;
}

/** Autosave waits this long after the last edit. */
export const AUTOSAVE_MS = 600;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
// The editor's latest text lives outside the reactive state: storing it on every keystroke would
// re-render the whole page per key. Only the save status is reactive; saves and checks read this.
let latestText: string | null = null;
/** The text to save or grade: the latest edit, else the draft as loaded. */
const textOf = (draft: Draft): string => latestText ?? draft.dockerfile;

export const createSandboxSlice: SliceCreator<SandboxSlice> = (set, get) => {
  const patch = (p: Partial<SandboxSlice['sandbox']>) => set((s) => ({ sandbox: { ...s.sandbox, ...p } }));
  const scheduleSave = () => {
    if (get().sandbox.save !== 'dirty') patch({ save: 'dirty' });
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void get().sandboxFlush(), AUTOSAVE_MS);
  };
  return {
    sandbox: {
      drafts: [],
      exercises: [],
      exerciseProblems: [],
      draft: null,
      exercise: null,
      snapshot: null,
      pane: 'image',
      runArgs: '',
      entrypoint: '',
      save: 'saved',
      checking: false,
      lastCheck: null,
      hintsShown: 0,
    },
    async sandboxLoadLists() {
      try {
        const [drafts, { exercises, problems }] = await Promise.all([api['sandbox.listDrafts']({}), api['exercises.list']({})]);
        patch({ drafts, exercises, exerciseProblems: problems });
      } catch (err) {
        get().reportError(err);
      }
    },
    async sandboxOpenDraft(id) {
      await get().sandboxFlush();
      try {
        const draft = await api['sandbox.getDraft']({ id });
        latestText = null;
        patch({ draft, exercise: null, snapshot: null, lastCheck: null, save: 'saved', hintsShown: 0 });
      } catch (err) {
        get().reportError(err);
      }
    },
    async sandboxOpenExercise(id) {
      await get().sandboxFlush();
      try {
        const opened = await api['exercises.open']({ id });
        latestText = null;
        patch({ draft: opened.draft, exercise: opened.exercise, snapshot: null, lastCheck: null, save: 'saved', hintsShown: 0 });
      } catch (err) {
        get().reportError(err);
      }
    },
    async sandboxCreateDraft(name) {
      try {
        const draft = await api['sandbox.createDraft']({ name });
        latestText = null;
        patch({ draft, exercise: null, snapshot: null, lastCheck: null, save: 'saved' });
        await get().sandboxLoadLists();
      } catch (err) {
        get().reportError(err);
      }
    },
    async sandboxDeleteDraft(id) {
      try {
        await api['sandbox.deleteDraft']({ id });
        if (get().sandbox.draft?.id === id) patch({ draft: null, snapshot: null });
        await get().sandboxLoadLists();
      } catch (err) {
        get().reportError(err);
      }
    },
    async sandboxRenameDraft(id, name) {
      try {
        const renamed = await api['sandbox.renameDraft']({ id, name });
        const draft = get().sandbox.draft;
        if (draft?.id === id) patch({ draft: { ...draft, name: renamed.name } });
        await get().sandboxLoadLists();
      } catch (err) {
        get().reportError(err);
      }
    },
    sandboxSetDockerfile(text) {
      const draft = get().sandbox.draft;
      if (!draft || textOf(draft) === text) return;
      latestText = text;
      scheduleSave();
    },
    sandboxSetContext(files) {
      const draft = get().sandbox.draft;
      if (!draft) return;
      patch({ draft: { ...draft, context: [...files] } });
      scheduleSave();
    },
    sandboxSetSnapshot(snapshot) {
      patch({ snapshot });
    },
    sandboxSetPane(pane) {
      patch({ pane });
    },
    sandboxSetRun(runArgs, entrypoint) {
      patch({ runArgs, entrypoint });
    },
    sandboxShowHint() {
      const { exercise, hintsShown } = get().sandbox;
      if (exercise) patch({ hintsShown: Math.min(exercise.hints.length, hintsShown + 1) });
    },
    async sandboxFlush() {
      clearTimeout(saveTimer);
      const { draft, save } = get().sandbox;
      if (!draft || save === 'saved' || save === 'saving') return;
      patch({ save: 'saving' });
      const text = textOf(draft);
      try {
        await api['sandbox.saveDraft']({ id: draft.id, dockerfile: text, context: [...draft.context] });
        // Another edit may have arrived while saving: only then stay dirty.
        const now = get().sandbox.draft;
        const unchanged = now && now.id === draft.id && textOf(now) === text && now.context === draft.context;
        patch({ draft: now && now.id === draft.id ? { ...now, dockerfile: text } : now, save: unchanged ? 'saved' : 'dirty' });
        if (get().sandbox.save === 'dirty') scheduleSave();
      } catch (err) {
        patch({ save: 'error' });
        get().reportError(err);
      }
    },
    async sandboxCheck() {
      const { draft, exercise } = get().sandbox;
      if (!draft || !exercise) return;
      patch({ checking: true });
      try {
        await get().sandboxFlush();
        const outcome = await api['exercises.check']({ id: exercise.id, dockerfile: textOf(draft), context: [...draft.context] });
        patch({ lastCheck: outcome, checking: false });
        await get().sandboxLoadLists();
      } catch (err) {
        patch({ checking: false });
        get().reportError(err);
      }
    },
  };
};
