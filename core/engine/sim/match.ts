// Path patterns of the build: Go's `filepath.Match` (COPY/ADD source wildcards, matched one path
// component at a time as the builder resolves them) and the `.dockerignore` rules of moby's
// patternmatcher (`**`, `!` exceptions, last matching line wins, a match on a directory covers all it holds).

export type PatternResult = { ok: true; regex: RegExp } | { ok: false; message: string };

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$', '^']);

/**
 * Compiles a Go `filepath.Match` pattern for one path component (`*` and `?` never match `/`).
 * A malformed class (`[a-`, unclosed `[`) is an error as in Go (`syntax error in pattern`).
 */
export function compileGlob(pattern: string): PatternResult {
  let re = '^';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === '*') {
      re += '[^/]*';
      i++;
    } else if (ch === '?') {
      re += '[^/]';
      i++;
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return { ok: false, message: `syntax error in pattern "${pattern}": it ends with a lone \\` };
      re += escapeRegex(next);
      i += 2;
    } else if (ch === '[') {
      const cls = readClass(pattern, i);
      if (!cls.ok) return { ok: false, message: `syntax error in pattern "${pattern}": ${cls.message}` };
      re += cls.regex;
      i = cls.end;
    } else {
      re += escapeRegex(ch);
      i++;
    }
  }
  return { ok: true, regex: new RegExp(re + '$') };
}

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? '\\' + ch : ch;
}

/** Reads a `[...]` class starting at `start`; Go allows `^` for negation and `\` escapes inside. */
function readClass(pattern: string, start: number): { ok: true; regex: string; end: number } | { ok: false; message: string } {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (;;) {
    const ch = pattern[i];
    if (ch === undefined) return { ok: false, message: 'unclosed character class' };
    if (ch === ']' && !first) return { ok: true, regex: `[${negate ? '^' : ''}${body}${negate ? '/' : ''}]`, end: i + 1 };
    first = false;
    const lo = readClassChar(pattern, i);
    if (!lo) return { ok: false, message: 'bad character in class' };
    i = lo.end;
    if (pattern[i] === '-') {
      const hi = readClassChar(pattern, i + 1);
      if (!hi || hi.ch === ']') return { ok: false, message: 'unfinished range in class' };
      if (hi.ch < lo.ch) return { ok: false, message: `range ${lo.ch}-${hi.ch} is reversed` };
      body += `${escapeRegex(lo.ch)}-${escapeRegex(hi.ch)}`;
      i = hi.end;
    } else body += escapeRegex(lo.ch);
  }
}

function readClassChar(pattern: string, i: number): { ch: string; end: number } | undefined {
  const ch = pattern[i];
  if (ch === undefined) return undefined;
  if (ch === '\\') {
    const next = pattern[i + 1];
    return next === undefined ? undefined : { ch: next, end: i + 2 };
  }
  return { ch, end: i + 1 };
}

/** True when the text holds a wildcard that `filepath.Match` would interpret. */
export function hasWildcard(text: string): boolean {
  return /[*?[\\]/.test(text);
}

/** Matches a whole slash-separated path component by component (as the COPY wildcard resolver does). */
export function matchPath(pattern: string, path: string): boolean {
  const patternParts = pattern.split('/').filter((p) => p !== '');
  const pathParts = path.split('/').filter((p) => p !== '');
  if (patternParts.length !== pathParts.length) return false;
  return patternParts.every((p, idx) => {
    const compiled = compileGlob(p);
    return compiled.ok && compiled.regex.test(pathParts[idx] as string);
  });
}

// ---------------------------------------------------------------------------------------------------
// .dockerignore

export interface IgnoreRule {
  /** Cleaned pattern (no leading `/` or `./`, no trailing `/`), without the `!`. */
  readonly pattern: string;
  readonly exception: boolean;
  readonly line: number;
  readonly regex: RegExp;
}

export interface IgnoreParseResult {
  readonly rules: readonly IgnoreRule[];
  readonly errors: readonly { line: number; message: string }[];
}

/** Cleans a path like Go's `path.Clean` (collapses `//`, `.`, `..`; no trailing slash). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  // Most paths the simulator sees are already clean and absolute: answer those without allocating.
  return isCleanAbsolute(p) ? p : cleanPathBySegments(p);
}

/** path.Clean the long way, segment by segment (exported so tests can hold the fast path to it). */
export function cleanPathBySegments(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** True for "/" and "/a/b" forms: no empty, "." or ".." segment and no trailing slash. */
function isCleanAbsolute(p: string): boolean {
  if (p.charCodeAt(0) !== 47) return false;
  if (p.length === 1) return true;
  let segStart = 1;
  for (let i = 1; i <= p.length; i++) {
    if (i < p.length && p.charCodeAt(i) !== 47) continue;
    const len = i - segStart;
    if (len === 0) return false;
    if (p.charCodeAt(segStart) === 46 && (len === 1 || (len === 2 && p.charCodeAt(segStart + 1) === 46))) return false;
    segStart = i + 1;
  }
  return true;
}

/** Parses `.dockerignore` text: `#` comments, blank lines skipped, each line trimmed and cleaned. */
export function parseDockerignore(text: string): IgnoreParseResult {
  const rules: IgnoreRule[] = [];
  const errors: { line: number; message: string }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, idx) => {
    let pattern = raw.trim();
    if (pattern === '' || pattern.startsWith('#')) return;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (pattern !== '') {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    const compiled = compileIgnorePattern(pattern);
    if (!compiled.ok) {
      errors.push({ line: idx + 1, message: compiled.message });
      return;
    }
    rules.push({ pattern, exception, line: idx + 1, regex: compiled.regex });
  });
  return { rules, errors };
}

/** patternmatcher's translation: `*`/`?` stay inside one component, `**` spans any number of them. */
function compileIgnorePattern(pattern: string): PatternResult {
  let re = '^';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i += 2;
        if (pattern[i] === '/') i++;
        re += i >= pattern.length ? '.*' : '(.*/)?';
      } else {
        re += '[^/]*';
        i++;
      }
    } else if (ch === '?') {
      re += '[^/]';
      i++;
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      re += next === undefined ? '\\\\' : escapeRegex(next);
      i += next === undefined ? 1 : 2;
    } else if (ch === '[') {
      const cls = readClass(pattern, i);
      if (!cls.ok) return { ok: false, message: `bad pattern "${pattern}": ${cls.message}` };
      re += cls.regex;
      i = cls.end;
    } else {
      re += REGEX_SPECIAL.has(ch) ? '\\' + ch : escapeRegex(ch);
      i++;
    }
  }
  return { ok: true, regex: new RegExp(re + '$') };
}

/** The rule that decides whether `path` (relative to the context, slash-separated) is excluded. */
export function ignoreVerdict(rules: readonly IgnoreRule[], path: string): { excluded: boolean; rule?: IgnoreRule } {
  const clean = cleanPath(path);
  const parts = clean.split('/');
  const candidates = parts.map((_, idx) => parts.slice(0, idx + 1).join('/'));
  let excluded = false;
  let decisive: IgnoreRule | undefined;
  for (const rule of rules) {
    // A pattern matches the path itself or one of its parent directories.
    if (candidates.some((c) => rule.regex.test(c))) {
      excluded = !rule.exception;
      decisive = rule;
    }
  }
  return decisive ? { excluded, rule: decisive } : { excluded };
}

export function isIgnored(rules: readonly IgnoreRule[], path: string): boolean {
  return ignoreVerdict(rules, path).excluded;
}
