// Variables visible at each instruction (for hovers and `$` completion): global ARGs in FROM lines,
// then per stage the base image's ENV, the stage's ARGs (build-arg, default, or the global default when
// re-declared bare) and ENVs, each expanded with the engine's word expansion. Pure; runs anywhere.
import type { Dockerfile, Instruction } from '../../core/engine/dockerfile/ast';
import { lookupImage } from '../../core/engine/catalog/index';
import { expandWord } from '../../core/engine/sim/words';
import type { SnapshotVariable } from './protocol';

interface Var {
  value: string | null;
  kind: 'arg' | 'env';
}

function snapshotOf(vars: Map<string, Var>): SnapshotVariable[] {
  return [...vars].map(([name, v]) => ({ name, value: v.value, kind: v.kind }));
}

/** For each instruction (by index), the variables visible when it runs, and its stage index. */
export function scopesOf(doc: Dockerfile, buildArgs: Readonly<Record<string, string>>): { stage: number; variables: SnapshotVariable[] }[] {
  const globals = new Map<string, Var>();
  const out: { stage: number; variables: SnapshotVariable[] }[] = [];
  let stage = -1;
  let scope = new Map<string, Var>();
  const expand = (text: string, vars: Map<string, Var>) => {
    const r = expandWord(text, (name) => vars.get(name)?.value ?? undefined, doc.escape);
    return r.ok ? r.value : text;
  };
  const declareArgs = (ins: Instruction, vars: Map<string, Var>, fallback: Map<string, Var> | null) => {
    for (const p of ins.pairs) {
      const given = Object.prototype.hasOwnProperty.call(buildArgs, p.key) ? buildArgs[p.key]! : undefined;
      const value = given ?? (p.rawValue !== null ? expand(p.rawValue, vars) : fallback?.get(p.key)?.value ?? null);
      // An ENV of the same name wins over the ARG (Docker's rule).
      if (vars.get(p.key)?.kind === 'env') continue;
      vars.set(p.key, { value, kind: 'arg' });
    }
  };

  for (const ins of doc.instructions) {
    if (ins.keyword === 'FROM') {
      stage++;
      out.push({ stage, variables: snapshotOf(globals) });
      scope = new Map();
      const base = ins.args[0] ? expand(ins.args[0].raw, globals) : '';
      for (const entry of lookupImage(base)?.config.Env ?? []) {
        const eq = entry.indexOf('=');
        if (eq > 0) scope.set(entry.slice(0, eq), { value: entry.slice(eq + 1), kind: 'env' });
      }
      continue;
    }
    if (stage < 0) {
      out.push({ stage, variables: snapshotOf(globals) });
      if (ins.keyword === 'ARG') declareArgs(ins, globals, null);
      continue;
    }
    out.push({ stage, variables: snapshotOf(scope) });
    if (ins.keyword === 'ARG') declareArgs(ins, scope, globals);
    else if (ins.keyword === 'ENV') {
      // All pairs of one ENV line expand against the values from before the line.
      const before = new Map(scope);
      for (const p of ins.pairs) scope.set(p.key, { value: p.rawValue === null ? '' : expand(p.rawValue, before), kind: 'env' });
    }
  }
  return out;
}
