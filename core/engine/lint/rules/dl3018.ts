// hadolint DL3018: pin versions in apk add.
import { pinRule } from './package-rules';

export const dl3018 = pinRule({
  id: 'DL3018', severity: 'warning', description: 'Pin versions in apk add',
  names: ['apk'], subs: ['add'],
  pinned: (p) => p.includes('=') || p.includes('<') || p.includes('>') || p.endsWith('.apk') || p.includes('/'),
  message: (p) => `Pin "${p}" (apk add ${p}=<version>) so that rebuilding the image installs the same package version.`,
});
