// hadolint DL3006: always tag the base image.
import type { LintRule } from '../types';
import { splitImageRef } from './image-ref';

export const dl3006: LintRule = {
  id: 'DL3006', origin: 'hadolint', severity: 'warning', lessonId: 'from-and-arg',
  description: 'Always tag the version of an image explicitly',
  check(ctx, report) {
    const names = new Set<string>();
    for (const st of ctx.view.stages) {
      const b = st.base;
      if (b && !b.raw.includes('$') && b.value !== 'scratch' && !names.has(b.value.toLowerCase())) {
        const ref = splitImageRef(b.value);
        if (ref.tag === null && ref.digest === null) {
          report({
            range: b.range,
            message: `"${b.value}" has no tag, so Docker uses ${b.value}:latest, which changes whenever a new version is published; pin a tag such as ${b.value}:<version>.`,
          });
        }
      }
      if (st.name) names.add(st.name);
    }
  },
};
