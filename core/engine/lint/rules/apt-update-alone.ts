// Drydock DD001: `apt-get update` in a RUN of its own goes stale in the build cache.
import type { LintRule } from '../types';
import { invocations } from './helpers';

export const aptUpdateAlone: LintRule = {
  id: 'DD001', origin: 'drydock', severity: 'warning', lessonId: 'build-cache-and-efficient-images',
  description: 'apt-get update must be in the same RUN as apt-get install',
  check(ctx, report) {
    for (const inv of invocations(ctx, ['apt-get', 'apt'], ['update'])) {
      const installs = ctx.commands(inv.ins).some((c) => c.words.some((w) => w.text === 'install'));
      if (installs) continue;
      report({
        range: inv.name.range,
        message: 'apt-get update alone is cached as its own layer, so a later apt-get install can reuse weeks-old package lists and fail or install outdated packages; run "apt-get update && apt-get install ..." in one RUN.',
      });
    }
  },
};
