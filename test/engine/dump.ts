// A compact, stable dump of our syntax tree for the conformance fixtures (expected.json).
import type { Dockerfile, Instruction, Range } from '../../core/engine/index';

function at(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

export interface InstructionDump {
  kw: string;
  at: string;
  flags?: string[];
  args: string[];
  form?: 'exec' | 'shell';
  pairs?: Array<[string, string | null] | [string, string | null, 'legacy']>;
  heredocs?: Array<[string, boolean, boolean, string]>;
  trigger?: InstructionDump;
}

export interface DockerfileDump {
  escape: string;
  directives: Array<[string, string]>;
  instructions: InstructionDump[];
}

export function dumpInstruction(i: Instruction): InstructionDump {
  const o: InstructionDump = { kw: i.keyword, at: at(i.range), args: i.args.map((a) => a.value) };
  if (i.flags.length) o.flags = i.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
  if (i.command) o.form = i.command.form;
  if (i.pairs.length) o.pairs = i.pairs.map((p) => (p.legacy ? [p.key, p.value, 'legacy'] : [p.key, p.value]));
  if (i.heredocs.length) o.heredocs = i.heredocs.map((h) => [h.name, h.chomp, h.expand, h.content]);
  if (i.trigger) o.trigger = dumpInstruction(i.trigger);
  return o;
}

export function dump(doc: Dockerfile): DockerfileDump {
  return {
    escape: doc.escape,
    directives: doc.directives.map((d) => [d.name, d.value]),
    instructions: doc.instructions.map(dumpInstruction),
  };
}
