// Word scanners that mirror BuildKit's parser helpers (frontend/dockerfile/parser): parseWords for
// ENV/LABEL/ARG, extractBuilderFlags for `--flag` words, and a quote-aware splitter for heredoc
// detection. Each returns offsets so callers can build exact ranges. Linear, never throws.
import { isSpace } from './source';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * BuildKit's parseWords: splits at whitespace outside quotes; quotes and escapes are kept in the word.
 * A quote that is never closed runs to the end of the text. A lone escape at the very end is dropped.
 */
export function scanWords(text: string, escape: string, from = 0, to = text.length): Span[] {
  const words: Span[] = [];
  const esc = escape.charCodeAt(0);
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let quote = 0;
    let end = -1;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (quote === 0) {
        if (isSpace(c)) break;
        if (c === 39 || c === 34) quote = c;
        else if (c === esc) {
          if (i + 1 === to) {
            end = i;
            i++;
            break;
          }
          i++;
        }
      } else if (c === quote) {
        quote = 0;
      } else if (c === esc && quote !== 39) {
        if (i + 1 === to) {
          end = i;
          i++;
          break;
        }
        i++;
      }
      i++;
    }
    words.push({ start, end: end >= 0 ? end : Math.min(i, to) });
  }
  return words;
}

/** Removes shell quotes and escapes (no variable expansion), as BuildKit's lexer does for a word. */
export function unquote(raw: string, escape: string): string {
  if (raw.indexOf('"') < 0 && raw.indexOf("'") < 0 && raw.indexOf(escape) < 0) return raw;
  const out: string[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const ch = raw[i]!;
    if (ch === "'") {
      const close = raw.indexOf("'", i + 1);
      const stop = close < 0 ? n : close;
      out.push(raw.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === '"') {
      i++;
      while (i < n && raw[i] !== '"') {
        const c = raw[i]!;
        if (c === escape && i + 1 < n) {
          const next = raw[i + 1]!;
          if (next === '"' || next === '$' || next === escape) out.push(next);
          else out.push(c, next);
          i += 2;
        } else {
          out.push(c);
          i++;
        }
      }
      i++;
    } else if (ch === escape) {
      if (i + 1 < n) out.push(raw[i + 1]!);
      i += 2;
    } else {
      out.push(ch);
      i++;
    }
  }
  return out.join('');
}

export interface RawFlag extends Span {
  /** The flag word with quotes removed and backslash escapes resolved, e.g. `--from=build`. */
  readonly text: string;
}

/**
 * BuildKit's extractBuilderFlags: reads leading `--flag` words. Returns them and the offset where the
 * arguments start. A bare `--` ends the flags (and is dropped). Note BuildKit always uses backslash here.
 */
export function scanFlags(text: string, from: number, to: number): { flags: RawFlag[]; restStart: number } {
  const flags: RawFlag[] = [];
  let i = from;
  while (true) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) return { flags, restStart: to };
    if (!(text.charCodeAt(i) === 45 && i + 1 < to && text.charCodeAt(i + 1) === 45)) return { flags, restStart: i };
    const start = i;
    const out: string[] = [];
    let quote = 0;
    let blankOk = false;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (quote === 0) {
        if (isSpace(c)) break;
        if (c === 39 || c === 34) {
          quote = c;
          blankOk = true;
          i++;
          continue;
        }
        if (c === 92) {
          if (i + 1 === to) {
            i++;
            continue;
          }
          i++;
        }
        out.push(text[i]!);
        i++;
      } else {
        if (c === quote) {
          quote = 0;
          i++;
          continue;
        }
        if (c === 92) {
          if (i + 1 === to) {
            quote = 0;
            i++;
            continue;
          }
          i++;
        }
        out.push(text[i]!);
        i++;
      }
    }
    const word = out.join('');
    if (word === '--') {
      // `--` alone ends the flags; BuildKit returns the rest starting at the following whitespace.
      if (i >= to) return { flags, restStart: to };
      return { flags, restStart: i };
    }
    if (blankOk || word.length > 0) flags.push({ start, end: i, text: word });
  }
}

/**
 * Splits a line into shell words the way BuildKit's heredoc detection does (backslash escapes, raw quotes
 * kept): words never break inside quotes.
 */
export function scanShellWords(text: string, from: number, to: number): Span[] {
  const words: Span[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let quote = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (quote === 0) {
        if (isSpace(c)) break;
        if (c === 39 || c === 34) quote = c;
        else if (c === 92) i++;
      } else if (c === quote) quote = 0;
      else if (c === 92 && quote === 34) i++;
      i++;
    }
    words.push({ start, end: Math.min(i, to) });
  }
  return words;
}
