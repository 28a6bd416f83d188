// hadolint DL3027: apt is for people, apt-get for scripts.
import type { LintRule } from '../types';
import { fix, invocations } from './helpers';

export const dl3027: LintRule = {
  id: 'DL3027', origin: 'hadolint', severity: 'warning', lessonId: 'run-and-shell',
  description: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
  check(ctx, report) {
    for (const inv of invocations(ctx, ['apt'])) {
      report({
        range: inv.name.range,
        message: 'apt is meant for interactive use and warns that its command-line interface may change; scripts and Dockerfiles should use apt-get (or apt-cache).',
        fix: fix('Use apt-get', inv.name.range, 'apt-get'),
      });
    }
  },
};
