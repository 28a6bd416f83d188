// hadolint DL3066: a user name (not a numeric id) in USER.
import type { LintRule } from '../types';

export const dl3066: LintRule = {
  id: 'DL3066', origin: 'hadolint', severity: 'info', lessonId: 'workdir-user-expose-volume',
  description: 'A non-numeric user id may not resolve on the host',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'USER' || !ins.args[0]) continue;
      const user = ins.args[0].raw.split(':')[0]!;
      if (/^\d+$/.test(user) || user.includes('$') || user === 'root') continue;
      report({
        range: ins.args[0].range,
        message: `USER ${user} is a name that must exist in the image's /etc/passwd; platforms that enforce non-root (e.g. Kubernetes runAsNonRoot) can only verify a numeric UID, so prefer USER <uid>.`,
      });
    }
  },
};
