// hadolint DL4006: `set -o pipefail` before a RUN with a pipe.
import type { LintRule } from '../types';

export const dl4006: LintRule = {
  id: 'DL4006', origin: 'hadolint', severity: 'warning', lessonId: 'run-and-shell',
  description: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      let pipefail = false;
      for (const ins of st.instructions) {
        if (ins.keyword === 'SHELL' && ins.command?.form === 'exec') {
          const words = ins.command.items.map((i) => i.value);
          const shell = words[0] ?? '';
          pipefail = words.some((w, i) => w === '-o' && words[i + 1] === 'pipefail') || /(pwsh|powershell|cmd)(\.exe)?$/i.test(shell);
        }
        if (ins.keyword !== 'RUN' || pipefail || ins.command?.form !== 'shell') continue;
        const cmds = ctx.commands(ins);
        const piped = cmds.find((c) => c.next === '|');
        if (!piped) continue;
        if (cmds.some((c) => c.words[0]?.text === 'set' && c.words.some((w, i) => w.text === '-o' && c.words[i + 1]?.text === 'pipefail'))) continue;
        report({
          range: ins.keywordRange,
          message: 'In a pipe, /bin/sh only reports the exit status of the last command, so a failing first command (e.g. a download) does not fail the build; add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before this RUN.',
        });
      }
    }
  },
};
