// BuildKit RedundantTargetPlatform (hadolint DL3065): --platform=$TARGETPLATFORM is already the default.
import type { LintRule } from '../types';

export const redundantTargetPlatform: LintRule = {
  id: 'RedundantTargetPlatform',
  aliases: ['DL3065'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'from-and-arg',
  description: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      for (const f of st.from.flags) {
        if (f.name !== 'platform' || (f.value !== '$TARGETPLATFORM' && f.value !== '${TARGETPLATFORM}')) continue;
        const r = f.range;
        const end = ctx.text.charCodeAt(r.end.offset) === 32 ? { ...r.end, column: r.end.column + 1, offset: r.end.offset + 1 } : r.end;
        report({
          range: r,
          message: 'FROM already pulls the image for the target platform, so --platform=$TARGETPLATFORM changes nothing; remove it.',
          fix: { title: 'Remove the flag', edits: [{ range: { start: r.start, end }, newText: '' }] },
        });
      }
    }
  },
};
