// hadolint DL3062: pin versions in go install.
import { pinRule } from './package-rules';

export const dl3062 = pinRule({
  id: 'DL3062', severity: 'warning', description: 'Pin versions in go install',
  names: ['go'], subs: ['install'],
  pinned: (p) => /@(?!latest$)./.test(p) || p.startsWith('.'),
  message: (p) => `Pin "${p}" with @<version> (not @latest): go install without a version fetches whatever the module's newest release is at build time.`,
});
