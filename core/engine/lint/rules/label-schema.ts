// hadolint DL3049, DL3050, DL3052-DL3056, DL3058: labels checked against a configured label schema
// (the labelSchema / strictLabels lint options). Without a schema these rules stay silent.
import type { LintRule } from '../types';
import type { LabelType, LintContext } from '../context';
import type { KeyValue } from '../../dockerfile/ast';

const CHECKS: Record<Exclude<LabelType, 'text'>, { id: string; test: RegExp; what: string }> = {
  url: { id: 'DL3052', test: /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i, what: 'a valid URL' },
  rfc3339: { id: 'DL3053', test: /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/, what: 'an RFC 3339 time' },
  spdx: { id: 'DL3054', test: /^(\(?[A-Za-z0-9.+-]+\)?( (AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*)$/, what: 'an SPDX license identifier' },
  hash: { id: 'DL3055', test: /^[0-9a-f]{7,40}$/, what: 'a git commit hash' },
  semver: { id: 'DL3056', test: /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, what: 'a semantic version' },
  email: { id: 'DL3058', test: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, what: 'an RFC 5322 email address' },
};

function labels(ctx: LintContext): Map<string, KeyValue> {
  const m = new Map<string, KeyValue>();
  const last = ctx.view.stages[ctx.view.stages.length - 1];
  for (const ins of last?.instructions ?? []) if (ins.keyword === 'LABEL') for (const p of ins.pairs) m.set(p.key, p);
  return m;
}

function typeRule(t: Exclude<LabelType, 'text'>): LintRule {
  const c = CHECKS[t];
  return {
    id: c.id, origin: 'hadolint', severity: 'warning', lessonId: 'env-arg-label', description: `Label is not ${c.what}`,
    check(ctx, report) {
      const schema = ctx.options.labelSchema;
      if (!schema) return;
      for (const [key, p] of labels(ctx)) {
        if (schema[key] !== t || p.value === null || p.value.includes('$') || c.test.test(p.value)) continue;
        report({ range: p.valueRange ?? p.range, message: `Label "${key}" should be ${c.what} according to your label schema, so tools reading it can rely on the format.` });
      }
    },
  };
}

export const dl3052 = typeRule('url');
export const dl3053 = typeRule('rfc3339');
export const dl3054 = typeRule('spdx');
export const dl3055 = typeRule('hash');
export const dl3056 = typeRule('semver');
export const dl3058 = typeRule('email');

export const dl3049: LintRule = {
  id: 'DL3049', origin: 'hadolint', severity: 'info', lessonId: 'env-arg-label', description: 'Label is missing',
  check(ctx, report) {
    const schema = ctx.options.labelSchema;
    const last = ctx.view.stages[ctx.view.stages.length - 1];
    if (!schema || !last) return;
    const have = labels(ctx);
    for (const key of Object.keys(schema)) {
      if (!have.has(key)) report({ range: last.from.range, message: `The final stage has no "${key}" label, which your label schema requires.` });
    }
  },
};

export const dl3050: LintRule = {
  id: 'DL3050', origin: 'hadolint', severity: 'info', lessonId: 'env-arg-label', description: 'Superfluous label(s) present',
  check(ctx, report) {
    const schema = ctx.options.labelSchema;
    if (!schema || !ctx.options.strictLabels) return;
    for (const [key, p] of labels(ctx)) {
      if (!(key in schema)) report({ range: p.keyRange, message: `Label "${key}" is not in your label schema (strict labels are on).` });
    }
  },
};
