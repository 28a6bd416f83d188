// hadolint DL4005: use SHELL, not `ln -s ... /bin/sh`, to change the default shell.
import type { LintRule } from '../types';
import { invocations } from './helpers';

export const dl4005: LintRule = {
  id: 'DL4005', origin: 'hadolint', severity: 'warning', lessonId: 'run-and-shell',
  description: 'Use SHELL to change the default shell',
  check(ctx, report) {
    for (const inv of invocations(ctx, ['ln'])) {
      const words = inv.command.words.map((w) => w.text);
      if (words.some((w) => /^-[a-zA-Z]*s/.test(w)) && words[words.length - 1] === '/bin/sh') {
        report({ range: inv.name.range, message: 'Replacing /bin/sh with a link changes the shell for every program in the image; the SHELL instruction changes only the shell Docker uses for RUN, CMD and ENTRYPOINT.' });
      }
    }
  },
};
