// BuildKit InvalidDefinitionDescription (experimental): a comment right above a named stage or an ARG
// is its description and should start with the name.
import type { Comment } from '../../dockerfile/ast';
import type { LintRule } from '../types';

export const invalidDefinitionDescription: LintRule = {
  id: 'InvalidDefinitionDescription',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'multi-stage-builds',
  optIn: true,
  description: "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`",
  check(ctx, report) {
    const check = (comments: readonly Comment[], name: string, what: string): void => {
      const last = comments[comments.length - 1];
      if (!last || last.text.startsWith(`${name} `) || last.text === name) return;
      report({
        range: last.range,
        message: `The comment above ${what} "${name}" is shown as its description by docker buildx build --call=outline only when it starts with the name: "# ${name} <description>".`,
      });
    };
    for (const ins of ctx.doc.instructions) {
      if (ins.keyword === 'ARG' && ins.pairs.length === 1 && ins.comments.length > 0) check(ins.comments, ins.pairs[0]!.key, 'the ARG');
    }
    for (const st of ctx.view.stages) if (st.name && st.from.comments.length > 0) check(st.from.comments, st.name, 'the stage');
  },
};
