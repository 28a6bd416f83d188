// Word expansion as BuildKit's Dockerfile frontend does it (its small shell lexer), for the instructions
// that expand variables themselves (FROM, ENV, ARG, LABEL, COPY, ADD, EXPOSE, USER, WORKDIR, VOLUME,
// STOPSIGNAL, and ONBUILD's inner instruction when it runs). RUN, CMD and ENTRYPOINT are never expanded by
// the builder: the shell inside the container does that at run time.
//
// Supported forms, checked against the Docker 20.10 engine's built-in frontend:
//   $NAME  ${NAME}  ${NAME:-word}  ${NAME:+word}  ${NAME:?message}
// '…' is literal, "…" expands but keeps spaces, the escape character (\ or ` with `# escape=`) makes the
// next character literal. Forms without the colon (${NAME-word}) and the pattern forms (${NAME#p},
// ${NAME%p}, ${NAME/a/b}) are rejected by that frontend ("missing ':' in substitution"); newer
// dockerfile frontends (docker/dockerfile:1.x) accept them, which the error message says.

export type Lookup = (name: string) => string | undefined;

export interface ExpandOk {
  readonly ok: true;
  readonly value: string;
  /** Names that were looked up, whether set or not (the build cache depends on the ARGs a step uses). */
  readonly used: readonly string[];
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
  constructor(
    readonly text: string,
    readonly lookup: Lookup,
    readonly escape: string,
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

  /** Reads until `stop` (consumed) or the end of the text. */
  word(stop?: string): string {
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
          out += escaped;
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
    const name = this.name();
    const after = this.peek();
    if (after === '}') {
      this.next();
      return this.get(name) ?? '';
    }
    if (after !== ':') {
      throw new LexError(
        "missing ':' in substitution (this builder's frontend accepts only ${NAME}, ${NAME:-word}, ${NAME:+word} and ${NAME:?message}; newer docker/dockerfile:1 frontends also accept the other shell forms)",
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
}

/** Expands one word (quotes removed, variables replaced) the way the builder does. */
export function expandWord(text: string, lookup: Lookup, escape = '\\'): ExpandResult {
  const lexer = new Lexer(text, lookup, escape);
  try {
    const value = lexer.word();
    return { ok: true, value, used: lexer.used };
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
