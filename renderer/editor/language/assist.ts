// Hover and completion logic for the Dockerfile editor, computed from the worker's latest snapshot and
// the text around the cursor. No Monaco here (the adapter in ../sandboxEditor.ts converts), so it is
// unit-testable. Pure; runs anywhere.
import type { Snapshot, SnapshotInstruction, SpanRange } from '../../workers/protocol';
import { INSTRUCTION_DOCS, flagDoc, instructionDoc } from './docs';
import { variablesAt } from '../../workers/scopes';

export interface HoverResult {
  readonly range: SpanRange;
  /** Markdown paragraphs. */
  readonly contents: readonly string[];
}

export type CompletionKind = 'keyword' | 'flag' | 'stage' | 'variable' | 'image';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly insertText: string;
  readonly detail?: string;
  readonly documentation?: string;
}

export interface CompletionResult {
  readonly items: readonly CompletionItem[];
  /** Columns (1-based, end-exclusive) of the word the items replace. */
  readonly replaceFrom: number;
  readonly replaceTo: number;
}

/** Lesson titles by id, when the caller knows them; the hover falls back to the id. */
export type LessonTitles = (lessonId: string) => string | undefined;

export function lessonLink(lessonId: string, titles?: LessonTitles): string {
  // Brackets would end the link text early; the titles come from our own curriculum, so this is enough.
  const label = (titles?.(lessonId) ?? lessonId).replace(/[[\]]/g, '\\$&');
  return `[Lesson: ${label}](#/lessons/${lessonId})`;
}

function contains(r: SpanRange, line: number, column: number): boolean {
  if (line < r.startLine || line > r.endLine) return false;
  if (line === r.startLine && column < r.startColumn) return false;
  if (line === r.endLine && column > r.endColumn) return false;
  return true;
}

export function instructionAt(snapshot: Snapshot, line: number): SnapshotInstruction | undefined {
  return snapshot.instructions.find((i) => line >= i.range.startLine && line <= i.range.endLine);
}

/** Index of the instruction whose variables apply at `line`: the one there, else the closest one above. */
function scopeIndexAt(snapshot: Snapshot, line: number): number {
  let best = -1;
  snapshot.instructions.forEach((i, index) => {
    if (i.range.startLine <= line) best = index;
  });
  return best;
}

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}?|([A-Za-z_][A-Za-z0-9_]*))/g;

export function hover(snapshot: Snapshot, lineText: string, line: number, column: number, titles?: LessonTitles): HoverResult | null {
  const index = snapshot.instructions.findIndex((i) => line >= i.range.startLine && line <= i.range.endLine);
  const instruction = snapshot.instructions[index];
  if (!instruction) return null;
  if (contains(instruction.keywordRange, line, column)) {
    const doc = instructionDoc(instruction.keyword);
    if (!doc) return null;
    return {
      range: instruction.keywordRange,
      contents: [`**${doc.keyword}** \`${doc.syntax}\``, doc.summary, lessonLink(doc.lessonId, titles)],
    };
  }
  for (const flag of instruction.flags) {
    if (!contains(flag.range, line, column)) continue;
    const doc = flagDoc(instruction.keyword, flag.name);
    return {
      range: flag.range,
      contents: doc
        ? [`**--${flag.name}** (${instruction.keyword})`, doc.summary]
        : [`**--${flag.name}** is not a flag of ${instruction.keyword}.`],
    };
  }
  for (const m of lineText.matchAll(VARIABLE)) {
    const start = (m.index ?? 0) + 1;
    const end = start + m[0].length;
    if (column < start || column > end) continue;
    const name = m[1] ?? m[2]!;
    const variable = variablesAt(snapshot, index).find((v) => v.name === name);
    const range = { startLine: line, startColumn: start, endLine: line, endColumn: end };
    if (!variable) return { range, contents: [`**$${name}** is not declared at this line: it expands to an empty string.`] };
    const value = variable.value === null ? '(declared without a value: empty unless --build-arg sets it)' : `\`${variable.value}\``;
    const where = variable.kind === 'arg' ? 'build argument (ARG, not kept in the image)' : 'environment variable (ENV, kept in the image)';
    return { range, contents: [`**$${name}**: ${where}`, `Here it expands to ${value}.`] };
  }
  return null;
}

export interface CompletionContext {
  /** Text of the current line up to the cursor. */
  readonly prefix: string;
  readonly line: number;
  /** The line continues an instruction started above (previous line ended with the escape character). */
  readonly continuation: boolean;
  /** Catalog image references offered after FROM. */
  readonly images: readonly string[];
}

export function complete(snapshot: Snapshot | null, ctx: CompletionContext): CompletionResult | null {
  const col = ctx.prefix.length + 1;
  const word = (re: RegExp) => {
    const m = re.exec(ctx.prefix);
    return m ? m[1] ?? '' : null;
  };

  // $VAR or ${VAR
  const varWord = word(/\$\{?([A-Za-z0-9_]*)$/);
  if (varWord !== null) {
    const scope = snapshot ? variablesAt(snapshot, scopeIndexAt(snapshot, ctx.line)) : [];
    const items = scope.map((v): CompletionItem => ({
      label: v.name,
      kind: 'variable',
      insertText: v.name,
      detail: `${v.kind.toUpperCase()} = ${v.value ?? '(no value)'}`,
    }));
    return { items, replaceFrom: col - varWord.length, replaceTo: col };
  }

  // --from=<stage>
  const fromWord = word(/--from=([^\s]*)$/);
  if (fromWord !== null) {
    const items = (snapshot ? stagesBefore(snapshot, ctx.line) : []).map((name): CompletionItem => ({ label: name, kind: 'stage', insertText: name, detail: 'build stage' }));
    return { items, replaceFrom: col - fromWord.length, replaceTo: col };
  }

  const keyword = currentKeyword(snapshot, ctx);

  // --flag
  const flagWord = word(/(?:^|\s)--([a-z-]*)$/);
  if (flagWord !== null && keyword) {
    const doc = instructionDoc(keyword);
    const items = (doc?.flags ?? []).map((f): CompletionItem => ({
      label: `--${f.name}`,
      kind: 'flag',
      insertText: f.example === undefined ? `--${f.name}` : `--${f.name}=`,
      detail: `${keyword} flag`,
      documentation: f.summary,
    }));
    return { items, replaceFrom: col - flagWord.length - 2, replaceTo: col };
  }

  // Instruction keyword at the start of a line.
  const kw = word(/^\s*([A-Za-z]*)$/);
  if (kw !== null && !ctx.continuation) {
    const items = INSTRUCTION_DOCS.filter((doc) => doc.keyword !== 'MAINTAINER').map((doc): CompletionItem => ({
      label: doc.keyword,
      kind: 'keyword',
      insertText: `${doc.keyword} `,
      detail: doc.syntax,
      documentation: doc.summary,
    }));
    return { items, replaceFrom: col - kw.length, replaceTo: col };
  }

  // Base image after FROM (and its flags).
  const image = word(/^\s*FROM\s+(?:--\S+\s+)*([^\s-][^\s]*|)$/i);
  if (image !== null && !ctx.continuation) {
    const items = ctx.images.map((ref): CompletionItem => ({ label: ref, kind: 'image', insertText: ref, detail: 'base image (catalog)' }));
    return { items, replaceFrom: col - image.length, replaceTo: col };
  }
  return null;
}

/**
 * Named stages that COPY --from on `line` may use: those whose FROM comes before the stage holding the line.
 * The stage itself is a circular dependency, and a later stage is a build error on current BuildKit.
 */
function stagesBefore(snapshot: Snapshot, line: number): string[] {
  const started = snapshot.stages.filter((s) => s.line <= line);
  return started
    .slice(0, -1)
    .map((s) => s.name)
    .filter((n): n is string => n !== null);
}

function currentKeyword(snapshot: Snapshot | null, ctx: CompletionContext): string | null {
  if (!ctx.continuation) {
    const m = /^\s*([A-Za-z]+)\s/.exec(ctx.prefix);
    if (m) return m[1]!.toUpperCase();
  }
  const instruction = snapshot ? snapshot.instructions[scopeIndexAt(snapshot, ctx.line)] : undefined;
  return instruction?.keyword ?? null;
}
