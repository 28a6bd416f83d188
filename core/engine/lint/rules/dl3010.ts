// hadolint DL3010: ADD extracts local archives by itself.
import type { Range } from '../../dockerfile/ast';
import type { LintRule } from '../types';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/;

export const dl3010: LintRule = {
  id: 'DL3010', origin: 'hadolint', severity: 'info', lessonId: 'copy-and-add',
  description: 'Use ADD for extracting archives into an image',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const copied = new Map<string, { range: Range }>();
      for (const ins of st.instructions) {
        if (ins.keyword === 'COPY' && ins.command && !ins.flags.some((f) => f.name === 'from')) {
          for (const src of ins.command.items.slice(0, -1)) {
            if (ARCHIVE.test(src.value)) copied.set(src.value.replace(/^.*\//, ''), { range: src.range });
          }
        }
        if (ins.keyword === 'RUN') {
          for (const c of ctx.commands(ins)) {
            if (c.words[0]?.text !== 'tar' || !c.words.some((w) => /^-?[a-zA-Z]*x/.test(w.text) || w.text === '--extract')) continue;
            for (const w of c.words) {
              const hit = copied.get(w.text.replace(/^.*\//, ''));
              if (hit) {
                report({
                  range: hit.range,
                  message: 'This archive is copied and then unpacked with tar in a RUN, which keeps both the archive and its contents in layers; ADD unpacks a local tar archive in one step.',
                });
                copied.delete(w.text.replace(/^.*\//, ''));
              }
            }
          }
        }
      }
    }
  },
};
