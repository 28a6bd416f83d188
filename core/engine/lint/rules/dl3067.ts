// hadolint DL3067: copying a whole filesystem from another stage.
import type { LintRule } from '../types';

export const dl3067: LintRule = {
  id: 'DL3067', origin: 'hadolint', severity: 'warning', lessonId: 'multi-stage-builds',
  description: 'Do not copy an entire filesystem from another stage',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'COPY' || !ins.command || !ins.flags.some((f) => f.name === 'from')) continue;
      for (const src of ins.command.items.slice(0, -1)) {
        if (src.value === '/' || src.value === '/.' || src.value === '/*') {
          report({ range: src.range, message: 'Copying "/" from another stage brings its whole filesystem, build tools included, which defeats the point of a multi-stage build; copy only the artifacts you need.' });
        }
      }
    }
  },
};
