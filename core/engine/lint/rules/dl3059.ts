// hadolint DL3059: consecutive RUN instructions that could be one layer.
import type { LintRule } from '../types';

export const dl3059: LintRule = {
  id: 'DL3059', origin: 'hadolint', severity: 'info', lessonId: 'build-cache-and-efficient-images',
  description: 'Multiple consecutive RUN instructions. Consider consolidation',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const list = st.instructions;
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        if (a.keyword !== 'RUN' || b.keyword !== 'RUN') continue;
        // Different flags (mounts, network) or heredocs mean the RUNs are deliberately separate.
        if (a.flags.length > 0 || b.flags.length > 0 || a.heredocs.length > 0 || b.heredocs.length > 0) continue;
        report({
          range: b.keywordRange,
          message: 'Each RUN makes its own layer; two RUNs in a row can usually be joined with && into one, which also lets clean-up in the same step actually shrink the image.',
        });
      }
    }
  },
};
