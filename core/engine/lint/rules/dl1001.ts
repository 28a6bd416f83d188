// hadolint DL1001 (opt-in): inline ignore pragmas.
import type { LintRule } from '../types';

export const dl1001: LintRule = {
  id: 'DL1001', origin: 'hadolint', severity: 'info', lessonId: 'dockerfile-basics', optIn: true,
  description: 'Please refrain from using inline ignore pragmas # hadolint ignore=DLxxxx',
  check(ctx, report) {
    for (const c of ctx.doc.comments) {
      if (/^hadolint\s+ignore=/.test(c.text)) report({ range: c.range, message: 'An inline ignore hides a warning from everyone who reads the file later; prefer fixing the cause or configuring the rule centrally.' });
    }
  },
};
