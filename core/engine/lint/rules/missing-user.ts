// Drydock DD003: a service image with no USER runs as root.
import type { Stage } from '../../dockerfile/stages';
import type { LintRule } from '../types';

export const missingUser: LintRule = {
  id: 'DD003', origin: 'drydock', severity: 'info', lessonId: 'workdir-user-expose-volume',
  description: 'A service image should switch to a non-root USER',
  check(ctx, report) {
    const stages = ctx.view.stages;
    const last = stages[stages.length - 1];
    if (!last) return;
    // Follow FROM <stage> links: a USER in a parent stage is inherited.
    const chain: Stage[] = [];
    let cur: Stage | undefined = last;
    while (cur && !chain.includes(cur)) {
      chain.push(cur);
      const baseName: string | undefined = cur.base?.value.toLowerCase();
      cur = stages.find((s) => s.name !== null && s.name === baseName && s.index < chain[chain.length - 1]!.index);
    }
    if (chain.some((s) => s.instructions.some((i) => i.keyword === 'USER'))) return;
    const service = last.instructions.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' || i.keyword === 'EXPOSE');
    if (!service) return;
    report({
      range: last.from.range,
      message: 'This image starts a service but never sets USER, so the process runs as root (unless the base image changed it); create a user and add USER <name or uid> near the end.',
    });
  },
};
