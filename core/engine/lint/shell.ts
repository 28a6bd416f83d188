// A small shell reader for lint rules: splits a RUN's shell-form text into simple commands (at `&&`,
// `||`, `;`, `|`, `&` and newlines) of unquoted words, each with a source range. Not a full shell: good
// enough to see `apt-get install -y curl`, `cd /x` or `sudo`.
import type { Instruction, Range, ShellForm } from '../dockerfile/ast';

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

/** A word of a shell-form script whose range is mapped to the source only when a rule reports it. */
class ScriptWord implements ShellWord {
  private r: Range | null = null;
  constructor(
    readonly text: string,
    private readonly form: ShellForm,
    private readonly from: number,
    private readonly to: number,
  ) {}
  get range(): Range {
    if (this.r === null) this.r = this.form.rangeOf(this.from, this.to);
    return this.r;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/** Splits a shell-form script into simple commands in one pass (quotes and backslashes removed). */
function tokenize(form: ShellForm): SimpleCommand[] {
  const text = form.text;
  const n = text.length;
  const commands: SimpleCommand[] = [];
  let words: ShellWord[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === 38 || c === 124 || c === 59) {
      const op = opAt(text, i);
      commands.push({ words, next: op });
      words = [];
      i += op.length;
      continue;
    }
    const start = i;
    let out = '';
    let run = i;
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (isBlank(ch) || ch === 38 || ch === 124 || ch === 59) break;
      if (ch === 39) {
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 ? n : close;
        out += text.slice(run, i) + text.slice(i + 1, stop);
        i = stop + 1;
        run = i;
      } else if (ch === 34) {
        out += text.slice(run, i);
        i++;
        run = i;
        while (i < n && text.charCodeAt(i) !== 34) {
          if (text.charCodeAt(i) === 92 && i + 1 < n) {
            out += text.slice(run, i) + text[i + 1]!;
            i += 2;
            run = i;
          } else i++;
        }
        out += text.slice(run, Math.min(i, n));
        i++;
        run = i;
      } else if (ch === 92 && i + 1 < n) {
        out += text.slice(run, i) + text[i + 1]!;
        i += 2;
        run = i;
      } else i++;
    }
    const end = Math.min(i, n);
    if (run < end) out += text.slice(run, end);
    words.push(new ScriptWord(out, form, start, end));
  }
  if (words.length > 0) commands.push({ words, next: '' });
  return commands.filter((x) => x.words.length > 0);
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
  return tokenize(cmd);
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
