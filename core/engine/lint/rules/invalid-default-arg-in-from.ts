// BuildKit InvalidDefaultArgInFrom: a global ARG without a default used as the whole base image.
import type { LintRule } from '../types';
import { variableRefs } from './helpers';

export const invalidDefaultArgInFrom: LintRule = {
  id: 'InvalidDefaultArgInFrom',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'from-and-arg',
  description: 'Default value for global ARG results in an empty or invalid base image name',
  check(ctx, report) {
    const defaults = new Map<string, string | null>();
    for (const ins of ctx.view.preamble) if (ins.keyword === 'ARG') for (const p of ins.pairs) defaults.set(p.key, p.value);
    for (const st of ctx.view.stages) {
      const base = st.base;
      if (!base) continue;
      const refs = variableRefs(base.raw);
      if (refs.length === 0) continue;
      // Expand with defaults: empty name or a trailing ':' / leading ':' means no usable default.
      let expanded = base.raw;
      let unknown = false;
      for (const r of [...refs].reverse()) {
        if (!defaults.has(r.name)) {
          unknown = true;
          break;
        }
        const d = r.hasDefault ? 'x' : (defaults.get(r.name) ?? '');
        expanded = expanded.slice(0, r.start) + d + expanded.slice(r.end);
      }
      if (unknown) continue;
      if (expanded === '' || expanded.endsWith(':') || expanded.startsWith(':') || expanded.endsWith('@') || expanded.includes('//')) {
        report({
          range: base.range,
          message: `Without --build-arg, "${base.raw}" expands to the invalid image name "${expanded}": give the global ARG a default value so the Dockerfile builds on its own.`,
        });
      }
    }
  },
};
