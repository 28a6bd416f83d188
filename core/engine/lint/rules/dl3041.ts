// hadolint DL3041: pin versions in dnf install.
import { pinRule } from './package-rules';

export const dl3041 = pinRule({
  id: 'DL3041', severity: 'warning', description: 'Specify version with dnf install -y <package>-<version>',
  names: ['dnf', 'microdnf'], subs: ['install'],
  pinned: (p) => /-\d/.test(p) || p.endsWith('.rpm') || p.includes('/') || p.startsWith('@'),
  message: (p) => `Pin "${p}" (dnf install ${p}-<version>) so rebuilding gives the same packages.`,
});
