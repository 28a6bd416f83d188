// hadolint DL3033: pin versions in yum install.
import { pinRule } from './package-rules';

export const dl3033 = pinRule({
  id: 'DL3033', severity: 'warning', description: 'Specify version with yum install -y <package>-<version>',
  names: ['yum'], subs: ['install'],
  pinned: (p) => /-\d/.test(p) || p.endsWith('.rpm') || p.includes('/'),
  message: (p) => `Pin "${p}" (yum install ${p}-<version>) so rebuilding gives the same packages.`,
});
