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
          message: `FROM --platform=${f.value} pins this stage to one platform, so a build for any other target platform still uses the ${f.value} base image; drop the flag (and pass --platform to docker build), or use $BUILDPLATFORM for a stage that only runs build tools.`,
        });
      }
    }
  },
};
