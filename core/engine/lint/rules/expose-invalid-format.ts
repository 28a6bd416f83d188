// BuildKit ExposeInvalidFormat: EXPOSE takes container ports only, not IP or host-port mappings.
import type { LintRule } from '../types';
import { splitPortSpec } from '../../validate/ports';
import { fix } from './helpers';

export const exposeInvalidFormat: LintRule = {
  id: 'ExposeInvalidFormat',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'publishing-ports',
  description: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const w of ins.args) {
        if (!w.raw.includes(':') || w.raw.includes('$')) continue;
        const spec = splitPortSpec(w.raw);
        const keep = spec.containerPort + (w.raw.includes('/') ? `/${spec.proto}` : '');
        report({
          range: w.range,
          message: `EXPOSE ${w.raw} names a host IP or host port, but the image cannot choose those: publishing happens at docker run -p. Expose only the container port (${keep}).`,
          fix: fix('Keep only the container port', w.range, keep),
        });
      }
    }
  },
};
