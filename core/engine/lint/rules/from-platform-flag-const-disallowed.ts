// BuildKit FromPlatformFlagConstDisallowed: a hard-coded --platform defeats multi-platform builds.
import type { LintRule } from '../types';

export const fromPlatformFlagConstDisallowed: LintRule = {
  id: 'FromPlatformFlagConstDisallowed',
  aliases: ['DL3029'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'from-and-arg',
  description: 'FROM --platform flag should not use a constant value',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      for (const f of st.from.flags) {
        if (f.name !== 'platform' || f.value === null || f.value.includes('$')) continue;
        // BuildKit tolerates a constant when the stage name says which platform it is for.
        const os = f.value.split('/')[0] ?? '';
        if (st.name && os && st.name.includes(os)) continue;
        report({
          range: f.valueRange ?? f.range,
          message: `FROM --platform=${f.value} pins this stage to one platform, so building for another platform silently uses the wrong image; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag.`,
        });
      }
    }
  },
};
