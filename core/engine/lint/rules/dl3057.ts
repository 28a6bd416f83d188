// hadolint DL3057 (opt-in): no HEALTHCHECK in the final image.
import type { LintRule } from '../types';

export const dl3057: LintRule = {
  id: 'DL3057', origin: 'hadolint', severity: 'info', lessonId: 'healthcheck-stopsignal-onbuild', optIn: true,
  description: 'HEALTHCHECK instruction missing',
  check(ctx, report) {
    const last = ctx.view.stages[ctx.view.stages.length - 1];
    if (!last || last.instructions.some((i) => i.keyword === 'HEALTHCHECK')) return;
    report({ range: last.from.range, message: 'The final stage sets no HEALTHCHECK, so unless its base image defines one, Docker (and swarm) can only tell whether the process runs, not whether it works.' });
  },
};
