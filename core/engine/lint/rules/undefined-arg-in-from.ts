// BuildKit UndefinedArgInFrom: FROM may only use ARGs declared before the first FROM.
import type { LintRule } from '../types';
import { AUTOMATIC_ARGS, variableRefs } from './helpers';

export const undefinedArgInFrom: LintRule = {
  id: 'UndefinedArgInFrom',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'from-and-arg',
  description: 'FROM command must use declared ARGs',
  check(ctx, report) {
    const global = new Set<string>();
    for (const ins of ctx.view.preamble) if (ins.keyword === 'ARG') for (const p of ins.pairs) global.add(p.key);
    for (const st of ctx.view.stages) {
      const from = st.from;
      const texts = [...from.args.slice(0, 1), ...from.flags.filter((f) => f.name === 'platform').map((f) => ({ raw: f.value ?? '', range: f.valueRange ?? f.range }))];
      for (const w of texts) {
        for (const v of variableRefs(w.raw)) {
          if (global.has(v.name) || AUTOMATIC_ARGS.has(v.name)) continue;
          report({
            range: w.range,
            message: `FROM uses $${v.name}, which is not an ARG declared before the first FROM: only those global ARGs (and the automatic platform args) are visible in FROM, so it is unset there and expands to ${/^\$\{\w+:?-/.test(w.raw.slice(v.start, v.end)) ? 'the fallback value written inside ${...}' : 'an empty string'}.`,
          });
        }
      }
    }
  },
};
