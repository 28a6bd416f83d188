// BuildKit NoEmptyContinuation: an empty line inside a continued instruction.
import type { LintRule } from '../types';

export const noEmptyContinuation: LintRule = {
  id: 'NoEmptyContinuation',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'dockerfile-basics',
  description: 'Empty continuation lines will become errors in a future release',
  check(ctx, report) {
    for (const ins of ctx.doc.instructions) {
      for (const r of ins.emptyContinuationLines) {
        const whole = { start: r.start, end: { line: r.end.line + 1, column: 1, offset: Math.min(r.end.offset + 1, ctx.text.length) } };
        report({
          range: r,
          message: 'Empty line inside a continued instruction: Docker skips it today but plans to make it an error, and it makes the instruction look finished when it is not.',
          fix: { title: 'Remove the empty line', edits: [{ range: whole, newText: '' }] },
        });
      }
    }
  },
};
