// hadolint DL3028: pin versions in gem install.
import { hasOption } from '../shell';
import { pinRule } from './package-rules';

export const dl3028 = pinRule({
  id: 'DL3028', severity: 'warning', description: 'Pin versions in gem install',
  names: ['gem'], subs: ['install', 'i'],
  skip: (inv) => hasOption(inv.command, '-v', '--version'),
  pinned: (p) => p.includes(':'),
  message: (p) => `Pin "${p}" (gem install ${p}:<version>) so the image does not change when a new gem is released.`,
});
