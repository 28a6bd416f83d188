// BuildKit ConsistentInstructionCasing: all keywords upper case or all lower case.
import type { Instruction } from '../../dockerfile/ast';
import type { LintRule } from '../types';
import { fix, isLower, isUpper } from './helpers';

export const consistentInstructionCasing: LintRule = {
  id: 'ConsistentInstructionCasing',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'dockerfile-basics',
  description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
  check(ctx, report) {
    const all: Instruction[] = ctx.allInstructions().filter((i) => i.known);
    let upper = 0;
    let lower = 0;
    for (const i of all) {
      if (isUpper(i.keywordText)) upper++;
      else if (isLower(i.keywordText)) lower++;
    }
    const wantUpper = upper >= lower;
    for (const i of all) {
      const ok = wantUpper ? isUpper(i.keywordText) : isLower(i.keywordText);
      if (ok) continue;
      const want = wantUpper ? i.keywordText.toUpperCase() : i.keywordText.toLowerCase();
      report({
        range: i.keywordRange,
        message: `Command '${i.keywordText}' should match the case of the other commands ('${want}'): keywords are case-insensitive, but one style keeps the file easy to scan.`,
        fix: fix(`Change to '${want}'`, i.keywordRange, want),
      });
    }
  },
};
