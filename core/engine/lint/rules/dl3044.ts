// hadolint DL3044: an ENV cannot use a variable it defines in the same instruction.
import type { LintRule } from '../types';
import { variableRefs } from './helpers';

export const dl3044: LintRule = {
  id: 'DL3044', origin: 'hadolint', severity: 'error', lessonId: 'env-arg-label',
  description: 'Do not refer to an environment variable within the same ENV statement where it is defined',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const before = new Set<string>();
      for (const ins of st.instructions) {
        if (ins.keyword === 'ENV') {
          const here = new Set<string>();
          for (const p of ins.pairs) {
            if (p.rawValue !== null && p.valueRange) {
              for (const v of variableRefs(p.rawValue)) {
                if (here.has(v.name) && !before.has(v.name)) {
                  report({
                    range: p.valueRange,
                    message: `$${v.name} is set by this same ENV instruction, but Docker substitutes the values variables had before the instruction, so here you get the old value of $${v.name} (empty unless it was set earlier, e.g. by the base image), not the new one; split it into two ENV lines.`,
                  });
                }
              }
            }
            here.add(p.key);
          }
          for (const k of here) before.add(k);
        }
        if (ins.keyword === 'ARG') for (const p of ins.pairs) before.add(p.key);
      }
    }
  },
};
