// hadolint DL3060: yarn cache clean.
import { cleanupRule, seq } from './package-rules';

export const dl3060 = cleanupRule({
  id: 'DL3060', severity: 'info', lessonId: 'build-cache-and-efficient-images', description: 'yarn cache clean missing after yarn install was run',
  names: ['yarn'], subs: ['install'],
  cleaned: (w) => seq(w, 'yarn', 'cache', 'clean'),
  message: 'Run yarn cache clean in the same RUN: the yarn cache is a second copy of every package and would stay in this layer.',
});
