// "Format document" for Dockerfiles: upper-case instruction keywords (and FROM's AS), no indentation
// before an instruction, continuation lines indented by four spaces, trailing blanks trimmed. The
// formatter never adds or removes lines and never touches heredoc bodies, so its result maps line for
// line onto the input (the editor turns it into one edit per changed line). Pure; runs anywhere.

/** Instruction keywords Docker knows; only these are re-cased (an unknown word is left for the validator). */
export const INSTRUCTION_KEYWORDS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

const KEYWORDS = new Set<string>(INSTRUCTION_KEYWORDS);
/** Instructions whose arguments may open heredocs (BuildKit, dockerfile:1.4+). */
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

export interface FormatOptions {
  /** Spaces before a continuation line. Default 4. */
  readonly indent?: number;
}

export interface LineEdit {
  /** 0-based line index. */
  readonly line: number;
  readonly text: string;
}

const DIRECTIVE = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/;
const KEYWORD_AT_START = /^([A-Za-z]+)(?=\s|$)/;
// BuildKit's heredoc word: <<[-]["']NAME["'], the name a shell-like identifier.
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** The escape character chosen by a leading `# escape=` directive (default backslash). */
export function escapeCharOf(lines: readonly string[]): string {
  for (const line of lines) {
    const m = DIRECTIVE.exec(line);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) return m[2];
  }
  return '\\';
}

function endsWithContinuation(line: string, escape: string): boolean {
  const trimmed = line.replace(/[ \t]+$/, '');
  return trimmed.endsWith(escape);
}

function isComment(line: string): boolean {
  return /^\s*#/.test(line);
}

/** Upper-cases the keyword at the start of an instruction line (and an ONBUILD's inner keyword, FROM's AS). */
function recaseInstruction(body: string): { text: string; keyword: string | null } {
  const m = KEYWORD_AT_START.exec(body);
  if (!m) return { text: body, keyword: null };
  const word = m[1]!.toUpperCase();
  if (!KEYWORDS.has(word)) return { text: body, keyword: null };
  let rest = body.slice(m[1]!.length);
  if (word === 'ONBUILD') {
    const inner = /^(\s+)([A-Za-z]+)(?=\s|$)/.exec(rest);
    if (inner && KEYWORDS.has(inner[2]!.toUpperCase())) {
      rest = inner[1]! + inner[2]!.toUpperCase() + rest.slice(inner[0].length);
      return { text: word + rest, keyword: inner[2]!.toUpperCase() };
    }
  }
  if (word === 'FROM') rest = rest.replace(/(\s)as(\s+\S+\s*)$/i, '$1AS$2');
  return { text: word + rest, keyword: word };
}

interface PendingHeredoc {
  readonly name: string;
  readonly stripTabs: boolean;
}

/**
 * Formats a Dockerfile. Returns the new text; the line count is unchanged.
 * Idempotent: formatting a formatted document changes nothing.
 */
export function formatDockerfile(text: string, options: FormatOptions = {}): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const out = formatLines(lines, options);
  return out.join(eol);
}

/** The per-line edits that turn `text` into its formatted form (only lines that change). */
export function formatEdits(text: string, options: FormatOptions = {}): LineEdit[] {
  const lines = text.split(/\r?\n/);
  const out = formatLines(lines, options);
  const edits: LineEdit[] = [];
  out.forEach((line, i) => {
    if (line !== lines[i]) edits.push({ line: i, text: line });
  });
  return edits;
}

function formatLines(lines: readonly string[], options: FormatOptions): string[] {
  const pad = ' '.repeat(options.indent ?? 4);
  const escape = escapeCharOf(lines);
  const out: string[] = [];
  let inDirectives = true;
  let continuing = false; // the previous instruction line ended with the escape character
  let keyword: string | null = null;
  let heredocs: PendingHeredoc[] = [];
  let heredocQueue: PendingHeredoc[] = [];

  for (const raw of lines) {
    // Inside a heredoc body: copy verbatim until its delimiter line.
    const current = heredocs[0];
    if (current) {
      out.push(raw);
      const candidate = current.stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (candidate === current.name) heredocs = heredocs.slice(1);
      continue;
    }
    if (inDirectives) {
      if (DIRECTIVE.test(raw)) {
        out.push(raw.trim());
        continue;
      }
      inDirectives = false;
    }
    const trimmedEnd = raw.replace(/[ \t]+$/, '');
    if (continuing) {
      // Blank and comment lines inside a continuation do not end it (BuildKit skips them).
      if (trimmedEnd.trim() === '') {
        out.push('');
        continue;
      }
      if (isComment(trimmedEnd)) {
        out.push(pad + trimmedEnd.trimStart());
        continue;
      }
      out.push(pad + trimmedEnd.trimStart());
      if (keyword && HEREDOC_INSTRUCTIONS.has(keyword)) heredocQueue.push(...heredocsIn(trimmedEnd));
      continuing = endsWithContinuation(trimmedEnd, escape);
    } else {
      const body = trimmedEnd.trimStart();
      if (body === '' || body.startsWith('#')) {
        out.push(body);
        continue;
      }
      const recased = recaseInstruction(body);
      keyword = recased.keyword;
      out.push(recased.text);
      if (keyword && HEREDOC_INSTRUCTIONS.has(keyword)) heredocQueue = heredocsIn(body);
      continuing = endsWithContinuation(body, escape);
    }
    if (!continuing && heredocQueue.length > 0) {
      heredocs = heredocQueue;
      heredocQueue = [];
    }
  }
  return out;
}

function heredocsIn(line: string): PendingHeredoc[] {
  const found: PendingHeredoc[] = [];
  for (const m of line.matchAll(HEREDOC)) found.push({ name: m[3]!, stripTabs: m[1] === '-' });
  return found;
}
