// hadolint DL3038: dnf install -y.
import { optionRule } from './package-rules';

export const dl3038 = optionRule({
  id: 'DL3038', severity: 'warning', description: 'Use the -y switch to avoid manual input dnf install -y <package>',
  names: ['dnf', 'microdnf'], subs: ['install', 'groupinstall', 'localinstall'], options: ['-y', '--assumeyes'], insert: '-y',
  message: 'dnf install without -y stops to ask for confirmation, which a build cannot answer; add -y.',
});
