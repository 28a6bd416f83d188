// The sandbox's Monaco editor: creates it, feeds it the worker's diagnostics as markers, and registers
// the Dockerfile hover, completion, quick-fix and formatting providers (once per page load). Loaded
// only by a dynamic import from the sandbox page, together with Monaco itself. DOM only.
import { monaco } from './monaco';
import type { Snapshot, SnapshotDiagnostic, SpanRange } from '../workers/protocol';
import { complete, hover, type CompletionKind } from './language/assist';
import { formatEdits, escapeCharOf } from '../../core/format/dockerfile';
import { CATALOG } from '../../core/engine/catalog/index';
import { useDrydockStore } from '../store';

const OWNER = 'drydock-engine';

/** Latest snapshot per model, read by the providers. */
const snapshots = new WeakMap<monaco.editor.ITextModel, Snapshot>();
const diagnosticsByMarker = new WeakMap<monaco.editor.ITextModel, SnapshotDiagnostic[]>();

const IMAGES = CATALOG.flatMap((img) => (img.repository === 'scratch' ? ['scratch'] : img.tags.map((t) => `${img.repository}:${t}`)));

function toRange(r: SpanRange): monaco.IRange {
  return { startLineNumber: r.startLine, startColumn: r.startColumn, endLineNumber: r.endLine, endColumn: r.endColumn };
}

const SEVERITY: Record<SnapshotDiagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
  hint: monaco.MarkerSeverity.Hint,
};

const KIND: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  keyword: monaco.languages.CompletionItemKind.Keyword,
  flag: monaco.languages.CompletionItemKind.Property,
  stage: monaco.languages.CompletionItemKind.Reference,
  variable: monaco.languages.CompletionItemKind.Variable,
  image: monaco.languages.CompletionItemKind.Module,
};

let providersRegistered = false;

function registerProviders(): void {
  if (providersRegistered) return;
  providersRegistered = true;

  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const snapshot = snapshots.get(model);
      if (!snapshot) return null;
      // Name the lesson by its title when the course outline is loaded (the sandbox page loads it).
      const lessons = useDrydockStore.getState().lessonSummaries;
      const titles = (id: string) => lessons?.find((l) => l.id === id)?.title;
      const result = hover(snapshot, model.getLineContent(position.lineNumber), position.lineNumber, position.column, titles);
      if (!result) return null;
      // A base URI lets the sanitizer keep our relative "#/lessons/<id>" links; the opener below follows them.
      const baseUri = monaco.Uri.parse(window.location.href.split('#')[0] ?? '');
      return { range: toRange(result.range), contents: result.contents.map((value) => ({ value, isTrusted: false, baseUri })) };
    },
  });

  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['$', '{', '-', '=', ' '],
    provideCompletionItems(model, position) {
      const snapshot = snapshots.get(model) ?? null;
      const prefix = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const escape = escapeCharOf(model.getLinesContent().slice(0, 5));
      const previous = position.lineNumber > 1 ? model.getLineContent(position.lineNumber - 1).trimEnd() : '';
      const result = complete(snapshot, { prefix, line: position.lineNumber, continuation: previous.endsWith(escape) && !previous.trimStart().startsWith('#'), images: IMAGES });
      if (!result) return { suggestions: [] };
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: result.replaceFrom, endColumn: result.replaceTo };
      return {
        suggestions: result.items.map((item, i) => ({
          label: item.label,
          kind: KIND[item.kind],
          insertText: item.insertText,
          range,
          sortText: String(i).padStart(4, '0'),
          ...(item.detail ? { detail: item.detail } : {}),
          ...(item.documentation ? { documentation: item.documentation } : {}),
        })),
      };
    },
  });

  monaco.languages.registerCodeActionProvider('dockerfile', {
    provideCodeActions(model, range) {
      const list = diagnosticsByMarker.get(model) ?? [];
      const actions: monaco.languages.CodeAction[] = [];
      for (const d of list) {
        if (!d.fix) continue;
        const r = d.range;
        if (r.endLine < range.startLineNumber || r.startLine > range.endLineNumber) continue;
        actions.push({
          title: d.fix.title,
          kind: 'quickfix',
          isPreferred: true,
          diagnostics: [{ ...toRange(d.range), message: d.message, severity: SEVERITY[d.severity], code: d.code, source: OWNER }],
          edit: { edits: d.fix.edits.map((e) => ({ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: toRange(e.range), text: e.text } })) },
        });
      }
      return { actions, dispose() {} };
    },
  });

  monaco.languages.registerDocumentFormattingEditProvider('dockerfile', {
    provideDocumentFormattingEdits(model) {
      return formatEdits(model.getValue()).map((e) => ({
        range: { startLineNumber: e.line + 1, startColumn: 1, endLineNumber: e.line + 1, endColumn: model.getLineMaxColumn(e.line + 1) },
        text: e.text,
      }));
    },
  });
}

export interface SandboxEditor {
  /** Applies an analysis: markers and the providers' view of the document. */
  apply(snapshot: Snapshot, docVersion: number): void;
  /** The model's version id; analyses are requested and dropped by it. */
  version(): number;
  getValue(): string;
  /** Replaces the whole text (opening another draft); undo history starts afresh. */
  setValue(text: string): void;
  reveal(line: number, column?: number): void;
  format(): void;
  dispose(): void;
}

export function createSandboxEditor(container: HTMLElement, text: string, onChange: (text: string, version: number) => void): SandboxEditor {
  registerProviders();
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const model = monaco.editor.createModel(text, 'dockerfile');
  const editor = monaco.editor.create(container, {
    model,
    theme: dark ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
    renderWhitespace: 'boundary',
    tabSize: 4,
    insertSpaces: true,
    fixedOverflowWidgets: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    ariaLabel: 'Dockerfile editor',
  });
  const sub = model.onDidChangeContent(() => onChange(model.getValue(), model.getVersionId()));
  // Lesson links in hovers navigate inside the app (hash routes) rather than through Monaco's opener,
  // which would treat them as external links. Capture phase: before Monaco's own handler.
  const onLessonLink = (e: MouseEvent) => {
    const a = e.target instanceof Element ? e.target.closest('.monaco-hover a') : null;
    let href = a?.getAttribute('data-href') ?? a?.getAttribute('href') ?? '';
    try {
      href = decodeURIComponent(href); // Monaco resolves "#/lessons/x" against the base URI as "%23/lessons/x"
    } catch {
      // leave it as is
    }
    const at = href.indexOf('#/lessons/');
    if (!a || at < 0) return;
    e.preventDefault();
    e.stopPropagation();
    window.location.hash = href.slice(at);
  };
  document.addEventListener('click', onLessonLink, true);

  return {
    apply(snapshot, docVersion) {
      if (model.isDisposed() || docVersion !== model.getVersionId()) return;
      snapshots.set(model, snapshot);
      diagnosticsByMarker.set(model, [...snapshot.diagnostics]);
      monaco.editor.setModelMarkers(
        model,
        OWNER,
        snapshot.diagnostics.map((d) => ({
          ...toRange(d.range),
          severity: SEVERITY[d.severity],
          message: d.lessonId ? `${d.message}\n(lesson: ${d.lessonId})` : d.message,
          code: d.code,
          source: d.source,
        })),
      );
    },
    version: () => model.getVersionId(),
    getValue: () => model.getValue(),
    setValue(next) {
      if (next !== model.getValue()) model.setValue(next);
    },
    reveal(line, column = 1) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column });
      editor.focus();
    },
    format() {
      void editor.getAction('editor.action.formatDocument')?.run();
    },
    dispose() {
      document.removeEventListener('click', onLessonLink, true);
      sub.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
