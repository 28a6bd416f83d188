// hadolint DL3045: COPY to a relative path without a WORKDIR.
import type { LintRule } from '../types';

export const dl3045: LintRule = {
  id: 'DL3045', origin: 'hadolint', severity: 'warning', lessonId: 'workdir-user-expose-volume',
  description: 'COPY to a relative destination without WORKDIR set',
  check(ctx, report) {
    const hasWorkdir = new Map<string, boolean>();
    for (const st of ctx.view.stages) {
      let wd = hasWorkdir.get(st.base?.value.toLowerCase() ?? '') ?? false;
      for (const ins of st.instructions) {
        if (ins.keyword === 'WORKDIR') wd = true;
        if (ins.keyword !== 'COPY' || !ins.command || wd) continue;
        const dest = ins.command.items[ins.command.items.length - 1];
        if (!dest || ins.command.items.length < 2) continue;
        const v = dest.value;
        if (v.startsWith('/') || v.startsWith('$') || /^[A-Za-z]:[\\/]/.test(v)) continue;
        report({
          range: dest.range,
          message: `"${v}" is relative to the base image's working directory, which you did not set; add WORKDIR /some/dir first (or use an absolute destination) so you know where files land.`,
        });
      }
      if (st.name) hasWorkdir.set(st.name, wd);
    }
  },
};
