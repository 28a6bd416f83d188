// hadolint DL3014: apt-get install needs -y in a non-interactive build.
import { optionRule } from './package-rules';

export const dl3014 = optionRule({
  id: 'DL3014', severity: 'warning', description: 'Use the -y switch to avoid manual input apt-get -y install <package>',
  names: ['apt-get'], subs: ['install'], options: ['-y', '--yes', '--assume-yes', '-qq'], insert: '-y',
  message: 'apt-get install without -y waits for a "Do you want to continue?" answer that a build cannot give, so the step fails; add -y.',
});
