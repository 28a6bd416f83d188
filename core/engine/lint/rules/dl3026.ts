// hadolint DL3026: only trusted registries (configured with the trustedRegistries option).
import type { LintRule } from '../types';

function registryOf(image: string): string {
  const first = image.split('/')[0]!;
  if (image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return first;
  return 'docker.io';
}

export const dl3026: LintRule = {
  id: 'DL3026', origin: 'hadolint', severity: 'warning', lessonId: 'registries-and-distribution',
  description: 'Use only an allowed registry in the FROM image',
  check(ctx, report) {
    const trusted = ctx.options.trustedRegistries;
    if (!trusted || trusted.length === 0) return;
    const stageNames = new Set(ctx.view.stages.map((s) => s.name).filter((n): n is string => n !== null));
    for (const st of ctx.view.stages) {
      const b = st.base;
      if (!b || b.value === 'scratch' || b.raw.includes('$') || stageNames.has(b.value.toLowerCase())) continue;
      const reg = registryOf(b.value);
      if (!trusted.includes(reg) && !(reg === 'docker.io' && trusted.includes('hub.docker.com'))) {
        report({ range: b.range, message: `Registry "${reg}" is not in the trusted list (${trusted.join(', ')}): images from elsewhere have not been vetted by your team.` });
      }
    }
  },
};
