// hadolint DL3003: use WORKDIR instead of cd.
import type { LintRule } from '../types';
import { invocations } from './helpers';

export const dl3003: LintRule = {
  id: 'DL3003', origin: 'hadolint', severity: 'warning', lessonId: 'workdir-user-expose-volume',
  description: 'Use WORKDIR to switch to a directory',
  check(ctx, report) {
    for (const inv of invocations(ctx, ['cd'])) {
      report({
        range: inv.name.range,
        message: '`cd` in a RUN lasts only until that RUN ends; WORKDIR sets the directory for every later instruction and for the container, and creates it if needed.',
      });
    }
  },
};
