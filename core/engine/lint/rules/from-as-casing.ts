// BuildKit FromAsCasing: write `AS` in the same case as `FROM`.
import type { LintRule } from '../types';
import { fix, isLower, isUpper } from './helpers';

export const fromAsCasing: LintRule = {
  id: 'FromAsCasing',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'multi-stage-builds',
  description: "The 'as' keyword should match the case of the 'from' keyword",
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const as = st.from.args[1];
      if (!st.nameWord || !as) continue;
      const kw = st.from.keywordText;
      const wantUpper = isUpper(kw);
      if (wantUpper ? isUpper(as.raw) : isLower(kw) ? isLower(as.raw) : true) continue;
      const want = wantUpper ? 'AS' : 'as';
      report({
        range: as.range,
        message: `'${as.raw}' and '${kw}' keywords' casing do not match: write '${want}' so the line reads consistently (Docker accepts either case).`,
        fix: fix(`Change to '${want}'`, as.range, want),
      });
    }
  },
};
