// The Dockerfile sandbox page: Monaco (loaded lazily with this page) checked live by the engine worker,
// the simulated image in panes beside it, scratch drafts and exercises. Routes:
// #/sandbox, #/sandbox/draft/<id>, #/sandbox/exercise/<id>. DOM only.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDrydockStore } from '../../store';
import { navigate } from '../../router';
import { Button } from '../../ui';
import type { SandboxEditor } from '../../editor/sandboxEditor';
import { startEngineWorker, type EngineClient } from '../../workers/engineClient';
import type { AnalyzeInput } from '../../workers/protocol';
import type { PaneId } from './sandboxSlice';
import { Sidebar } from './Sidebar';
import { useSplit } from './useSplit';
import { splitArgs } from './runArgs';
import { ProblemsList } from './panes/ProblemsList';
import { ImagePane } from './panes/ImagePane';
import { LayersPane } from './panes/LayersPane';
import { CachePane } from './panes/CachePane';
import { RunPane } from './panes/RunPane';
import { StagesPane } from './panes/StagesPane';
import { ContextPane } from './panes/ContextPane';
import { ExercisePanel } from './panes/ExercisePanel';
import { LivePane, type LiveApi } from './panes/LivePane';
import { api } from '../../api';
import './sandbox.css';

/**
 * Debounce for analyses. Edits made in the same task (a paste, multi-cursor typing) fold into one
 * request (microtask), and while the worker is busy only the newest text waits (EngineClient keeps one
 * in flight): the debounce window adapts to the engine's speed instead of adding a fixed delay to every
 * keystroke. Non-zero values are for settings changes that need no instant answer.
 */
export const ANALYZE_DEBOUNCE_MS = 0;

// Start fetching Monaco as soon as this page's code loads, in parallel with the page's first render.
const editorModule = import('../../editor/sandboxEditor');

const PANES: { id: PaneId; label: string }[] = [
  { id: 'image', label: 'Image' },
  { id: 'layers', label: 'Layers' },
  { id: 'cache', label: 'Cache' },
  { id: 'run', label: 'Run' },
  { id: 'stages', label: 'Stages' },
  { id: 'context', label: 'Context' },
  { id: 'live', label: 'Live' },
];

const LIVE: LiveApi = {
  status: () => api['live.status']({}),
  build: (input) => api['live.build'](input),
  run: (input) => api['live.run'](input),
};

// The first visit creates one scratch draft; effects may run twice (StrictMode, quick re-renders), the
// creation must not.
let firstDraft: Promise<void> | null = null;
function createFirstDraft(create: () => Promise<void>): Promise<void> {
  firstDraft ??= create().finally(() => {
    firstDraft = null;
  });
  return firstDraft;
}

export default function SandboxPage({ path }: { path: string[] }) {
  const s = useDrydockStore(useShallow((st) => st.sandbox));
  const store = useDrydockStore.getState;
  const editorHost = useRef<HTMLDivElement>(null);
  const editor = useRef<SandboxEditor | null>(null);
  const engine = useRef<EngineClient | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [editorReady, setEditorReady] = useState(false);
  const [showExercise, setShowExercise] = useState(true);
  const { width, separatorProps } = useSplit();

  const [kind, id] = path;

  // Lesson titles for the editor's hovers and the exercise panel's lesson link.
  useEffect(() => {
    if (!store().lessonSummaries) void store().loadLessonOutline();
  }, [store]);

  // Which workspace the route asks for.
  useEffect(() => {
    void (async () => {
      await store().sandboxLoadLists();
      if (kind === 'exercise' && id) {
        if (store().sandbox.exercise?.id !== id) await store().sandboxOpenExercise(id);
      } else if (kind === 'draft' && id) {
        if (store().sandbox.draft?.id !== id || store().sandbox.exercise) await store().sandboxOpenDraft(id);
      } else {
        const first = store().sandbox.drafts[0];
        if (first) navigate('sandbox', 'draft', first.id);
        else await createFirstDraft(() => store().sandboxCreateDraft('Scratch'));
      }
    })();
  }, [kind, id, store]);

  // Keep the URL on the open draft when one was created without a route.
  useEffect(() => {
    if (!kind && s.draft && !s.draft.exerciseId) navigate('sandbox', 'draft', s.draft.id);
  }, [kind, s.draft]);

  const input = useCallback((): AnalyzeInput | null => {
    const st = store().sandbox;
    if (!st.draft || !editor.current) return null;
    return {
      dockerfile: editor.current.getValue(),
      context: st.draft.context,
      buildArgs: st.exercise?.buildArgs ?? {},
      ...(st.exercise?.target ? { target: st.exercise.target } : {}),
      run: { args: splitArgs(st.runArgs), ...(st.entrypoint.trim() ? { entrypoint: st.entrypoint.trim() } : {}) },
      ...(st.exercise ? { checks: st.exercise.checks } : {}),
    };
  }, [store]);

  const queued = useRef(false);
  const requestAnalysis = useCallback(
    (delay = ANALYZE_DEBOUNCE_MS) => {
      const send = () => {
        queued.current = false;
        const i = input();
        if (i && editor.current && engine.current) engine.current.analyze(editor.current.version(), i);
      };
      clearTimeout(timer.current);
      if (delay > 0) {
        timer.current = setTimeout(send, delay);
      } else if (!queued.current) {
        queued.current = true;
        queueMicrotask(send);
      }
    },
    [input],
  );

  // Editor and worker live as long as the page.
  useEffect(() => {
    let disposed = false;
    const worker = startEngineWorker({
      onSnapshot(snapshot, docVersion) {
        const received = performance.now();
        editor.current?.apply(snapshot, docVersion);
        if (editor.current && docVersion === editor.current.version()) store().sandboxSetSnapshot(snapshot);
        // Lets the benchmark (and curious developers) time keystroke-to-markers without patching code.
        window.dispatchEvent(new CustomEvent('drydock:analysis', { detail: { docVersion, elapsedMs: snapshot.elapsedMs, applyMs: performance.now() - received } }));
      },
      onError: (message) => store().reportError(new Error(message)),
    });
    engine.current = worker.client;
    void editorModule.then(({ createSandboxEditor }) => {
      if (disposed || !editorHost.current) return;
      editor.current = createSandboxEditor(editorHost.current, store().sandbox.draft?.dockerfile ?? '', (text) => {
        store().sandboxSetDockerfile(text);
        requestAnalysis();
      });
      setEditorReady(true);
    });
    return () => {
      disposed = true;
      clearTimeout(timer.current);
      void store().sandboxFlush();
      worker.terminate();
      editor.current?.dispose();
      editor.current = null;
      engine.current = null;
    };
  }, [store, requestAnalysis]);

  // A different draft opened: load its text, pin a cache baseline at the opened state, analyse.
  const draftId = s.draft?.id;
  useEffect(() => {
    if (!editorReady || !draftId || !editor.current) return;
    editor.current.setValue(store().sandbox.draft?.dockerfile ?? '');
    const i = input();
    if (i) engine.current?.setBaseline(i);
    requestAnalysis(0);
    setShowExercise(true);
  }, [editorReady, draftId, input, requestAnalysis, store]);

  // Context or run settings changed: re-analyse the same text.
  useEffect(() => {
    if (editorReady) requestAnalysis();
  }, [s.draft?.context, s.runArgs, s.entrypoint, editorReady, requestAnalysis]);

  // Leaving the page or the window: save now.
  useEffect(() => {
    const flush = () => void store().sandboxFlush();
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, [store]);

  const jump = (line: number, column = 1) => editor.current?.reveal(line, column);
  const snapshot = s.snapshot;
  const title = s.exercise ? s.exercise.title : (s.draft?.name ?? 'Sandbox');

  return (
    <div className="sbx" style={{ ['--sbx-panes' as string]: `${width}px` }}>
      <Sidebar
        drafts={s.drafts}
        exercises={s.exercises}
        problems={s.exerciseProblems}
        currentDraft={s.draft?.id ?? null}
        currentExercise={s.exercise?.id ?? null}
        onCreate={(name) => void store().sandboxCreateDraft(name)}
        onDelete={(d) => void store().sandboxDeleteDraft(d)}
      />
      <section className="sbx-editor-col" aria-label="Dockerfile">
        <header className="sbx-editor-head">
          <h1>{title}</h1>
          <span className={`sbx-save sbx-save-${s.save}`} role="status" data-testid="save-state">
            {s.save === 'saved' ? 'Saved' : s.save === 'saving' ? 'Saving…' : s.save === 'dirty' ? 'Editing…' : 'Not saved'}
          </span>
          {snapshot && <span className="sbx-muted sbx-timing" title="Engine time for the last analysis">{snapshot.elapsedMs.toFixed(1)} ms</span>}
          {s.draft && !s.exercise && (
            <Button
              variant="ghost"
              onClick={() => {
                const name = window.prompt('Rename this scratch file', s.draft?.name ?? '');
                if (name && name.trim() && s.draft) void store().sandboxRenameDraft(s.draft.id, name.trim());
              }}
            >
              Rename
            </Button>
          )}
          <Button variant="ghost" onClick={() => editor.current?.format()} title="Format document (Shift+Alt+F)">Format</Button>
          {s.exercise && <Button variant="ghost" pressed={showExercise} onClick={() => setShowExercise(!showExercise)}>Exercise</Button>}
        </header>
        <div className="sbx-editor" ref={editorHost} data-testid="editor">
          {!editorReady && <p className="sbx-muted sbx-loading">Loading the editor…</p>}
        </div>
        <ProblemsList diagnostics={snapshot?.diagnostics ?? []} onJump={jump} />
      </section>
      <div className="sbx-separator" {...separatorProps} />
      <section className="sbx-panes" aria-label="Simulated image">
        {s.exercise && showExercise && (
          <ExercisePanel
            exercise={s.exercise}
            preview={snapshot?.grade ?? null}
            lastCheck={s.lastCheck}
            checking={s.checking}
            hintsShown={s.hintsShown}
            onCheck={() => void store().sandboxCheck()}
            onHint={() => store().sandboxShowHint()}
          />
        )}
        <div role="tablist" aria-label="Panes" className="sbx-tabs" onKeyDown={(e) => {
          const i = PANES.findIndex((p) => p.id === s.pane);
          const next = e.key === 'ArrowRight' ? PANES[(i + 1) % PANES.length] : e.key === 'ArrowLeft' ? PANES[(i + PANES.length - 1) % PANES.length] : undefined;
          if (next) {
            e.preventDefault();
            store().sandboxSetPane(next.id);
            document.getElementById(`sbx-tab-${next.id}`)?.focus();
          }
        }}>
          {PANES.map((p) => (
            <button key={p.id} id={`sbx-tab-${p.id}`} role="tab" type="button" aria-selected={s.pane === p.id} tabIndex={s.pane === p.id ? 0 : -1} aria-controls="sbx-tabpanel" onClick={() => store().sandboxSetPane(p.id)}>
              {p.label}
              {p.id === 'layers' && snapshot && snapshot.wastedBytes > 0 && <span className="sbx-dot-bad" aria-label="wasted bytes" />}
            </button>
          ))}
        </div>
        <div id="sbx-tabpanel" role="tabpanel" aria-labelledby={`sbx-tab-${s.pane}`} className="sbx-tabpanel">
          {snapshot && !snapshot.buildable && s.pane !== 'context' && s.pane !== 'live' && (
            <p className="sbx-fails" role="note">docker build would stop with an error (see Problems); the panes show what is known up to it.</p>
          )}
          {s.pane === 'context' && s.draft ? (
            <ContextPane snapshot={snapshot} files={s.draft.context} onChange={(files) => store().sandboxSetContext(files)} />
          ) : s.pane === 'live' ? (
            <LivePane
              live={LIVE}
              predicted={snapshot?.config ?? null}
              workspace={() => {
                const st = store().sandbox;
                return {
                  dockerfile: editor.current?.getValue() ?? '',
                  context: [...(st.draft?.context ?? [])],
                  buildArgs: { ...(st.exercise?.buildArgs ?? {}) },
                  ...(st.exercise?.target ? { target: st.exercise.target } : {}),
                  runArgs: splitArgs(st.runArgs),
                  ...(st.entrypoint.trim() ? { entrypoint: st.entrypoint.trim() } : {}),
                };
              }}
            />
          ) : !snapshot ? (
            <p className="sbx-muted">Analysing…</p>
          ) : s.pane === 'image' ? (
            <ImagePane snapshot={snapshot} />
          ) : s.pane === 'layers' ? (
            <LayersPane snapshot={snapshot} onJump={jump} />
          ) : s.pane === 'cache' ? (
            <CachePane snapshot={snapshot} onJump={jump} onPinBaseline={() => { const i = input(); if (i) { engine.current?.setBaseline(i); requestAnalysis(0); } }} />
          ) : s.pane === 'run' ? (
            <RunPane snapshot={snapshot} runArgs={s.runArgs} entrypoint={s.entrypoint} onChange={(a, e) => store().sandboxSetRun(a, e)} />
          ) : (
            <StagesPane snapshot={snapshot} onJump={jump} />
          )}
        </div>
      </section>
    </div>
  );
}
