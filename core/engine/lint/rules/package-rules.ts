// Factories for the many package-manager rules (hadolint DL30xx): pin versions, pass a flag, clean up.
// Each concrete rule lives in its own file and calls one of these.
import type { Severity } from '../../diagnostics';
import type { LintRule } from '../types';
import { hasOption, type ShellWord } from '../shell';
import { insertAfter, invocations, packages, type Invocation } from './helpers';

interface Common {
  readonly id: string;
  readonly severity: Severity;
  readonly lessonId?: string;
  readonly description: string;
  /** Program names (basenames) and subcommands that trigger the rule. */
  readonly names: readonly string[];
  readonly subs?: readonly string[];
}

/** Packages must carry a version: `pinned(pkg)` decides. */
export function pinRule(o: Common & { pinned: (pkg: string, inv: Invocation) => boolean; message: (pkg: string) => string; skip?: (inv: Invocation) => boolean }): LintRule {
  return {
    id: o.id, origin: 'hadolint', severity: o.severity, lessonId: o.lessonId ?? 'build-cache-and-efficient-images', description: o.description,
    check(ctx, report) {
      for (const inv of invocations(ctx, o.names, o.subs)) {
        if (o.skip?.(inv)) continue;
        for (const pkg of packages(inv)) {
          if (!o.pinned(pkg.text, inv)) report({ range: pkg.range, message: o.message(pkg.text) });
        }
      }
    },
  };
}

/** The invocation must include one of `options`; the quick fix inserts `insert` after the subcommand. */
export function optionRule(o: Common & { options: readonly string[]; insert: string; message: string; skip?: (inv: Invocation) => boolean }): LintRule {
  return {
    id: o.id, origin: 'hadolint', severity: o.severity, lessonId: o.lessonId ?? 'build-cache-and-efficient-images', description: o.description,
    check(ctx, report) {
      for (const inv of invocations(ctx, o.names, o.subs)) {
        if (hasOption(inv.command, ...o.options) || o.skip?.(inv)) continue;
        const anchor: ShellWord = o.subs && inv.sub ? inv.command.words[inv.sub.index]! : inv.name;
        report({ range: anchor.range, message: o.message, fix: insertAfter(`Add ${o.insert}`, anchor, ` ${o.insert}`) });
      }
    },
  };
}

/** After `names subs` in a RUN, the same RUN must also run a cleanup command matching `cleaned`. */
export function cleanupRule(o: Common & { cleaned: (words: string[]) => boolean; message: string }): LintRule {
  return {
    id: o.id, origin: 'hadolint', severity: o.severity, lessonId: o.lessonId ?? 'build-cache-and-efficient-images', description: o.description,
    check(ctx, report) {
      for (const inv of invocations(ctx, o.names, o.subs)) {
        // A cache mount keeps the files out of the layer anyway.
        if (inv.ins.flags.some((f) => f.name === 'mount' && /type=cache/.test(f.value ?? ''))) continue;
        const cmds = ctx.commands(inv.ins);
        const after = cmds.slice(cmds.indexOf(inv.command) + 1);
        if (after.some((c) => o.cleaned(c.words.map((w) => w.text)))) continue;
        report({ range: inv.name.range, message: o.message });
      }
    },
  };
}

export function seq(words: string[], ...want: string[]): boolean {
  for (let i = 0; i + want.length <= words.length; i++) if (want.every((w, k) => words[i + k] === w)) return true;
  return false;
}
