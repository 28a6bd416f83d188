// hadolint DL3016: pin versions in npm install.
import { pinRule } from './package-rules';

export const dl3016 = pinRule({
  id: 'DL3016', severity: 'warning', description: 'Pin versions in npm',
  names: ['npm'], subs: ['install', 'i', 'add'],
  pinned: (p) => /.@/.test(p) || p.includes('/') || p.startsWith('.') || /^(git|https?|file):/.test(p) || p.endsWith('.tgz'),
  message: (p) => `Pin "${p}" (npm install ${p}@<version>): without a version npm takes whatever is latest on the day you build.`,
});
