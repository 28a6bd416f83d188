// hadolint DL3013: pin versions in pip install.
import { hasOption } from '../shell';
import { pinRule } from './package-rules';

export const dl3013 = pinRule({
  id: 'DL3013', severity: 'warning', description: 'Pin versions in pip',
  names: ['pip', 'pip3'], subs: ['install'],
  skip: (inv) => hasOption(inv.command, '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '--upgrade-strategy'),
  pinned: (p) => /[=<>~!]=|@|[<>]/.test(p) || p.includes('/') || /\.(whl|tar\.gz|zip)$/.test(p) || p === '.',
  message: (p) => `Pin "${p}" (pip install ${p}==<version>) so a rebuild cannot pull a newer, possibly breaking release.`,
});
