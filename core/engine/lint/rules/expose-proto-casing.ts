// BuildKit ExposeProtoCasing: protocols in EXPOSE are lowercase.
import type { LintRule } from '../types';
import { fix } from './helpers';

export const exposeProtoCasing: LintRule = {
  id: 'ExposeProtoCasing',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'workdir-user-expose-volume',
  description: 'Protocol in EXPOSE instruction should be lowercase',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const w of ins.args) {
        const slash = w.raw.lastIndexOf('/');
        if (slash < 0) continue;
        const proto = w.raw.slice(slash + 1);
        if (proto === proto.toLowerCase()) continue;
        report({
          range: w.range,
          message: `Write the protocol in lowercase ("${proto.toLowerCase()}"): Docker lowercases it anyway, and lowercase is how ports appear in docker inspect and docker port.`,
          fix: fix('Lowercase the protocol', w.range, w.raw.slice(0, slash + 1) + proto.toLowerCase()),
        });
      }
    }
  },
};
