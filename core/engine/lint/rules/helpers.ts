// Helpers shared by lint rules.
import type { Instruction, Position, Range } from '../../dockerfile/ast';
import type { QuickFix } from '../../diagnostics';
import type { Invocation, LintContext } from '../context';
import type { ShellWord, SimpleCommand } from '../shell';

export function fix(title: string, range: Range, newText: string): QuickFix {
  return { title, edits: [{ range, newText }] };
}

export function at(p: Position): Range {
  return { start: p, end: p };
}

/** Insert text right after a word. */
export function insertAfter(title: string, w: ShellWord, text: string): QuickFix {
  return fix(title, at(w.range.end), text);
}

export type { Invocation };

/** Every invocation of one of the programs (by basename) in RUN instructions, optionally with a subcommand. */
export function invocations(ctx: LintContext, names: readonly string[], subs?: readonly string[]): Invocation[] {
  const out: Invocation[] = [];
  for (const name of names) {
    for (const inv of ctx.invocationsOf(name)) {
      if (subs && (!inv.sub || !subs.includes(inv.sub.sub))) continue;
      out.push(inv);
    }
  }
  return out;
}

/** Options whose next word is their value, not a package (apk -t/--virtual, apt-get -o, pip -r, ...). */
const VALUE_OPTIONS = new Set([
  '-t', '--virtual', '-X', '--repository', '-o', '--option', '--target-release', '-r', '--requirement', '-c',
  '--constraint', '-i', '--index-url', '--extra-index-url', '--target', '-f', '--find-links', '--prefix', '--root',
  '-v', '--version', '--repo', '--enablerepo', '--disablerepo', '--releasever', '--installroot',
]);

/** Package operands after the subcommand: options and the values of value-taking options are skipped. */
export function packages(inv: Invocation): ShellWord[] {
  const start = inv.sub ? inv.sub.index : inv.nameIndex;
  const words = inv.command.words;
  const out: ShellWord[] = [];
  for (let i = start + 1; i < words.length; i++) {
    const t = words[i]!.text;
    if (t.startsWith('-')) {
      if (VALUE_OPTIONS.has(t)) i++;
      continue;
    }
    if (t !== '' && !t.includes('$')) out.push(words[i]!);
  }
  return out;
}

/** Whether any word in the RUN (all its commands) equals or starts with one of the strings. */
export function runMentions(ctx: LintContext, ins: Instruction, pred: (c: SimpleCommand) => boolean): boolean {
  return ctx.commands(ins).some(pred);
}

export function words(c: SimpleCommand): string[] {
  return c.words.map((w) => w.text);
}

/** `a b c` -> `["a", "b", "c"]` (JSON strings). */
export function toJsonArray(parts: readonly string[]): string {
  return `[${parts.map((p) => JSON.stringify(p)).join(', ')}]`;
}

/** Variables referenced as $NAME or ${NAME...} in a string, with offsets. */
export function variableRefs(s: string): Array<{ name: string; start: number; end: number; hasDefault: boolean }> {
  const out: Array<{ name: string; start: number; end: number; hasDefault: boolean }> = [];
  const re = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m.index > 0 && s[m.index - 1] === '\\') continue;
    const name = m[1] ?? m[3]!;
    const mod = m[2] ?? '';
    out.push({ name, start: m.index, end: m.index + m[0].length, hasDefault: /^:?[-+=]/.test(mod) });
  }
  return out;
}

/** Build args every build has without declaring them (BuildKit's automatic platform args). */
export const AUTOMATIC_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETSTAGE', 'BUILDKIT_SYNTAX',
]);

/** Predefined proxy args usable in RUN without ARG. */
export const PROXY_ARGS = new Set([
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
]);

export function isUpper(s: string): boolean {
  return s === s.toUpperCase();
}

export function isLower(s: string): boolean {
  return s === s.toLowerCase();
}
