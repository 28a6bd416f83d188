// hadolint DL3034: zypper non-interactive switch.
import { optionRule } from './package-rules';

export const dl3034 = optionRule({
  id: 'DL3034', severity: 'warning', description: 'Non-interactive switch missing from zypper command: zypper install -y',
  names: ['zypper'], subs: ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'], options: ['-y', '--no-confirm', '-n', '--non-interactive'], insert: '-y',
  message: 'zypper asks for confirmation unless told not to; add -y (or zypper -n) so the build does not stop.',
});
