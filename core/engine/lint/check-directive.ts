// The `# check=` parser directive (BuildKit 1.8+): `skip=<rules|all>`, `error=<bool>`,
// `experimental=<rules|all>`, separated by `;`.
import type { Dockerfile, Range } from '../dockerfile/ast';

export interface CheckSettings {
  readonly skipAll: boolean;
  readonly skip: ReadonlySet<string>;
  readonly error: boolean;
  readonly experimentalAll: boolean;
  readonly experimental: ReadonlySet<string>;
  /** Problems in the directive itself (unknown key, bad boolean), with ranges. */
  readonly problems: ReadonlyArray<{ message: string; range: Range }>;
}

function list(v: string): string[] {
  return v.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
}

export function readCheckDirective(doc: Dockerfile): CheckSettings {
  const d = doc.directives.find((x) => x.name === 'check');
  const skip = new Set<string>();
  const experimental = new Set<string>();
  const problems: Array<{ message: string; range: Range }> = [];
  let error = false;
  if (d) {
    for (const part of d.value.split(';')) {
      const p = part.trim();
      if (!p) continue;
      const eq = p.indexOf('=');
      const key = (eq < 0 ? p : p.slice(0, eq)).trim().toLowerCase();
      const val = eq < 0 ? '' : p.slice(eq + 1).trim();
      if (key === 'skip') list(val).forEach((x) => skip.add(x));
      else if (key === 'experimental') list(val).forEach((x) => experimental.add(x));
      else if (key === 'error') {
        if (/^(true|1)$/i.test(val)) error = true;
        else if (!/^(false|0)$/i.test(val)) problems.push({ message: `check directive: error must be true or false, not "${val}"`, range: d.valueRange });
      } else problems.push({ message: `check directive: unknown option "${key}" (use skip=, error= or experimental=)`, range: d.valueRange });
    }
  }
  return {
    skipAll: skip.has('all'),
    skip,
    error,
    experimentalAll: experimental.has('all'),
    experimental,
    problems,
  };
}
