// hadolint DL3007: do not use the latest tag.
import type { LintRule } from '../types';
import { splitImageRef } from './image-ref';

export const dl3007: LintRule = {
  id: 'DL3007', origin: 'hadolint', severity: 'warning', lessonId: 'from-and-arg',
  description: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const b = st.base;
      if (!b) continue;
      const ref = splitImageRef(b.value);
      if (ref.tag === 'latest' && ref.digest === null) {
        report({
          range: b.range,
          message: '"latest" is just a tag that moves with every release, not "the newest version you tested"; pin a release tag so rebuilds stay reproducible.',
        });
      }
    }
  },
};
