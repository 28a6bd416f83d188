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
        message: `Stage name "${w.raw}" should be lowercase: Docker matches stage names without regard to case, so mixed case only hides that "${w.raw}" and "${w.raw.toLowerCase()}" are the same stage.`,
        fix: fix('Lowercase the stage name', w.range, w.raw.toLowerCase()),
      });
    }
  },
};
