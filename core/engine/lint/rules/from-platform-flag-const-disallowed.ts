// BuildKit FromPlatformFlagConstDisallowed: a hard-coded --platform defeats multi-platform builds.
import type { LintRule } from '../types';
import { checkPlatform } from '../../validate/platform';

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
        // As BuildKit's check: a platform that does not parse is left to the build's own error, and a
        // constant is fine when the stage name says which platform it is for (its OS or architecture).
        if (checkPlatform(f.value) !== null) continue;
        const [os = '', arch = ''] = f.value.toLowerCase().split('/');
        if (st.name && ((os && st.name.includes(os)) || (arch && st.name.includes(arch)))) continue;
        report({
          range: f.valueRange ?? f.range,
          message: `FROM --platform=${f.value} pins this stage to one platform, so a build for any other target platform still uses the ${f.value} base image; drop the flag (and pass --platform to docker build), or use $BUILDPLATFORM for a stage that only runs build tools.`,
        });
      }
    }
  },
};
