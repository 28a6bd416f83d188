// hadolint DL3040: dnf clean all.
import { cleanupRule, seq } from './package-rules';

export const dl3040 = cleanupRule({
  id: 'DL3040', severity: 'warning', description: 'dnf clean all missing after dnf command',
  names: ['dnf', 'microdnf'], subs: ['install'],
  cleaned: (w) => seq(w, 'dnf', 'clean', 'all') || seq(w, 'microdnf', 'clean', 'all') || (w[0] === 'rm' && w.some((x) => x.startsWith('/var/cache/dnf') || x.startsWith('/var/cache/yum'))),
  message: 'Run dnf clean all in the same RUN, so the metadata and package cache do not stay in this layer.',
});
