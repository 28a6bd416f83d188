// Variables of a Dockerfile as a timeline of definitions (for hovers and `$` completion): global ARGs
// (seen by FROM lines), then per stage the base image's ENV, the stage's ARGs (build-arg, default, or
// the global default when re-declared bare) and ENVs, each expanded with the engine's word expansion.
// A timeline keeps the snapshot linear in the file size; `variablesAt` rebuilds the scope of one
// instruction on demand. Pure; runs anywhere.
import type { Dockerfile, Instruction } from '../../core/engine/dockerfile/ast';
import { lookupImage } from '../../core/engine/catalog/index';
import { expandWord } from '../../core/engine/sim/words';
import type { Snapshot, SnapshotDefinition, SnapshotVariable } from './protocol';

/** Definitions in source order, plus each instruction's stage (-1 before the first FROM). */
export function scopesOf(doc: Dockerfile, buildArgs: Readonly<Record<string, string>>): { stages: number[]; definitions: SnapshotDefinition[] } {
  const definitions: SnapshotDefinition[] = [];
  const stages: number[] = [];
  const globals = new Map<string, string | null>();
  let scope = new Map<string, { value: string | null; kind: 'arg' | 'env' }>();
  let stage = -1;
  const expand = (text: string, lookup: (name: string) => string | undefined) => {
    const r = expandWord(text, lookup, doc.escape);
    return r.ok ? r.value : text;
  };
  const define = (name: string, value: string | null, kind: 'arg' | 'env', from: number) => definitions.push({ name, value, kind, stage, from });
  const given = (key: string) => (Object.prototype.hasOwnProperty.call(buildArgs, key) ? buildArgs[key]! : undefined);

  doc.instructions.forEach((ins: Instruction, index) => {
    if (ins.keyword === 'FROM') {
      stage++;
      stages.push(stage);
      scope = new Map();
      const base = ins.args[0] ? expand(ins.args[0].raw, (n) => globals.get(n) ?? undefined) : '';
      for (const entry of lookupImage(base)?.config.Env ?? []) {
        const eq = entry.indexOf('=');
        if (eq <= 0) continue;
        scope.set(entry.slice(0, eq), { value: entry.slice(eq + 1), kind: 'env' });
        define(entry.slice(0, eq), entry.slice(eq + 1), 'env', index + 1);
      }
      return;
    }
    stages.push(stage);
    const lookup = (n: string) => (stage < 0 ? globals.get(n) : scope.get(n)?.value) ?? undefined;
    if (ins.keyword === 'ARG') {
      for (const p of ins.pairs) {
        const value = given(p.key) ?? (p.rawValue !== null ? expand(p.rawValue, lookup) : stage >= 0 ? (globals.get(p.key) ?? null) : null);
        if (stage < 0) {
          globals.set(p.key, value);
          define(p.key, value, 'arg', index + 1);
        } else if (scope.get(p.key)?.kind !== 'env') {
          // An ENV of the same name wins over the ARG (Docker's rule).
          scope.set(p.key, { value, kind: 'arg' });
          define(p.key, value, 'arg', index + 1);
        }
      }
    } else if (ins.keyword === 'ENV' && stage >= 0) {
      // All pairs of one ENV line expand against the values from before the line.
      const values = ins.pairs.map((p) => [p.key, p.rawValue === null ? '' : expand(p.rawValue, lookup)] as const);
      for (const [key, value] of values) {
        scope.set(key, { value, kind: 'env' });
        define(key, value, 'env', index + 1);
      }
    }
  });
  return { stages, definitions };
}

/** The variables visible when instruction `index` runs (FROM lines see the global ARGs). */
export function variablesAt(snapshot: Pick<Snapshot, 'instructions' | 'variables'>, index: number): SnapshotVariable[] {
  const ins = snapshot.instructions[index];
  if (!ins) return [];
  const stage = ins.keyword === 'FROM' ? -1 : ins.stage;
  const visible = new Map<string, SnapshotVariable>();
  for (const d of snapshot.variables) {
    if (d.stage === stage && d.from <= index) visible.set(d.name, { name: d.name, value: d.value, kind: d.kind });
  }
  return [...visible.values()];
}
