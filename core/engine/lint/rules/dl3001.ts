// hadolint DL3001: commands that make no sense while building an image.
import type { LintRule } from '../types';
import { invocations } from './helpers';

const POINTLESS = ['ssh', 'vim', 'shutdown', 'service', 'ps', 'free', 'top', 'kill', 'mount', 'ifconfig'];

export const dl3001: LintRule = {
  id: 'DL3001', origin: 'hadolint', severity: 'info', lessonId: 'run-and-shell',
  description: 'For some bash commands it makes no sense running them in a Docker container like ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig',
  check(ctx, report) {
    for (const inv of invocations(ctx, POINTLESS)) {
      const n = inv.name.text;
      report({
        range: inv.name.range,
        message: `"${n}" in a RUN has no lasting effect: each RUN starts a fresh container with no running services, and only the files it leaves behind are kept in the image.`,
      });
    }
  },
};
