// hadolint DL3008: pin versions in apt-get install.
import { pinRule } from './package-rules';

export const dl3008 = pinRule({
  id: 'DL3008', severity: 'warning', description: 'Pin versions in apt-get install',
  names: ['apt-get'], subs: ['install'],
  pinned: (p) => p.includes('=') || p.endsWith('.deb') || p.includes('/'),
  message: (p) => `Pin the version of "${p}" (apt-get install ${p}=<version>): otherwise each rebuild may install a different version and the image is not reproducible.`,
});
