// The teaching linter: runs every enabled rule and turns findings into Diagnostics. Pure.
import type { Dockerfile } from '../dockerfile/ast';
import type { Diagnostic } from '../diagnostics';
import { LintContext, type LintOptions } from './context';
import { readCheckDirective } from './check-directive';
import { RULES } from './registry';
import type { LintRule } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type { LintOptions, LabelType } from './context';
export type { LintRule, Finding } from './types';
export { RULES, findRule, COVERED_BY_VALIDATOR } from './registry';

/** Lower-cased id and aliases of each rule, computed once. */
const RULE_IDS = new Map<LintRule, string[]>(RULES.map((r) => [r, [r.id, ...(r.aliases ?? [])].map((x) => x.toLowerCase())]));

/** `# hadolint ignore=DL3008,DL3009` on the lines right above an instruction, and `# hadolint global ignore=`. */
function pragmas(doc: Dockerfile): { global: Set<string>; byLine: Map<number, Set<string>> } {
  const global = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const c of doc.comments) {
    const m = /^hadolint\s+(global\s+)?ignore=([\w,\s]+)$/i.exec(c.text);
    if (!m) continue;
    const set = new Set(m[2]!.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
    if (m[1]) set.forEach((x) => global.add(x));
    else byLine.set(c.range.start.line, set);
  }
  return { global, byLine };
}

/**
 * Lints a parsed Dockerfile. Rules can be switched off with `options.disable` (ids or aliases), with
 * `# check=skip=<ids|all>`, and with hadolint pragmas; `# check=error=true` makes BuildKit-rule findings
 * errors (a real build fails on them then); opt-in rules run with `options.enable` or
 * `# check=experimental=<ids|all>`.
 */
export function lint(doc: Dockerfile, options: LintOptions = {}): Diagnostic[] {
  const settings = readCheckDirective(doc);
  const disabled = new Set((options.disable ?? []).map((x) => x.toLowerCase()));
  const enabled = options.enable === 'all' ? 'all' : new Set((options.enable ?? []).map((x) => x.toLowerCase()));
  const { global, byLine } = pragmas(doc);
  const ctx = new LintContext(doc, options);
  const out: Diagnostic[] = [];
  for (const p of settings.problems) {
    out.push({ source: 'lint', code: 'InvalidCheckDirective', severity: 'warning', message: p.message, range: p.range, lessonId: 'parser-directives' });
  }
  // Line of the instruction containing each position, to apply hadolint's per-instruction pragmas.
  const starts = doc.instructions.map((i) => i.range.start.line);
  const instructionLineFor = (line: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= line) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best < 0 ? -1 : starts[best]!;
  };
  for (const rule of RULES) {
    const names = RULE_IDS.get(rule)!;
    if ((disabled.size > 0 || global.size > 0) && names.some((n) => disabled.has(n) || global.has(n))) continue;
    if (settings.skipAll || (settings.skip.size > 0 && names.some((n) => settings.skip.has(n)))) continue;
    if (rule.optIn) {
      const on = enabled === 'all' || names.some((n) => enabled.has(n)) ||
        (rule.origin === 'buildkit' && (settings.experimentalAll || names.some((n) => settings.experimental.has(n))));
      if (!on) continue;
    }
    const severity = settings.error && rule.origin === 'buildkit' ? 'error' : rule.severity;
    rule.check(ctx, (f) => {
      if (byLine.size > 0) {
        const ignored = byLine.get(instructionLineFor(f.range.start.line) - 1);
        if (ignored && names.some((n) => ignored.has(n))) return;
      }
      const d: Mutable<Diagnostic> = { source: 'lint', code: rule.id, severity, message: f.message, range: f.range, lessonId: rule.lessonId };
      if (f.fix) d.fix = f.fix;
      out.push(d);
    });
  }
  return out;
}
