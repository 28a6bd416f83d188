// hadolint DL3035: no zypper dist-upgrade.
import type { LintRule } from '../types';
import { invocations } from './helpers';

export const dl3035: LintRule = {
  id: 'DL3035', origin: 'hadolint', severity: 'warning', lessonId: 'build-cache-and-efficient-images',
  description: 'Do not use zypper dist-upgrade',
  check(ctx, report) {
    for (const inv of invocations(ctx, ['zypper'], ['dist-upgrade', 'dup'])) {
      report({ range: inv.name.range, message: 'zypper dist-upgrade upgrades the whole distribution inside the build; use a newer base image instead, so the upgrade is reproducible and shared.' });
    }
  },
};
