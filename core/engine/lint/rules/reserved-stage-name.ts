// BuildKit ReservedStageName (hadolint DL3063): `scratch` and `context` are not stage names.
import type { LintRule } from '../types';

const RESERVED = ['scratch', 'context'];

export const reservedStageName: LintRule = {
  id: 'ReservedStageName',
  aliases: ['DL3063'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'multi-stage-builds',
  description: 'Reserved words should not be used as stage names',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      if (st.name && st.nameWord && RESERVED.includes(st.name)) {
        report({
          range: st.nameWord.range,
          message: `"${st.name}" is a reserved word: ${st.name === 'scratch' ? 'FROM scratch means the empty image' : '"context" names the build context'}, so a stage with this name cannot be referred to reliably.`,
        });
      }
    }
  },
};
