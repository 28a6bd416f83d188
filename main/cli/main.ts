// `drydock` command-line entry: picks the subcommand and hands it the remaining arguments. Node only.
// Each subcommand lives in main/cli/commands/<name>.ts and is registered here with one line.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** A subcommand returns its exit code; it reports bad input on stderr itself and never throws for it. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {};

export function registerCommand(name: string, summary: string, load: () => Promise<CliCommand>): void {
  COMMANDS[name] = { summary, load };
}

export function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return ['usage: drydock <command> [options]', '', 'commands:', ...rows, ''].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  await import('./commands/index');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`drydock: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest, io);
}
