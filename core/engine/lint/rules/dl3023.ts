// hadolint DL3023: COPY --from cannot name its own stage.
import type { LintRule } from '../types';

export const dl3023: LintRule = {
  id: 'DL3023', origin: 'hadolint', severity: 'error', lessonId: 'multi-stage-builds',
  description: 'COPY --from cannot reference its own FROM alias',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      for (const ins of st.instructions) {
        const f = ins.keyword === 'COPY' ? ins.flags.find((x) => x.name === 'from') : undefined;
        if (!f || !f.value) continue;
        const v = f.value.toLowerCase();
        if (v === st.name || v === String(st.index)) {
          report({
            range: f.valueRange ?? f.range,
            message: 'A stage cannot copy from itself: the stage is not finished yet, and Docker stops with "circular dependency detected".',
          });
        }
      }
    }
  },
};
