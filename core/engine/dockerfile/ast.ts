// Syntax tree of a Dockerfile, as BuildKit's Dockerfile frontend reads it. Pure types.
//
// Coordinates: every node carries a Range whose positions give BOTH a 0-based `offset` (UTF-16 code units
// into the original text, what string slicing uses) and a 1-based `line` / `column` (what editors such as
// Monaco show). `end` is exclusive. A node that spans continuation lines has a range from its first to its
// last character in the source, so slicing `text.slice(range.start.offset, range.end.offset)` returns the
// original source text, continuation characters and embedded comment lines included.
//
// Evolve this file additively: the build simulator (core/engine/sim) reads these types.

export interface Position {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset into the source text, in UTF-16 code units. */
  readonly offset: number;
}

/** Half-open source range: `end` is the position just after the last character. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** The escape character chosen by the `# escape=` directive. */
export type EscapeChar = '\\' | '`';

/** Parser directives BuildKit knows. Any other `# key=value` at the top is a plain comment. */
export type DirectiveName = 'syntax' | 'escape' | 'check';

export interface Directive {
  readonly kind: 'directive';
  /** Lower-cased name. */
  readonly name: DirectiveName;
  /** Value with surrounding whitespace removed. */
  readonly value: string;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
}

export interface Comment {
  readonly kind: 'comment';
  /** Text after the `#`, trimmed. */
  readonly text: string;
  readonly range: Range;
}

/** A whitespace-separated word of an instruction, as written (quotes and escapes kept). */
export interface Word {
  /** Raw text of the word on the logical line (continuations removed, quotes kept). */
  readonly raw: string;
  /** The word with shell-style quotes and escapes removed (no variable expansion). */
  readonly value: string;
  readonly range: Range;
}

/** `--name=value` or `--name` before an instruction's arguments. */
export interface Flag {
  /** Name without the leading dashes, e.g. `from`. */
  readonly name: string;
  /** Value after `=` with quotes removed (as BuildKit does), or null when the flag has no `=`. */
  readonly value: string | null;
  /** The whole flag, from the dashes to the end of the value. */
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
}

/** JSON (exec) form: a valid JSON array of strings. `items` hold the decoded strings. */
export interface ExecForm {
  readonly form: 'exec';
  readonly items: readonly Word[];
  readonly range: Range;
}

/** Shell form: the rest of the line, run by the shell (or, for COPY/ADD/VOLUME, split at whitespace). */
export interface ShellForm {
  readonly form: 'shell';
  /** The text as written on the logical line, continuation characters removed. */
  readonly text: string;
  /** For COPY/ADD/VOLUME (and in general): the whitespace-separated words of the text. */
  readonly items: readonly Word[];
  readonly range: Range;
  /** Source range of text.slice(from, to), exact across continuation lines (for markers inside a script). */
  rangeOf(from: number, to: number): Range;
}

export type CommandForm = ExecForm | ShellForm;

/** One `key=value` (or legacy `key value`, or ARG's bare `key`) of ENV, LABEL or ARG. */
export interface KeyValue {
  /** The key as written (quotes kept). */
  readonly rawKey: string;
  /** The key with quotes removed. */
  readonly key: string;
  /** The value as written (quotes kept), or null for an ARG without a default. */
  readonly rawValue: string | null;
  /** The value with quotes and escapes removed, not expanded; null for an ARG without a default. */
  readonly value: string | null;
  /** True for the legacy whitespace form `ENV key value`. */
  readonly legacy: boolean;
  readonly range: Range;
  readonly keyRange: Range;
  readonly valueRange: Range | null;
}

/** A here-document attached to RUN, COPY or ADD (`<<EOF`, `<<-EOF`, `<<"EOF"`). */
export interface Heredoc {
  /** Delimiter name without quotes. */
  readonly name: string;
  /** `<<-`: leading tabs are stripped from body lines and the terminator. */
  readonly chomp: boolean;
  /** A quoted delimiter turns variable expansion off in the body. */
  readonly expand: boolean;
  /** File descriptor digits before `<<`, if any (e.g. `3<<EOF`). */
  readonly fd: number | null;
  /** Body exactly as written, each line followed by "\n". */
  readonly content: string;
  /** The `<<EOF` word on the instruction line. */
  readonly openerRange: Range;
  /** The body lines (empty range at the body start when the body is empty). */
  readonly bodyRange: Range;
  /** The terminator line, or null when the heredoc is unterminated. */
  readonly terminatorRange: Range | null;
}

/** Instruction keywords BuildKit dispatches. Anything else is an unknown instruction. */
export const KEYWORDS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

export function isKeyword(s: string): s is Keyword {
  return (KEYWORDS as readonly string[]).includes(s);
}

export interface Instruction {
  readonly kind: 'instruction';
  /** Upper-cased keyword, e.g. `RUN`; for an unknown instruction the upper-cased word as written. */
  readonly keyword: string;
  /** True when `keyword` is one of KEYWORDS. */
  readonly known: boolean;
  /** The keyword exactly as written (its case matters to some lint rules). */
  readonly keywordText: string;
  readonly keywordRange: Range;
  /** From the keyword to the end of the last line, heredoc bodies included. */
  readonly range: Range;
  /** The logical line: physical lines joined with continuation characters and comment lines removed. */
  readonly text: string;
  readonly flags: readonly Flag[];
  /** Everything after the flags on the logical line, trimmed. */
  readonly argsText: string;
  /** Range of argsText (null when there are no arguments). */
  readonly argsRange: Range | null;
  /**
   * BuildKit's argument list for this instruction: exec items for JSON form; whitespace words for
   * FROM/EXPOSE/ARG/COPY/ADD/VOLUME shell form; the whole text as one word for shell-form RUN/CMD/
   * ENTRYPOINT/SHELL and for MAINTAINER/USER/WORKDIR/STOPSIGNAL; HEALTHCHECK: type word then its command.
   */
  readonly args: readonly Word[];
  /** RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD, VOLUME and HEALTHCHECK CMD: exec or shell form. */
  readonly command: CommandForm | null;
  /** ENV, LABEL and ARG pairs. */
  readonly pairs: readonly KeyValue[];
  readonly heredocs: readonly Heredoc[];
  /** HEALTHCHECK: the `CMD` / `NONE` word. */
  readonly healthcheckType: Word | null;
  /** ONBUILD: the trigger instruction. */
  readonly trigger: Instruction | null;
  /** Comment lines directly above this instruction (no blank line between). */
  readonly comments: readonly Comment[];
  /** Empty (whitespace-only) lines inside this instruction's continuation (BuildKit warns about them). */
  readonly emptyContinuationLines: readonly Range[];
}

/** A syntax error found while parsing; the parser keeps going so an editor can show everything. */
export interface SyntaxIssue {
  readonly code: SyntaxErrorCode;
  readonly message: string;
  readonly range: Range;
}

export type SyntaxErrorCode =
  | 'duplicate-directive'
  | 'invalid-escape'
  | 'json-not-string-array'
  | 'env-missing-value'
  | 'label-missing-value'
  | 'missing-equals'
  | 'unterminated-heredoc'
  | 'invalid-heredoc'
  | 'no-instructions';

export interface Dockerfile {
  readonly kind: 'dockerfile';
  readonly text: string;
  readonly escape: EscapeChar;
  readonly directives: readonly Directive[];
  readonly instructions: readonly Instruction[];
  /** Every comment line, in source order (directives are not comments). */
  readonly comments: readonly Comment[];
  /** Syntax errors BuildKit's parser would stop at (we report all of them). */
  readonly errors: readonly SyntaxIssue[];
  /** Range of the whole text. */
  readonly range: Range;
}
