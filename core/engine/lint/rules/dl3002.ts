// hadolint DL3002: the last USER of the final stage should not be root.
import type { LintRule } from '../types';

export const dl3002: LintRule = {
  id: 'DL3002', origin: 'hadolint', severity: 'warning', lessonId: 'workdir-user-expose-volume',
  description: 'Last USER should not be root',
  check(ctx, report) {
    const last = ctx.view.stages[ctx.view.stages.length - 1];
    if (!last) return;
    const users = last.instructions.filter((i) => i.keyword === 'USER');
    const u = users[users.length - 1];
    if (!u || !u.args[0]) return;
    const name = u.args[0].raw.split(':')[0]!;
    if (name === 'root' || name === '0') {
      report({
        range: u.args[0].range,
        message: 'The image ends as root, so its process runs as root in the container; finish with USER <non-root user> (switch to root only for the steps that need it).',
      });
    }
  },
};
