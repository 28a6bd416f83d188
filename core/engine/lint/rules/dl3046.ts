// hadolint DL3046: useradd with a big UID and without -l creates a huge sparse lastlog file.
import type { LintRule } from '../types';
import { hasOption } from '../shell';
import { invocations } from './helpers';

export const dl3046: LintRule = {
  id: 'DL3046', origin: 'hadolint', severity: 'warning', lessonId: 'build-cache-and-efficient-images',
  description: 'useradd without flag -l and high UID will result in excessively large Image',
  check(ctx, report) {
    for (const inv of invocations(ctx, ['useradd'])) {
      if (hasOption(inv.command, '-l', '--no-log-init')) continue;
      const words = inv.command.words;
      const i = words.findIndex((w) => w.text === '-u' || w.text === '--uid' || w.text.startsWith('--uid='));
      if (i < 0) continue;
      const uid = words[i]!.text.startsWith('--uid=') ? words[i]!.text.slice(6) : words[i + 1]?.text ?? '';
      if (/^\d{6,}$/.test(uid)) {
        report({
          range: inv.name.range,
          message: `useradd writes UID ${uid} into /var/log/lastlog and /var/log/faillog, whose records are indexed by UID; a large UID makes them huge sparse files, and the image layer stores them at full size. Add -l (--no-log-init).`,
        });
      }
    }
  },
};
