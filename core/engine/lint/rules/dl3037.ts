// hadolint DL3037: pin versions in zypper install.
import { pinRule } from './package-rules';

export const dl3037 = pinRule({
  id: 'DL3037', severity: 'warning', description: 'Specify version with zypper install -y <package>=<version>',
  names: ['zypper'], subs: ['install', 'in'],
  pinned: (p) => /[=<>]/.test(p) || p.endsWith('.rpm'),
  message: (p) => `Pin "${p}" (zypper install ${p}=<version>) so rebuilding gives the same packages.`,
});
