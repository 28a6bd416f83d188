// hadolint DL3004: do not use sudo.
import type { LintRule } from '../types';

export const dl3004: LintRule = {
  id: 'DL3004', origin: 'hadolint', severity: 'warning', lessonId: 'workdir-user-expose-volume',
  description: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
  check(ctx, report) {
    for (const { commands } of ctx.runs()) {
      for (const c of commands) {
        const w = c.words.find((x) => x.text === 'sudo');
        if (!w) continue;
        report({
          range: w.range,
          message: 'RUN already runs as the current USER (root unless this Dockerfile or its base image set another one), so sudo is unnecessary and may not be installed; switch with USER, or use gosu/su-exec in an entrypoint.',
        });
      }
    }
  },
};
