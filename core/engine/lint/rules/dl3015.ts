// hadolint DL3015: apt-get install --no-install-recommends.
import { optionRule } from './package-rules';

export const dl3015 = optionRule({
  id: 'DL3015', severity: 'info', description: 'Avoid additional packages by specifying --no-install-recommends',
  names: ['apt-get'], subs: ['install'], options: ['--no-install-recommends'], insert: '--no-install-recommends',
  skip: (inv) => inv.command.words.some((w) => /APT::Install-Recommends=(false|0)/i.test(w.text)),
  message: 'Add --no-install-recommends: by default apt-get also installs "recommended" packages you did not ask for, which makes the image bigger.',
});
