// hadolint DL3014: apt-get install needs -y in a non-interactive build.
import { optionRule } from './package-rules';

export const dl3014 = optionRule({
  id: 'DL3014', severity: 'warning', description: 'Use the -y switch to avoid manual input apt-get -y install <package>',
  names: ['apt-get'], subs: ['install'], options: ['-y', '--yes', '--assume-yes', '-qq'], insert: '-y',
  message: 'Whenever apt-get install has to add packages you did not name (usually dependencies), it asks "Do you want to continue?"; without -y a build cannot answer, so apt-get aborts and the step fails. Add -y.',
});
