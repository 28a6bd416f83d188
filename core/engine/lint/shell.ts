// A small shell reader for lint rules: splits a RUN's shell-form text into simple commands (at `&&`,
// `||`, `;`, `|`, `&` and newlines) of unquoted words, each with a source range. Not a full shell: good
// enough to see `apt-get install -y curl`, `cd /x` or `sudo`.
import type { Instruction, Range, Word } from '../dockerfile/ast';

export interface ShellWord {
  /** The word with quotes removed. */
  readonly text: string;
  readonly range: Range;
}

export interface SimpleCommand {
  readonly words: readonly ShellWord[];
  /** Operator that ends this command ('' at the end). */
  readonly next: string;
}

/** The control operator starting at i (`&&`, `||`, `;`, `|`, `&`). */
function opAt(raw: string, i: number): string {
  const c = raw[i]!;
  if ((c === '&' || c === '|') && raw[i + 1] === c) return c + c;
  return c;
}

/** A shell word whose source range is computed only when a rule reports it. */
class LazyShellWord implements ShellWord {
  private r: Range | null = null;
  constructor(
    readonly text: string,
    private readonly first: Word,
    private readonly from: number,
    private readonly last: Word,
    private readonly to: number,
  ) {}
  get range(): Range {
    if (this.r === null) {
      this.r = this.first === this.last
        ? subRange(this.first, this.from, this.to)
        : { start: subRange(this.first, this.from, this.from).start, end: subRange(this.last, this.to, this.to).end };
    }
    return this.r;
  }
}

function subRange(w: Word, from: number, to: number): Range {
  if (w.range.start.line !== w.range.end.line) return w.range;
  const s = w.range.start;
  return {
    start: { line: s.line, column: s.column + from, offset: s.offset + from },
    end: { line: s.line, column: s.column + to, offset: s.offset + to },
  };
}

/** Simple commands of a RUN (or CMD/ENTRYPOINT) in shell or exec form. */
export function shellCommands(ins: Instruction): SimpleCommand[] {
  const cmd = ins.command;
  if (!cmd) return [];
  if (cmd.form === 'exec') {
    // ["sh", "-c", "script"] is a shell script too; otherwise the array is one command.
    const items = cmd.items;
    if (items.length >= 3 && /(^|\/)(ba|da|a)?sh$/.test(items[0]!.value) && items[1]!.value === '-c') {
      return splitText(items[2]!.value, items[2]!.range);
    }
    return [{ words: items.map((i) => ({ text: i.value, range: i.range })), next: '' }];
  }
  const commands: SimpleCommand[] = [];
  let words: ShellWord[] = [];
  let cur = '';
  let curStart = -1;
  let curWord: Word | null = null;
  let quote = '';
  let startItem: Word | null = null;
  const flush = (endIdx: number, item: Word): void => {
    if (curStart >= 0 && startItem) words.push(new LazyShellWord(cur, startItem, curStart, item, endIdx));
    cur = '';
    curStart = -1;
    startItem = null;
  };
  for (const item of cmd.items) {
    const raw = item.raw;
    curWord = item;
    let i = 0;
    while (i < raw.length) {
      const ch = raw[i]!;
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === '\\' && quote === '"' && i + 1 < raw.length) {
          cur += raw[i + 1]!;
          i += 2;
          continue;
        } else cur += ch;
        i++;
        continue;
      }
      const cc = raw.charCodeAt(i);
      const op = cc === 38 || cc === 124 || cc === 59 ? opAt(raw, i) : null;
      if (op) {
        flush(i, item);
        commands.push({ words, next: op });
        words = [];
        i += op.length;
        continue;
      }
      if (curStart < 0) {
        curStart = i;
        startItem = item;
      }
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '\\' && i + 1 < raw.length) {
        cur += raw[i + 1]!;
        i += 2;
        continue;
      } else cur += ch;
      i++;
    }
    if (!quote) flush(raw.length, item);
    else cur += ' ';
  }
  if (curWord && curStart >= 0) flush(curWord.raw.length, curWord);
  if (words.length > 0) commands.push({ words, next: '' });
  return commands.filter((c) => c.words.length > 0);
}

/** Splits a script string (no source mapping: every word gets the given range). */
export function splitText(text: string, range: Range): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  for (const part of text.split(/&&|\|\||[;|&\n]/)) {
    const words = part.trim().split(/\s+/).filter((w) => w.length > 0).map((w) => ({ text: w.replace(/^["']|["']$/g, ''), range }));
    if (words.length > 0) out.push({ words, next: '' });
  }
  return out;
}

/** The command name, skipping `sudo`, `env VAR=x` and leading assignments. */
export function commandName(c: SimpleCommand): { name: string; index: number } | null {
  let i = 0;
  while (i < c.words.length) {
    const t = c.words[i]!.text;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t) || t === 'env' || t === 'exec' || t === 'command' || t === 'nohup') {
      i++;
      continue;
    }
    if (t === 'sudo') {
      i++;
      while (i < c.words.length && c.words[i]!.text.startsWith('-')) i++;
      continue;
    }
    return { name: t.replace(/^.*\//, ''), index: i };
  }
  return null;
}

/** For `apt-get install -y a b`: the subcommand (first non-option word after the name) and its position. */
export function subcommand(c: SimpleCommand, nameIndex: number): { sub: string; index: number } | null {
  for (let i = nameIndex + 1; i < c.words.length; i++) {
    const t = c.words[i]!.text;
    if (!t.startsWith('-')) return { sub: t, index: i };
  }
  return null;
}

/** Non-option arguments after position `from` (options with attached values are skipped). */
export function operands(c: SimpleCommand, from: number): ShellWord[] {
  return c.words.slice(from + 1).filter((w) => !w.text.startsWith('-'));
}

export function hasOption(c: SimpleCommand, ...names: string[]): boolean {
  return c.words.some((w) => names.some((n) => w.text === n || w.text.startsWith(`${n}=`) || (n.length === 2 && n.startsWith('-') && !w.text.startsWith('--') && w.text.startsWith('-') && w.text.includes(n[1]!))));
}
