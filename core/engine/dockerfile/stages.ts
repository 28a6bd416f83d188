// Semantic view of a parsed Dockerfile: global ARGs and build stages (like BuildKit's instructions.Parse),
// used by the validator, the linter and the build simulator. Pure.
import type { Dockerfile, Instruction, Word } from './ast';

export interface Stage {
  /** 0-based stage index (what `COPY --from=0` refers to). */
  readonly index: number;
  readonly from: Instruction;
  /** The base image or stage reference as written (first FROM argument), or null when missing. */
  readonly base: Word | null;
  /** Lower-cased stage name after `AS`, or null. */
  readonly name: string | null;
  /** The name word as written. */
  readonly nameWord: Word | null;
  /** Instructions after FROM up to the next FROM. */
  readonly instructions: readonly Instruction[];
}

export interface StageView {
  /** Instructions before the first FROM (only ARG is allowed there). */
  readonly preamble: readonly Instruction[];
  readonly stages: readonly Stage[];
}

export function stagesOf(doc: Dockerfile): StageView {
  const preamble: Instruction[] = [];
  const stages: Stage[] = [];
  let current: { from: Instruction; list: Instruction[] } | null = null;
  const close = (): void => {
    if (!current) return;
    const args = current.from.args;
    const hasAs = args.length === 3 && args[1]!.raw.toLowerCase() === 'as';
    stages.push({
      index: stages.length,
      from: current.from,
      base: args[0] ?? null,
      name: hasAs ? args[2]!.raw.toLowerCase() : null,
      nameWord: hasAs ? args[2]! : null,
      instructions: current.list,
    });
  };
  for (const ins of doc.instructions) {
    if (ins.keyword === 'FROM') {
      close();
      current = { from: ins, list: [] };
    } else if (current) current.list.push(ins);
    else preamble.push(ins);
  }
  close();
  return { preamble, stages };
}
