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
          report({ range: p.keyRange, message: `Label namespace of "${p.key}" is reserved for Docker's own use; use the standard org.opencontainers.image.* keys, or put your own labels under the reverse-DNS prefix of a domain you own (e.g. com.example.*).` });
        } else if (!KEY.test(p.key) || p.key.includes('..') || p.key.includes('--')) {
          report({ range: p.keyRange, message: `Label key "${p.key}" does not follow Docker's recommended key format (only lowercase letters, digits, dots and hyphens, beginning and ending with a lowercase letter, no doubled dots or hyphens). Docker does not enforce it, but it keeps keys consistent and clear of other tools' labels.` });
        }
      }
    }
  },
};
