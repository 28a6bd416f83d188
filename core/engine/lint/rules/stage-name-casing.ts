// BuildKit StageNameCasing: stage names are case-insensitive, so lowercase avoids confusion.
import type { LintRule } from '../types';
import { fix } from './helpers';

export const stageNameCasing: LintRule = {
  id: 'StageNameCasing',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'multi-stage-builds',
  description: 'Stage names should be lowercase',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const w = st.nameWord;
      if (!w || w.raw === w.raw.toLowerCase()) continue;
      report({
        range: w.range,
        message: `Stage name "${w.raw}" should be lowercase: BuildKit stores it as "${w.raw.toLowerCase()}", so COPY --from and --target match it in any case, but FROM ${w.raw} does not find the stage and is read as an image name (which fails: image names must be lowercase).`,
        fix: fix('Lowercase the stage name', w.range, w.raw.toLowerCase()),
      });
    }
  },
};
