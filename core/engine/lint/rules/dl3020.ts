// hadolint DL3020: COPY, not ADD, for local files and folders.
import type { LintRule } from '../types';
import { fix } from './helpers';

const SPECIAL = /^(https?:\/\/|git@|git:\/\/)|\.git(#.*)?$|\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|gz|bz2|xz)$/;

export const dl3020: LintRule = {
  id: 'DL3020', origin: 'hadolint', severity: 'warning', lessonId: 'copy-and-add',
  description: 'Use COPY instead of ADD for files and folders',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'ADD' || !ins.command || ins.heredocs.length > 0) continue;
      const sources = ins.command.items.slice(0, -1);
      if (sources.length === 0 || sources.some((s) => SPECIAL.test(s.value) || s.value.includes('$'))) continue;
      report({
        range: ins.keywordRange,
        message: 'ADD also downloads URLs and unpacks archives, so for plain local files it hides what happens; COPY does only the copy and says so.',
        fix: fix('Replace ADD with COPY', ins.keywordRange, ins.keywordText === 'add' ? 'copy' : 'COPY'),
      });
    }
  },
};
