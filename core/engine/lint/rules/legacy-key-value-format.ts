// BuildKit LegacyKeyValueFormat: `ENV key value` instead of `ENV key=value`.
import type { LintRule } from '../types';
import { fix } from './helpers';

function quoteIfNeeded(v: string): string {
  if (/^"[^"]*"$/.test(v) || /^'[^']*'$/.test(v)) return v;
  return /[\s"'\\]/.test(v) ? JSON.stringify(v) : v;
}

export const legacyKeyValueFormat: LintRule = {
  id: 'LegacyKeyValueFormat',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'env-arg-label',
  description: 'Legacy key/value format with whitespace separator should not be used',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      const p = ins.pairs[0];
      if (!p || !p.legacy || p.rawValue === null || !ins.argsRange) continue;
      const value = p.rawValue;
      report({
        range: ins.argsRange,
        message: `"${ins.keyword} ${p.rawKey} ${value.length > 30 ? value.slice(0, 30) + '...' : value}" uses the legacy whitespace form: write ${ins.keyword} ${p.rawKey}=<value>, which also lets you set several keys in one instruction without ambiguity.`,
        fix: fix('Use key=value', ins.argsRange, `${p.rawKey}=${quoteIfNeeded(value)}`),
      });
    }
  },
};
