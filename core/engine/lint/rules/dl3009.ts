// hadolint DL3009: delete the apt lists after installing.
import { cleanupRule } from './package-rules';

export const dl3009 = cleanupRule({
  id: 'DL3009', severity: 'info', description: 'Delete the apt-get lists after installing something',
  names: ['apt-get', 'apt'], subs: ['install'],
  cleaned: (w) => w[0] === 'rm' && w.some((x) => x.startsWith('/var/lib/apt/lists')),
  message: 'Remove /var/lib/apt/lists/* in the same RUN: the package lists are tens of megabytes, and deleting them in a later RUN does not shrink this layer.',
});
