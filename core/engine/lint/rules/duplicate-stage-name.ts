// BuildKit DuplicateStageName (hadolint DL3024): stage names must be unique.
import type { LintRule } from '../types';

export const duplicateStageName: LintRule = {
  id: 'DuplicateStageName',
  aliases: ['DL3024'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'multi-stage-builds',
  description: 'Stage names should be unique',
  check(ctx, report) {
    const seen = new Set<string>();
    for (const st of ctx.view.stages) {
      if (!st.name || !st.nameWord) continue;
      if (seen.has(st.name)) {
        report({
          range: st.nameWord.range,
          message: `Duplicate stage name "${st.name}": COPY --from and --target could not tell which stage you mean, so the build fails; rename one of them.`,
        });
      }
      seen.add(st.name);
    }
  },
};
