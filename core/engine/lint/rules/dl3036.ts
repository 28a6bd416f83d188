// hadolint DL3036: zypper clean.
import { cleanupRule } from './package-rules';

export const dl3036 = cleanupRule({
  id: 'DL3036', severity: 'warning', description: 'zypper clean missing after zypper use',
  names: ['zypper'], subs: ['install', 'in'],
  cleaned: (w) => w[0] === 'zypper' && (w.includes('clean') || w.includes('cc')),
  message: 'Run zypper clean in the same RUN, so the package cache does not stay in this layer.',
});
