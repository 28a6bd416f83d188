// The Dockerfile parser: reads text the way BuildKit's frontend/dockerfile/parser does (line joining,
// directives, comments, heredocs) and builds our syntax tree with exact ranges. It never throws: syntax
// errors are collected in `errors` and parsing goes on. Linear in the input size.
import type {
  Comment, Directive, DirectiveName, Dockerfile, EscapeChar, Heredoc, Instruction, Range, SyntaxIssue,
} from './ast';
import { LogicalLine, isSpace, pos, splitLines, type PhysicalLine } from './source';
import { buildInstruction } from './instruction';
import { detectHeredocs } from './heredoc';

const KNOWN_DIRECTIVES: readonly DirectiveName[] = ['syntax', 'escape', 'check'];

/** Go regexp `\s`: [\t\n\f\r ]. */
function isReSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

interface DirectiveMatch {
  name: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** BuildKit's `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, hand-written so it stays linear. */
function matchDirective(text: string, start: number, end: number): DirectiveMatch | null {
  if (text.charCodeAt(start) !== 35) return null;
  let i = start + 1;
  while (i < end && isReSpace(text.charCodeAt(i))) i++;
  const nameStart = i;
  if (!isAlpha(text.charCodeAt(i))) return null;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAlpha(c) || (c >= 48 && c <= 57)) i++;
    else break;
  }
  const nameEnd = i;
  while (i < end && isReSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 61 || i >= end) return null;
  i++;
  while (i < end && isReSpace(text.charCodeAt(i))) i++;
  let valueEnd = end;
  while (valueEnd > i && isReSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
  if (valueEnd <= i) return null;
  return { name: text.slice(nameStart, nameEnd).toLowerCase(), nameStart, nameEnd, valueStart: i, valueEnd };
}

/**
 * BuildKit's continuation test: the escape character, then only spaces/tabs, at the end of the line,
 * and not itself escaped (`([^\\])\\[ \t]*$|^\\[ \t]*$`). Returns the offset where the kept text ends,
 * or -1 when the line does not continue.
 */
function continuationCut(text: string, start: number, end: number, esc: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9) e--;
    else break;
  }
  if (e <= start || text.charCodeAt(e - 1) !== esc) return -1;
  const escAt = e - 1;
  if (escAt === start) return escAt;
  return text.charCodeAt(escAt - 1) === esc ? -1 : escAt;
}

function leftTrim(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function lineRange(line: PhysicalLine, from: number, to: number): Range {
  return { start: pos(line, from), end: pos(line, to) };
}

function commentOf(text: string, line: PhysicalLine, hashAt: number): Comment {
  let s = hashAt + 1;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { kind: 'comment', text: text.slice(s, e), range: lineRange(line, hashAt, line.end) };
}

/** Parses Dockerfile text. Never throws. */
export function parse(text: string): Dockerfile {
  const lines = splitLines(text);
  const errors: SyntaxIssue[] = [];
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  let escape: EscapeChar = '\\';
  let esc = 92;
  let directivesDone = false;
  const seen = new Set<string>();
  let pending: Comment[] = [];

  /** BuildKit checks every line it reads for a directive until the first line that is not one. */
  const checkDirective = (line: PhysicalLine, from: number): boolean => {
    if (directivesDone) return false;
    const m = matchDirective(text, from, line.end);
    if (!m || !(KNOWN_DIRECTIVES as readonly string[]).includes(m.name)) {
      directivesDone = true;
      return false;
    }
    const name = m.name as DirectiveName;
    const directive: Directive = {
      kind: 'directive',
      name,
      value: text.slice(m.valueStart, m.valueEnd),
      range: lineRange(line, from, line.end),
      nameRange: lineRange(line, m.nameStart, m.nameEnd),
      valueRange: lineRange(line, m.valueStart, m.valueEnd),
    };
    if (seen.has(name)) {
      errors.push({
        code: 'duplicate-directive',
        message: `only one ${name} parser directive can be used`,
        range: directive.range,
      });
      return true;
    }
    seen.add(name);
    directives.push(directive);
    if (name === 'escape') {
      if (directive.value === '`' || directive.value === '\\') {
        escape = directive.value;
        esc = escape.charCodeAt(0);
      } else {
        errors.push({
          code: 'invalid-escape',
          message: `invalid escape token '${directive.value}' does not match \` or \\`,
          range: directive.valueRange,
        });
      }
    }
    return true;
  };

  let i = 0;
  const n = lines.length;
  while (i < n) {
    const line = lines[i]!;
    i++;
    const from = leftTrim(text, line.start, line.end);
    const isDirective = checkDirective(line, from);
    if (isDirective) continue;
    if (text.charCodeAt(from) === 35) {
      const c = commentOf(text, line, from);
      comments.push(c);
      pending.push(c);
      continue;
    }
    if (from >= line.end) {
      // A blank line separates comments from the next instruction.
      pending = [];
      continue;
    }
    const logical = new LogicalLine();
    let cut = continuationCut(text, from, line.end, esc);
    logical.append(text, from, cut < 0 ? line.end : cut, line);
    let lastLine = line;
    let lastEnd = line.end;
    const emptyLines: Range[] = [];
    while (cut >= 0 && i < n) {
      const next = lines[i]!;
      i++;
      checkDirective(next, leftTrim(text, next.start, next.end));
      lastLine = next;
      lastEnd = next.end;
      const first = leftTrim(text, next.start, next.end);
      if (first < next.end && text.charCodeAt(first) === 35) {
        comments.push(commentOf(text, next, first));
        continue;
      }
      if (first >= next.end) {
        emptyLines.push(lineRange(next, next.start, next.end));
        continue;
      }
      cut = continuationCut(text, next.start, next.end, esc);
      logical.append(text, next.start, cut < 0 ? next.end : cut, next);
    }
    if (logical.text.length === 0 || leftTrim(logical.text, 0, logical.text.length) === logical.text.length) {
      // Only an escape character (and maybe empty continuations): BuildKit skips an empty line.
      continue;
    }
    const built = buildInstruction(logical, 0, logical.text.length, escape, errors);
    let heredocs: Heredoc[] = [];
    let endPos = pos(lastLine, lastEnd);
    if (built.heredocCandidate) {
      const found = detectHeredocs(built.heredocCandidate.logical, built.heredocCandidate.from, built.heredocCandidate.to, errors);
      if (found.length > 0) {
        const read = readHeredocBodies(text, lines, i, found, errors, built.instruction.range);
        heredocs = read.heredocs;
        i = read.nextLine;
        if (read.end) endPos = read.end;
      }
    }
    const instruction = finishInstruction(built.instruction, endPos, heredocs, pending, emptyLines);
    instructions.push(instruction);
    pending = [];
  }

  const docEnd = n > 0 ? pos(lines[n - 1]!, text.length) : { line: 1, column: 1, offset: 0 };
  const docRange: Range = { start: { line: 1, column: 1, offset: 0 }, end: docEnd };
  if (instructions.length === 0) {
    errors.push({ code: 'no-instructions', message: 'file with no instructions', range: docRange });
  }
  return { kind: 'dockerfile', text, escape, directives, instructions, comments, errors, range: docRange };
}

function finishInstruction(
  ins: Instruction, end: Range['end'], heredocs: Heredoc[], comments: Comment[], emptyLines: Range[],
): Instruction {
  const trigger = ins.trigger && heredocs.length > 0 ? { ...ins.trigger, heredocs } : ins.trigger;
  return {
    ...ins,
    range: { start: ins.range.start, end },
    heredocs: ins.trigger ? [] : heredocs,
    trigger,
    comments,
    emptyContinuationLines: emptyLines,
  };
}

interface PendingHeredoc {
  readonly name: string;
  readonly chomp: boolean;
  readonly expand: boolean;
  readonly fd: number | null;
  readonly openerRange: Range;
}

function stripTabs(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 9) i++;
  return i;
}

/** Reads each heredoc's body from the lines after the instruction, up to its terminator line. */
function readHeredocBodies(
  text: string, lines: PhysicalLine[], startLine: number, pending: PendingHeredoc[], errors: SyntaxIssue[],
  instructionRange: Range,
): { heredocs: Heredoc[]; nextLine: number; end: Range['end'] | null } {
  const heredocs: Heredoc[] = [];
  let i = startLine;
  let end: Range['end'] | null = null;
  for (const h of pending) {
    const bodyStartLine = lines[i];
    const bodyStart = bodyStartLine ? pos(bodyStartLine, bodyStartLine.start) : instructionRange.end;
    let bodyEnd = bodyStart;
    let terminator: Range | null = null;
    const parts: string[] = [];
    while (i < lines.length) {
      const line = lines[i]!;
      i++;
      const from = h.chomp ? stripTabs(text, line.start, line.end) : line.start;
      if (line.end - from === h.name.length && text.startsWith(h.name, from)) {
        terminator = lineRange(line, line.start, line.end);
        break;
      }
      parts.push(text.slice(line.start, line.end), '\n');
      bodyEnd = pos(line, line.end);
    }
    if (!terminator) {
      errors.push({ code: 'unterminated-heredoc', message: 'unterminated heredoc', range: h.openerRange });
    }
    end = terminator ? terminator.end : bodyEnd;
    heredocs.push({
      name: h.name,
      chomp: h.chomp,
      expand: h.expand,
      fd: h.fd,
      content: parts.join(''),
      openerRange: h.openerRange,
      bodyRange: { start: bodyStart, end: bodyEnd },
      terminatorRange: terminator,
    });
  }
  return { heredocs, nextLine: i, end };
}

export type { PendingHeredoc };
