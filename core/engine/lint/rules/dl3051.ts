// hadolint DL3051: empty label values.
import type { LintRule } from '../types';

export const dl3051: LintRule = {
  id: 'DL3051', origin: 'hadolint', severity: 'warning', lessonId: 'env-arg-label',
  description: 'Label is empty',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'LABEL') continue;
      for (const p of ins.pairs) {
        if (p.value === '') report({ range: p.range, message: `Label "${p.key}" has an empty value, which tells nobody anything; give it a value or remove it.` });
      }
    }
  },
};
