// BuildKit UndefinedVar: a $VAR in an instruction Docker expands itself (not RUN, which the shell expands)
// that no ARG or ENV defined. We cannot see the base image's ENV, so PATH and friends count as defined.
import type { LintRule } from '../types';
import { AUTOMATIC_ARGS, PROXY_ARGS, variableRefs } from './helpers';

/** Instructions whose arguments Docker expands (the Dockerfile reference's list). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ONBUILD']);
/** Set by (nearly) every base image; BuildKit knows them from the image config. */
const COMMON_IMAGE_ENV = new Set(['PATH', 'HOME', 'HOSTNAME', 'LANG', 'TERM', 'SHELL', 'USER', 'PWD']);

export const undefinedVar: LintRule = {
  id: 'UndefinedVar',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'env-arg-label',
  description: 'Variables should be defined before their use',
  check(ctx, report) {
    const globals = new Set<string>();
    for (const ins of ctx.view.preamble) if (ins.keyword === 'ARG') for (const p of ins.pairs) globals.add(p.key);
    const stageVars = new Map<string, Set<string>>();
    for (const st of ctx.view.stages) {
      const inherited = stageVars.get(st.base?.value.toLowerCase() ?? '');
      const defined = new Set<string>(inherited ?? []);
      for (const ins of st.instructions) {
        if (EXPANDED.has(ins.keyword) && ins.keyword !== 'ONBUILD') {
          const targets = ins.keyword === 'ENV' || ins.keyword === 'LABEL'
            ? ins.pairs.flatMap((p) => (p.rawValue !== null && p.valueRange ? [{ raw: p.rawValue, range: p.valueRange }] : []))
            : ins.args.map((a) => ({ raw: a.raw, range: a.range }));
          for (const t of targets) {
            for (const v of variableRefs(t.raw)) {
              if (v.hasDefault || defined.has(v.name) || AUTOMATIC_ARGS.has(v.name) || PROXY_ARGS.has(v.name) || COMMON_IMAGE_ENV.has(v.name)) continue;
              const hint = globals.has(v.name) ? ` A global ARG ${v.name} exists, but ARGs declared before FROM must be re-declared with "ARG ${v.name}" inside the stage.` : '';
              report({
                range: t.range,
                message: `Variable $${v.name} is not defined by an ARG or ENV earlier in this stage, so it expands to an empty string (unless the base image sets it).${hint}`,
              });
            }
          }
        }
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV') for (const p of ins.pairs) defined.add(p.key);
      }
      if (st.name) stageVars.set(st.name, defined);
    }
  },
};
