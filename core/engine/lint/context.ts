// What every lint rule receives: the parsed file, its stages, options, and shared helpers.
import type { Dockerfile, Instruction, Range } from '../dockerfile/ast';
import { stagesOf, type StageView } from '../dockerfile/stages';
import { commandName, shellCommands, subcommand, type ShellWord, type SimpleCommand } from './shell';

export type LabelType = 'text' | 'url' | 'email' | 'rfc3339' | 'spdx' | 'hash' | 'semver';

export interface LintOptions {
  /** Rule ids (or aliases) to switch off, in addition to `# check=skip=...`. */
  readonly disable?: readonly string[];
  /** Opt-in rules to switch on by id, or 'all'. */
  readonly enable?: readonly string[] | 'all';
  /** Content of the build context's .dockerignore, for CopyIgnoredFile. */
  readonly dockerignore?: string;
  /** DL3026: registries FROM may use (empty or absent: rule off). */
  readonly trustedRegistries?: readonly string[];
  /** DL3049-DL3058: required labels and their types. */
  readonly labelSchema?: Readonly<Record<string, LabelType>>;
  /** DL3050: labels outside the schema are flagged. */
  readonly strictLabels?: boolean;
}

/** One program run inside a RUN: `apt-get install -y curl` -> name apt-get, sub install. */
export interface Invocation {
  readonly ins: Instruction;
  readonly command: SimpleCommand;
  readonly nameIndex: number;
  readonly name: ShellWord;
  /** Basename of the program. */
  readonly program: string;
  readonly sub: { sub: string; index: number } | null;
}

export interface RunCommands {
  readonly ins: Instruction;
  readonly commands: SimpleCommand[];
}

export class LintContext {
  readonly view: StageView;
  private readonly shellCache = new Map<Instruction, SimpleCommand[]>();
  private invocationIndex: Map<string, Invocation[]> | null = null;
  private everyInstruction: Instruction[] | null = null;
  private runList: RunCommands[] | null = null;

  constructor(
    readonly doc: Dockerfile,
    readonly options: LintOptions,
  ) {
    this.view = stagesOf(doc);
  }

  get text(): string {
    return this.doc.text;
  }

  /**
   * All instructions, including ONBUILD triggers (each right after the ONBUILD it belongs to). Arrays,
   * computed once, rather than generators: the linter runs on every keystroke and some 80 rules walk these.
   */
  allInstructions(): readonly Instruction[] {
    if (!this.everyInstruction) {
      const list: Instruction[] = [];
      for (const ins of this.doc.instructions) {
        list.push(ins);
        if (ins.trigger) list.push(ins.trigger);
      }
      this.everyInstruction = list;
    }
    return this.everyInstruction;
  }

  /** Simple shell commands of a RUN (cached; rules share them). */
  commands(ins: Instruction): SimpleCommand[] {
    let c = this.shellCache.get(ins);
    if (!c) {
      c = shellCommands(ins);
      this.shellCache.set(ins, c);
    }
    return c;
  }

  /** Every RUN (also inside ONBUILD), with its simple commands. */
  runs(): readonly RunCommands[] {
    if (!this.runList) {
      const list: RunCommands[] = [];
      for (const ins of this.allInstructions()) if (ins.keyword === 'RUN') list.push({ ins, commands: this.commands(ins) });
      this.runList = list;
    }
    return this.runList;
  }

  /** Every invocation of a program (by basename) in RUN instructions; computed once per lint run. */
  invocationsOf(program: string): readonly Invocation[] {
    if (!this.invocationIndex) {
      const index = new Map<string, Invocation[]>();
      for (const { ins, commands } of this.runs()) {
        for (const command of commands) {
          const n = commandName(command);
          if (!n) continue;
          const inv: Invocation = { ins, command, nameIndex: n.index, name: command.words[n.index]!, program: n.name, sub: subcommand(command, n.index) };
          const list = index.get(n.name);
          if (list) list.push(inv);
          else index.set(n.name, [inv]);
        }
      }
      this.invocationIndex = index;
    }
    return this.invocationIndex.get(program) ?? [];
  }

  /** Text of a range, for building messages. */
  slice(r: Range): string {
    return this.doc.text.slice(r.start.offset, r.end.offset);
  }
}
