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
          message: `Duplicate stage name "${st.name}": BuildKit only warns and builds anyway, resolving FROM, COPY --from and --target to just one of the stages (its maintainers call this undefined behaviour; the classic builder rejects the file), so you may not get the stage you meant; rename one of them.`,
        });
      }
      seen.add(st.name);
    }
  },
};
