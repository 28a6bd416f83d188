// hadolint DL3048: label keys follow Docker's recommended format.
import type { LintRule } from '../types';

const KEY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;
const RESERVED = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/;

export const dl3048: LintRule = {
  id: 'DL3048', origin: 'hadolint', severity: 'info', lessonId: 'env-arg-label',
  description: 'Invalid label key',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'LABEL') continue;
      for (const p of ins.pairs) {
        if (p.key.includes('$')) continue;
        if (RESERVED.test(p.key)) {
          report({ range: p.keyRange, message: `Label namespace of "${p.key}" is reserved for Docker's own use; put your labels under your own reverse-DNS prefix (e.g. org.opencontainers.image.* or com.example.*).` });
        } else if (!KEY.test(p.key) || p.key.includes('..') || p.key.includes('--')) {
          report({ range: p.keyRange, message: `Label key "${p.key}" does not follow Docker's convention (lowercase letters, digits, dots and dashes, starting and ending with a letter or digit), which tools filtering by label expect.` });
        }
      }
    }
  },
};
