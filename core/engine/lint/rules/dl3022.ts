// hadolint DL3022: COPY --from should name an earlier stage.
import type { LintRule } from '../types';

export const dl3022: LintRule = {
  id: 'DL3022', origin: 'hadolint', severity: 'warning', lessonId: 'multi-stage-builds',
  description: 'COPY --from should reference a previously defined FROM alias',
  check(ctx, report) {
    const earlier = new Set<string>();
    for (const st of ctx.view.stages) {
      for (const ins of st.instructions) {
        if (ins.keyword !== 'COPY') continue;
        const f = ins.flags.find((x) => x.name === 'from');
        if (!f || !f.value || f.value.includes('$')) continue;
        const v = f.value.toLowerCase();
        if (/^\d+$/.test(v)) {
          if (Number(v) < st.index) continue;
        } else if (earlier.has(v) || v === st.name || v.includes(':') || v.includes('/') || v.includes('@')) continue;
        const later = ctx.view.stages.some((s) => s.index > st.index && (s.name === v || String(s.index) === v));
        report({
          range: f.valueRange ?? f.range,
          message: later
            ? `--from=${f.value} names a stage defined later in the file: current Docker (Dockerfile frontend 1.7+) refuses it, and Docker 20.10 read only that stage's base image, not what its steps made. Move the stage above this COPY.`
            : /^\d+$/.test(v)
              ? `--from=${f.value} must be the number of an earlier stage (stages count from 0). A number is never looked up as an image: if no stage has that number the build stops with "invalid stage index".`
              : `No earlier stage is called "${f.value}", so Docker treats it as an image name and tries to pull it; check the spelling of the stage name.`,
        });
      }
      if (st.name) earlier.add(st.name);
    }
  },
};
