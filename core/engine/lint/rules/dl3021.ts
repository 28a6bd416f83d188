// hadolint DL3021: with several sources, the COPY/ADD destination must be a directory ending in '/'.
import type { LintRule } from '../types';
import { fix } from './helpers';

export const dl3021: LintRule = {
  id: 'DL3021', origin: 'hadolint', severity: 'error', lessonId: 'copy-and-add',
  description: 'COPY with more than 2 arguments requires the last argument to end with /',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.command) continue;
      const items = ins.command.items;
      if (items.length < 3) continue;
      const dest = items[items.length - 1]!;
      if (dest.value.endsWith('/') || dest.value.includes('$')) continue;
      const sources = items.slice(0, -1);
      if (sources.some((s) => s.value.startsWith('<<'))) continue;
      report({
        range: dest.range,
        message: `With several sources, the Dockerfile reference requires the destination to be a directory written with a trailing slash ("${dest.value}/"). The legacy builder stops with an error; BuildKit currently lets it through, but you may not get the directory you meant.`,
        fix: ins.command.form === 'shell' ? fix('Add a trailing slash', { start: dest.range.end, end: dest.range.end }, '/') : undefined,
      });
    }
  },
};
