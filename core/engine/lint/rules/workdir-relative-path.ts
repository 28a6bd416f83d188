// BuildKit WorkdirRelativePath (hadolint DL3000): a relative WORKDIR depends on the base image's WORKDIR.
import type { LintRule } from '../types';

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\');
}

export const workdirRelativePath: LintRule = {
  id: 'WorkdirRelativePath',
  aliases: ['DL3000'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'workdir-user-expose-volume',
  description: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  check(ctx, report) {
    const absoluteIn = new Map<string, boolean>();
    for (const st of ctx.view.stages) {
      const baseName = st.base?.value.toLowerCase() ?? '';
      let hasAbsolute = absoluteIn.get(baseName) ?? false;
      for (const ins of st.instructions) {
        if (ins.keyword !== 'WORKDIR' || ins.args.length === 0) continue;
        const path = ins.args[0]!.raw.replace(/^["']|["']$/g, '');
        if (isAbsolute(path)) hasAbsolute = true;
        else if (!hasAbsolute) {
          report({
            range: ins.args[0]!.range,
            message: `Relative WORKDIR "${path}" is resolved against the base image's working directory, which can change with the base image; start with an absolute path such as /app.`,
          });
        }
      }
      if (st.name) absoluteIn.set(st.name, hasAbsolute);
    }
  },
};
