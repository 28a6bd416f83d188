// hadolint DL3062: pin versions in go install.
import { pinRule } from './package-rules';

export const dl3062 = pinRule({
  id: 'DL3062', severity: 'warning', description: 'Pin versions in go install',
  names: ['go'], subs: ['install'],
  pinned: (p) => /@(?!latest$)./.test(p) || p.startsWith('.'),
  message: (p) => p.endsWith('@latest')
    ? `Pin "${p}" to a fixed @<version>: @latest resolves to whatever the module's newest release is at build time.`
    : `Pin "${p}" with @<version>: without one, go install uses whatever version the current module's go.mod requires (and by default fails outside a module), so this line does not say which version gets installed.`,
});
