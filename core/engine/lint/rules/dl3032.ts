// hadolint DL3032: yum clean all.
import { cleanupRule, seq } from './package-rules';

export const dl3032 = cleanupRule({
  id: 'DL3032', severity: 'warning', description: 'yum clean all missing after yum command',
  names: ['yum'], subs: ['install'],
  cleaned: (w) => seq(w, 'yum', 'clean', 'all') || (w[0] === 'rm' && w.some((x) => x.startsWith('/var/cache/yum'))),
  message: 'Run yum clean all in the same RUN: the yum cache would otherwise stay in this layer and make the image bigger.',
});
