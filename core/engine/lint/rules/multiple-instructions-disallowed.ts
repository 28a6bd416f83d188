// BuildKit MultipleInstructionsDisallowed (hadolint DL4003, DL4004, DL3012): only the last one counts.
import type { Instruction } from '../../dockerfile/ast';
import type { LintRule } from '../types';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export const multipleInstructionsDisallowed: LintRule = {
  id: 'MultipleInstructionsDisallowed',
  aliases: ['DL4003', 'DL4004', 'DL3012'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'cmd-vs-entrypoint',
  description: 'Multiple instructions of the same type should not be used in the same stage',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      for (const kw of ONCE) {
        const list: Instruction[] = st.instructions.filter((i) => i.keyword === kw);
        for (const ins of list.slice(0, -1)) {
          report({
            range: ins.range,
            message: `Multiple ${kw} instructions in one stage: only the last one takes effect, so this one is silently ignored.`,
            fix: { title: `Remove this ${kw}`, edits: [{ range: ins.range, newText: '' }] },
          });
        }
      }
    }
  },
};
