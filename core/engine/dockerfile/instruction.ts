// Builds one Instruction node from a logical line, following BuildKit's splitCommand and its
// per-instruction line parsers (line_parsers.go): JSON-or-shell, whitespace lists, name/value pairs.
import type { CommandForm, EscapeChar, Flag, Instruction, KeyValue, Range, ShellForm, SyntaxIssue, Word } from './ast';
import { isKeyword } from './ast';
import { isSpace, isSplitSpace, type LogicalLine } from './source';
import { parseJsonArray } from './json-array';
import { scanFlags, scanWords, unquote, type Span } from './words';

export interface BuiltInstruction {
  readonly instruction: Instruction;
  /** Where to look for heredoc openers (RUN/COPY/ADD in shell form, also as an ONBUILD trigger). */
  readonly heredocCandidate: { logical: LogicalLine; from: number; to: number } | null;
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

function trimSpan(text: string, from: number, to: number): Span {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** BuildKit's reWhitespace.Split on trimmed text: the runs between [\t\v\f\r ] separators. */
function splitSpaces(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSplitSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSplitSpace(text.charCodeAt(i))) i++;
    out.push({ start, end: i });
  }
  return out;
}

/**
 * A Word whose unquoted value and source range are computed on first use: most words are never asked
 * for either, and skipping those allocations keeps per-keystroke analysis cheap.
 */
class LazyWord implements Word {
  readonly raw: string;
  private v: string | null = null;
  private r: Range | null = null;
  constructor(
    private readonly ll: LogicalLine,
    private readonly start: number,
    private readonly end: number,
    private readonly escape: EscapeChar | null,
  ) {
    this.raw = ll.text.slice(start, end);
  }
  get value(): string {
    if (this.v === null) this.v = this.escape ? unquote(this.raw, this.escape) : this.raw;
    return this.v;
  }
  get range(): Range {
    if (this.r === null) this.r = this.ll.range(this.start, this.end);
    return this.r;
  }
  toJSON(): Word {
    return { raw: this.raw, value: this.value, range: this.range };
  }
}

/** Shell form whose whitespace-split `items` are computed on first use. */
class LazyShellForm implements ShellForm {
  readonly form = 'shell' as const;
  readonly text: string;
  private list: Word[] | null = null;
  constructor(
    private readonly ll: LogicalLine,
    private readonly start: number,
    private readonly end: number,
    private readonly escape: EscapeChar,
    readonly range: Range,
  ) {
    this.text = ll.text.slice(start, end);
  }
  get items(): readonly Word[] {
    if (this.list === null) this.list = splitSpaces(this.ll.text, this.start, this.end).map((w) => word(this.ll, w, this.escape, true));
    return this.list;
  }
  rangeOf(from: number, to: number): Range {
    return this.ll.range(this.start + from, this.start + to);
  }
  toJSON(): unknown {
    return { form: this.form, text: this.text, items: this.items, range: this.range };
  }
}

function word(ll: LogicalLine, s: Span, escape: EscapeChar, decode: boolean): Word {
  return new LazyWord(ll, s.start, s.end, decode ? escape : null);
}

function buildFlags(ll: LogicalLine, from: number, to: number): { flags: Flag[]; restStart: number } {
  const text = ll.text;
  const { flags: raw, restStart } = scanFlags(text, from, to);
  const flags: Flag[] = raw.map((f) => {
    const body = f.text.slice(2);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const rawEq = text.indexOf('=', f.start);
    const hasRawEq = eq >= 0 && rawEq >= 0 && rawEq < f.end;
    const nameEnd = hasRawEq ? rawEq : f.end;
    return {
      name,
      value: eq < 0 ? null : body.slice(eq + 1),
      range: ll.range(f.start, f.end),
      nameRange: ll.range(Math.min(f.start + 2, nameEnd), nameEnd),
      valueRange: hasRawEq ? ll.range(rawEq + 1, f.end) : null,
    };
  });
  return { flags, restStart };
}

interface Parts {
  args: Word[];
  command: CommandForm | null;
  pairs: KeyValue[];
  healthcheckType: Word | null;
  trigger: Instruction | null;
  heredocFrom: number;
}

/** JSON array, else shell form (RUN/CMD/ENTRYPOINT/SHELL), or whitespace list (COPY/ADD/VOLUME). */
function maybeJson(
  ll: LogicalLine, s: Span, escape: EscapeChar, list: boolean, errors: SyntaxIssue[],
): { args: Word[]; command: CommandForm } {
  const text = ll.text;
  const slice = text.slice(s.start, s.end);
  const json = parseJsonArray(slice);
  const range = ll.range(s.start, s.end);
  if (json.kind === 'strings') {
    const items = json.items.map((it) => ({
      raw: slice.slice(it.start, it.end),
      value: it.value,
      range: ll.range(s.start + it.start, s.start + it.end),
    }));
    return { args: items, command: { form: 'exec', items, range } };
  }
  if (json.kind === 'not-strings') {
    errors.push({
      code: 'json-not-string-array',
      message: 'when using JSON array syntax, arrays must be comprised of strings only',
      range,
    });
  }
  const form = new LazyShellForm(ll, s.start, s.end, escape, range);
  const whole: Word = { raw: slice, value: slice, range };
  return { args: list ? [...form.items] : [whole], command: form };
}

/** ENV and LABEL: `key=value ...`, or the legacy `key value` when the first word has no `=`. */
function nameValue(
  ll: LogicalLine, s: Span, escape: EscapeChar, keyword: string, errors: SyntaxIssue[], range: Range,
): { args: Word[]; pairs: KeyValue[] } {
  const text = ll.text;
  const words = scanWords(text, escape, s.start, s.end);
  if (words.length === 0) return { args: [], pairs: [] };
  const first = words[0]!;
  if (text.slice(first.start, first.end).indexOf('=') < 0) {
    // Legacy form: the key is up to the first whitespace run, the value is all the rest.
    let k = s.start;
    while (k < s.end && !isSplitSpace(text.charCodeAt(k))) k++;
    let v = k;
    while (v < s.end && isSplitSpace(text.charCodeAt(v))) v++;
    if (v >= s.end) {
      errors.push({
        code: keyword === 'ENV' ? 'env-missing-value' : 'label-missing-value',
        message: `${keyword} must have two arguments`,
        range,
      });
      const key = word(ll, { start: s.start, end: k }, escape, true);
      return {
        args: [key],
        pairs: [{ rawKey: key.raw, key: key.value, rawValue: null, value: null, legacy: true, range: key.range, keyRange: key.range, valueRange: null }],
      };
    }
    const key = word(ll, { start: s.start, end: k }, escape, true);
    const val = word(ll, { start: v, end: s.end }, escape, true);
    return {
      args: [key, val],
      pairs: [{
        rawKey: key.raw, key: key.value, rawValue: val.raw, value: val.value, legacy: true,
        range: ll.range(s.start, s.end), keyRange: key.range, valueRange: val.range,
      }],
    };
  }
  const pairs: KeyValue[] = [];
  const args: Word[] = [];
  for (const w of words) {
    const raw = text.slice(w.start, w.end);
    const eq = raw.indexOf('=');
    if (eq < 0) {
      errors.push({
        code: 'missing-equals',
        message: `Syntax error - can't find = in "${raw}". Must be of the form: name=value`,
        range: ll.range(w.start, w.end),
      });
      continue;
    }
    const key = word(ll, { start: w.start, end: w.start + eq }, escape, true);
    const val = word(ll, { start: w.start + eq + 1, end: w.end }, escape, true);
    args.push(key, val);
    pairs.push({
      rawKey: key.raw, key: key.value, rawValue: val.raw, value: val.value, legacy: false,
      range: ll.range(w.start, w.end), keyRange: key.range, valueRange: val.range,
    });
  }
  return { args, pairs };
}

/** ARG: each word is `name` or `name=default`. */
function argPairs(ll: LogicalLine, s: Span, escape: EscapeChar): { args: Word[]; pairs: KeyValue[] } {
  const text = ll.text;
  const args: Word[] = [];
  const pairs: KeyValue[] = [];
  for (const w of scanWords(text, escape, s.start, s.end)) {
    const whole = word(ll, w, escape, false);
    args.push(whole);
    const eq = whole.raw.indexOf('=');
    if (eq < 0) {
      pairs.push({
        rawKey: whole.raw, key: unquote(whole.raw, escape), rawValue: null, value: null, legacy: false,
        range: whole.range, keyRange: whole.range, valueRange: null,
      });
    } else {
      const key = word(ll, { start: w.start, end: w.start + eq }, escape, true);
      const val = word(ll, { start: w.start + eq + 1, end: w.end }, escape, true);
      pairs.push({
        rawKey: key.raw, key: key.value, rawValue: val.raw, value: val.value, legacy: false,
        range: whole.range, keyRange: key.range, valueRange: val.range,
      });
    }
  }
  return { args, pairs };
}

function emptyParts(): Parts {
  return { args: [], command: null, pairs: [], healthcheckType: null, trigger: null, heredocFrom: -1 };
}

/**
 * Builds the instruction on logical[from, to). `errors` receives BuildKit's parse-time errors.
 * The returned range ends at the end of the logical text; the caller extends it over heredoc bodies.
 */
export function buildInstruction(
  ll: LogicalLine, from: number, to: number, escape: EscapeChar, errors: SyntaxIssue[],
): BuiltInstruction {
  const text = ll.text;
  const t = trimSpan(text, from, to);
  let k = t.start;
  while (k < t.end && !isSplitSpace(text.charCodeAt(k))) k++;
  const keywordText = text.slice(t.start, k);
  const keyword = keywordText.toUpperCase();
  let afterKw = k;
  while (afterKw < t.end && isSplitSpace(text.charCodeAt(afterKw))) afterKw++;
  const { flags, restStart } = buildFlags(ll, afterKw, t.end);
  const a = trimSpan(text, restStart, t.end);
  const argsText = text.slice(a.start, a.end);
  const hasArgs = a.end > a.start;
  const range = ll.range(t.start, t.end);
  const p = emptyParts();

  if (hasArgs) {
    switch (keyword) {
      case 'RUN':
      case 'CMD':
      case 'ENTRYPOINT':
      case 'SHELL': {
        const r = maybeJson(ll, a, escape, false, errors);
        p.args = r.args;
        p.command = r.command;
        break;
      }
      case 'COPY':
      case 'ADD':
      case 'VOLUME': {
        const r = maybeJson(ll, a, escape, true, errors);
        p.args = r.args;
        p.command = r.command;
        break;
      }
      case 'FROM':
      case 'EXPOSE':
        p.args = splitSpaces(text, a.start, a.end).map((w) => word(ll, w, escape, true));
        break;
      case 'ENV':
      case 'LABEL': {
        const r = nameValue(ll, a, escape, keyword, errors, range);
        p.args = r.args;
        p.pairs = r.pairs;
        break;
      }
      case 'ARG': {
        const r = argPairs(ll, a, escape);
        p.args = r.args;
        p.pairs = r.pairs;
        break;
      }
      case 'HEALTHCHECK': {
        let sep = a.start;
        while (sep < a.end && !isSpace(text.charCodeAt(sep))) sep++;
        const typ = word(ll, { start: a.start, end: sep }, escape, false);
        p.healthcheckType = typ;
        p.args = [typ];
        const rest = trimSpan(text, sep, a.end);
        if (rest.end > rest.start) {
          const r = maybeJson(ll, rest, escape, false, errors);
          p.args.push(...r.args);
          p.command = r.command;
        }
        break;
      }
      case 'ONBUILD': {
        const sub = buildInstruction(ll, a.start, a.end, escape, errors);
        p.trigger = sub.instruction;
        p.args = [word(ll, a, escape, false)];
        if (sub.heredocCandidate) p.heredocFrom = t.start;
        break;
      }
      case 'MAINTAINER':
      case 'STOPSIGNAL':
      case 'USER':
      case 'WORKDIR':
        p.args = [word(ll, a, escape, false)];
        break;
      default:
        p.args = splitSpaces(text, a.start, a.end).map((w) => word(ll, w, escape, false));
    }
  }

  if (HEREDOC_KEYWORDS.has(keyword) && p.command?.form !== 'exec') p.heredocFrom = t.start;

  const instruction: Instruction = {
    kind: 'instruction',
    keyword,
    known: isKeyword(keyword),
    keywordText,
    keywordRange: ll.range(t.start, k),
    range,
    text: text.slice(t.start, t.end),
    flags,
    argsText,
    argsRange: hasArgs ? ll.range(a.start, a.end) : null,
    args: p.args,
    command: p.command,
    pairs: p.pairs,
    heredocs: [],
    healthcheckType: p.healthcheckType,
    trigger: p.trigger,
    comments: [],
    emptyContinuationLines: [],
  };
  return {
    instruction,
    heredocCandidate: p.heredocFrom >= 0 ? { logical: ll, from: p.heredocFrom, to: t.end } : null,
  };
}
