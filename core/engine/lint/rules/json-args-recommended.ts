// BuildKit JSONArgsRecommended (hadolint DL3025): exec form for CMD/ENTRYPOINT so signals reach the app.
import type { LintRule } from '../types';
import { fix, toJsonArray } from './helpers';

export const jsonArgsRecommended: LintRule = {
  id: 'JSONArgsRecommended',
  aliases: ['DL3025'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'cmd-vs-entrypoint',
  description: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      // A stage that sets its own SHELL chose shell form deliberately (BuildKit skips it too).
      if (st.instructions.some((i) => i.keyword === 'SHELL')) continue;
      for (const ins of st.instructions) {
        if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.command?.form !== 'shell') continue;
        const text = ins.command.text;
        // Only offer the mechanical rewrite when the text has no shell syntax to lose.
        const simple = !/[$&|;<>()`*?"'\\~{}[\]#]/.test(text);
        report({
          range: ins.command.range,
          message: `${ins.keyword} in shell form runs under /bin/sh -c, so the shell is PID 1 and your process never receives SIGTERM from docker stop; use the JSON (exec) form ${ins.keyword} ["executable", "arg"].`,
          fix: simple ? fix('Convert to exec (JSON) form', ins.command.range, toJsonArray(ins.command.items.map((w) => w.raw))) : undefined,
        });
      }
    }
  },
};
