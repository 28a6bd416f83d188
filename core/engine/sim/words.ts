// Word expansion as BuildKit's Dockerfile frontend does it (its small shell lexer), for the instructions
// that expand variables themselves (FROM, ENV, ARG, LABEL, COPY, ADD, EXPOSE, USER, WORKDIR, VOLUME,
// STOPSIGNAL, and ONBUILD's inner instruction when it runs). RUN, CMD and ENTRYPOINT are never expanded by
// the builder: the shell inside the container does that at run time.
//
// Every frontend: $NAME  ${NAME}  ${NAME:-word}  ${NAME:+word}  ${NAME:?message}
// '…' is literal, "…" expands but keeps spaces, the escape character (\ or ` with `# escape=`) makes the
// next character literal.
// Current frontends (moby/buildkit frontend/dockerfile/shell/lex.go, processDollar) also accept the forms
// without a colon, ${NAME-word} ${NAME+word} ${NAME?message}, where only an unset NAME counts (frontend 1.6,
// moby/buildkit#3611), and the patterns ${NAME#p} ${NAME##p} ${NAME%p} ${NAME%%p} (#4287) and
// ${NAME/p/r} ${NAME//p/r} (#4427), frontend 1.7. The Docker 20.10 frontend rejects all of them
// ("missing ':' in substitution"), which the 'engine-20.10' mode reproduces.
import { DEFAULT_FRONTEND, frontendBehaviour, type FrontendVersion } from './frontend';

export type Lookup = (name: string) => string | undefined;

export interface ExpandOk {
  readonly ok: true;
  readonly value: string;
  /** Names that were looked up, whether set or not (the build cache depends on the ARGs a step uses). */
  readonly used: readonly string[];
  /** Forms only newer frontends accept, as written (e.g. `${V-x}`), for the builder notes. */
  readonly newerForms: readonly string[];
}
export interface ExpandError {
  readonly ok: false;
  /** Message in the builder's words, e.g. `failed to process "${V-x}": missing ':' in substitution`. */
  readonly message: string;
  /** Offset in the word where the problem starts. */
  readonly offset: number;
}
export type ExpandResult = ExpandOk | ExpandError;

class LexError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

class Lexer {
  pos = 0;
  readonly used: string[] = [];
  readonly newerForms: string[] = [];
  constructor(
    readonly text: string,
    readonly lookup: Lookup,
    readonly escape: string,
    readonly frontend: FrontendVersion,
  ) {}

  peek(): string | undefined {
    return this.text[this.pos];
  }
  next(): string | undefined {
    return this.text[this.pos++];
  }

  get(name: string): string | undefined {
    if (!this.used.includes(name)) this.used.push(name);
    return this.lookup(name);
  }

  /**
   * Reads until `stop` (consumed) or the end of the text. With `rawEscapes` the escape character stays in
   * the result (a pattern needs to see `\\*` to match a literal star).
   */
  word(stop?: string, rawEscapes = false): string {
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) {
        if (stop !== undefined) throw new LexError(`missing '${stop}' in substitution`, this.pos);
        return out;
      }
      if (stop !== undefined && ch === stop) {
        this.next();
        return out;
      }
      if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted();
      else if (ch === '$') out += this.dollar();
      else {
        this.next();
        if (ch === this.escape) {
          const escaped = this.next();
          if (escaped === undefined) return out; // a trailing escape character disappears
          out += rawEscapes ? ch + escaped : escaped;
        } else out += ch;
      }
    }
  }

  singleQuoted(): string {
    const start = this.pos;
    this.next();
    let out = '';
    for (;;) {
      const ch = this.next();
      if (ch === undefined) throw new LexError('unexpected end of statement while looking for matching single-quote', start);
      if (ch === "'") return out;
      out += ch;
    }
  }

  doubleQuoted(): string {
    const start = this.pos;
    this.next();
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new LexError('unexpected end of statement while looking for matching double-quote', start);
      if (ch === '"') {
        this.next();
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      this.next();
      if (ch === this.escape) {
        const following = this.peek();
        if (following === undefined) continue;
        // Inside double quotes only ", $ and the escape character itself can be escaped; other
        // escapes stay as written (so C:\dir survives on Windows).
        if (following === '"' || following === '$' || following === this.escape) {
          out += following;
          this.next();
          continue;
        }
      }
      out += ch;
    }
  }

  name(): string {
    let name = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) return name;
      if (name === '' && /[0-9]/.test(ch)) {
        while (this.peek() !== undefined && /[0-9]/.test(this.peek() as string)) name += this.next();
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) {
        this.next();
        return ch;
      }
      if (!/[\p{L}\p{N}_]/u.test(ch)) return name;
      name += this.next();
    }
  }

  dollar(): string {
    const start = this.pos;
    this.next(); // $
    const ch = this.peek();
    if (ch === undefined) return '$';
    if (ch !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.get(name) ?? '';
    }
    this.next(); // {
    return this.frontend === 'engine-20.10' ? this.braced2010(start) : this.braced(start);
  }

  /** `${…}` as the Docker 20.10 frontend reads it: only `}` or `:` may follow the name. */
  braced2010(start: number): string {
    const name = this.name();
    const after = this.peek();
    if (after === '}') {
      this.next();
      return this.get(name) ?? '';
    }
    if (after !== ':') {
      throw new LexError(
        "missing ':' in substitution (the Docker 20.10 frontend accepts only ${NAME}, ${NAME:-word}, ${NAME:+word} and ${NAME:?message}; Dockerfile frontend 1.6+ also accepts ${NAME-word}, and 1.7+ the # % / patterns: every Docker release since 27 does)",
        start,
      );
    }
    this.next(); // :
    const modifier = this.next();
    const word = this.word('}');
    const value = this.get(name);
    switch (modifier) {
      case '-':
        return value === undefined || value === '' ? word : value;
      case '+':
        return value === undefined || value === '' ? '' : word;
      case '?':
        if (value === undefined || value === '') throw new LexError(`${name}: ${word}`, start);
        return value;
      default:
        throw new LexError(`unsupported modifier (${modifier ?? 'end of text'}) in substitution`, start);
    }
  }

  /** `${…}` as current frontends read it (lex.go processDollar). */
  braced(start: number): string {
    const first = this.peek();
    if (first === undefined) throw new LexError("syntax error: missing '}'", start);
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution', start);
    const name = this.name();
    let op = this.next();
    if (op === undefined) throw new LexError("syntax error: missing '}'", start);
    if (op === '}') return this.get(name) ?? '';
    let nullIsUnset = false;
    if (op === ':') {
      nullIsUnset = true;
      op = this.next();
    }
    if (op === '/' && !nullIsUnset) return this.replace(start, name);
    if (op === undefined || !'+-?#%'.includes(op)) throw new LexError(`unsupported modifier (${nullIsUnset ? ':' : ''}${op ?? ''}) in substitution`, start);
    const pattern = op === '#' || op === '%';
    const word = this.closing('}', start, pattern);
    if (!nullIsUnset || pattern) this.newerForms.push(this.text.slice(start, this.pos));
    const value = this.get(name);
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (op) {
      case '-':
        return unset ? word : (value ?? '');
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined) throw new LexError(`${name}: ${word === '' ? 'is not allowed to be unset' : word}`, start);
        if (unset) throw new LexError(`${name}: ${word === '' ? 'is not allowed to be empty' : word}`, start);
        return value;
      default: {
        // # and % strip the shortest match, ## and %% the longest.
        const greedy = word.startsWith(op);
        const pat = greedy ? word.slice(1) : word;
        return op === '#' ? trimPrefix(pat, value ?? '', greedy, start) : trimSuffix(pat, value ?? '', greedy, start);
      }
    }
  }

  /** `${NAME/pattern/replacement}` (first match) and `${NAME//pattern/replacement}` (every match). */
  replace(start: number, name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const pattern = this.closing('/', start, true, "syntax error: missing '/' in ${}");
    const replacement = this.closing('}', start, true);
    this.newerForms.push(this.text.slice(start, this.pos));
    const value = this.get(name) ?? '';
    const re = patternRegex(pattern, true, false, start);
    if (all) return value.replace(new RegExp(re.source, 'gu'), () => replacement);
    const m = re.exec(value);
    return m ? value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length) : value;
  }

  /** The text up to `stop`, with the lexer's own message when the text ends first. */
  closing(stop: string, start: number, rawEscapes: boolean, missing = "syntax error: missing '}'"): string {
    try {
      return this.word(stop, rawEscapes);
    } catch (error) {
      if (error instanceof LexError && this.peek() === undefined && error.message.startsWith('missing')) throw new LexError(missing, start);
      throw error;
    }
  }
}

/**
 * A shell pattern (`*` any run, `?` one character, `\\` escapes) as a regular expression, like lex.go's
 * convertShellPatternToRegex: `*` is lazy unless `greedy`, `^` anchors when `anchored`.
 */
function patternRegex(pattern: string, greedy: boolean, anchored: boolean, offset: number): RegExp {
  let out = anchored ? '^' : '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '*') out += greedy ? '.*' : '.*?';
    else if (c === '?') out += '.';
    else if (c === '\\') {
      const next = chars[i + 1];
      // An escaped } or / belongs to the ${} syntax, not to the pattern.
      if (next === '}' || next === '/') continue;
      if (next !== '*' && next !== '?' && next !== '\\') throw new LexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next ?? ''}'`, offset);
      out += '\\' + next;
      i++;
    } else out += /[[\]{}.+()|^$]/.test(c) ? '\\' + c : c;
  }
  return new RegExp(out, 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean, offset: number): string {
  const m = patternRegex(pattern, greedy, true, offset).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** The shortest/longest suffix: reverse the value and the pattern (keeping escapes before their character). */
function trimSuffix(pattern: string, value: string, greedy: boolean, offset: number): string {
  const reversed = reversePattern(pattern);
  const rev = [...value].reverse().join('');
  return [...trimPrefix(reversed, rev, greedy, offset)].reverse().join('');
}

function reversePattern(pattern: string): string {
  const chars = [...pattern];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\' && i < chars.length - 1) {
      out.unshift(c + (chars[i + 1] as string));
      i++;
    } else out.unshift(c);
  }
  return out.join('');
}

/** Expands one word (quotes removed, variables replaced) the way the given frontend does (default: current). */
export function expandWord(text: string, lookup: Lookup, escape = '\\', frontend: FrontendVersion = DEFAULT_FRONTEND): ExpandResult {
  const lexer = new Lexer(text, lookup, escape, frontendBehaviour(frontend).version);
  try {
    const value = lexer.word();
    return { ok: true, value, used: lexer.used, newerForms: lexer.newerForms };
  } catch (error) {
    if (error instanceof LexError) return { ok: false, message: `failed to process "${text}": ${error.message}`, offset: error.offset };
    throw error;
  }
}

/** A lookup over a plain map; absent keys are unset. */
export function mapLookup(vars: ReadonlyMap<string, string> | Readonly<Record<string, string>>): Lookup {
  if (vars instanceof Map) return (name) => vars.get(name);
  const record = vars as Readonly<Record<string, string>>;
  return (name) => (Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
}
