// BuildKit MaintainerDeprecated (hadolint DL4000): MAINTAINER is replaced by a label.
import type { LintRule } from '../types';
import { fix } from './helpers';

export const maintainerDeprecated: LintRule = {
  id: 'MaintainerDeprecated',
  aliases: ['DL4000'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'env-arg-label',
  description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const who = ins.argsText;
      report({
        range: ins.range,
        message: 'MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors="..." instead, which tools read as ordinary image metadata.',
        fix: who ? fix('Replace with a LABEL', ins.range, `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}`) : undefined,
      });
    }
  },
};
