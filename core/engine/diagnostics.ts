// Diagnostics: the one shape the parser, validator and linter report problems in, for the editor, the
// CLI and grading. Pure types and small helpers.
import type { Range } from './dockerfile/ast';

export type DiagnosticSource = 'syntax' | 'validate' | 'lint';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Replace the text in `range` with `newText` (an empty range inserts). */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A mechanical fix an editor can offer as a quick fix. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Diagnostic {
  readonly source: DiagnosticSource;
  /** Stable id: a syntax/validate error code, or a lint rule id such as `JSONArgsRecommended` / `DL3007`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Curriculum lesson (content/curriculum.yaml id) that explains the topic. */
  readonly lessonId?: string;
  readonly fix?: QuickFix;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Sorts by position, then severity, then code: stable output for the CLI and tests. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Applies non-overlapping edits to a text (used by tests and the editor's quick-fix preview). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
  return out;
}
