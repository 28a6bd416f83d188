// BuildKit CopyIgnoredFile: COPY/ADD of a path that .dockerignore excludes from the build context.
import type { LintRule } from '../types';

/** .dockerignore patterns compiled to matchers (Go filepath.Match plus `**`; `!` re-includes). */
function compile(dockerignore: string): Array<{ re: RegExp; negate: boolean }> {
  const out: Array<{ re: RegExp; negate: boolean }> = [];
  for (let line of dockerignore.split(/\r?\n/)) {
    line = line.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = line.replace(/^\/+/, '').replace(/\/+$/, '');
    let re = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '*' && line[i + 1] === '*') {
        re += '.*';
        i++;
        if (line[i + 1] === '/') i++;
      } else if (c === '*') re += '[^/]*';
      else if (c === '?') re += '[^/]';
      else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    out.push({ re: new RegExp(`^${re}(/.*)?$`), negate });
  }
  return out;
}

export function isIgnored(path: string, patterns: Array<{ re: RegExp; negate: boolean }>): boolean {
  const p = path.replace(/^\.\/+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  let ignored = false;
  for (const pat of patterns) if (pat.re.test(p)) ignored = !pat.negate;
  return ignored;
}

export const copyIgnoredFile: LintRule = {
  id: 'CopyIgnoredFile',
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'dockerignore-and-context',
  description: 'Attempting to Copy file that is excluded by .dockerignore',
  check(ctx, report) {
    if (!ctx.options.dockerignore) return;
    const patterns = compile(ctx.options.dockerignore);
    for (const ins of ctx.allInstructions()) {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.command || ins.flags.some((f) => f.name === 'from')) continue;
      const items = ins.command.items;
      for (const src of items.slice(0, -1)) {
        const v = src.value;
        if (v.startsWith('<<') || /^[a-z]+:\/\//i.test(v) || v.includes('$') || v === '.' || v === './') continue;
        if (isIgnored(v, patterns)) {
          report({
            range: src.range,
            message: `"${v}" is excluded by .dockerignore, so it is not in the build context and ${ins.keyword} will fail or copy nothing; remove the pattern or the source.`,
          });
        }
      }
    }
  },
};
