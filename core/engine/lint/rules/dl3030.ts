// hadolint DL3030: yum install -y.
import { optionRule } from './package-rules';

export const dl3030 = optionRule({
  id: 'DL3030', severity: 'warning', description: 'Use the -y switch to avoid manual input yum install -y <package>',
  names: ['yum'], subs: ['install', 'groupinstall', 'localinstall'], options: ['-y', '--assumeyes'], insert: '-y',
  message: 'yum install without -y stops to ask for confirmation, which a build cannot answer; add -y.',
});
