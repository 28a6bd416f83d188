// The process `docker run` starts: ENTRYPOINT followed by CMD (or the run's arguments), as the
// "Understand how CMD and ENTRYPOINT interact" table of the Dockerfile reference describes, with the
// overrides of `docker run IMAGE ARGS...` and `--entrypoint`.

export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

/** How an instruction wrote its command: the JSON exec form or the shell form. */
export type CommandFormKind = 'exec' | 'shell';

/** A CMD or ENTRYPOINT as the image stores it, plus the form it was written in. */
export interface StoredCommand {
  readonly argv: readonly string[];
  readonly form: CommandFormKind;
}

/** Wraps a shell-form command in the shell (SHELL instruction, else /bin/sh -c), as the builder stores it. */
export function wrapShell(command: string, shell: readonly string[] | null): string[] {
  const sh = shell && shell.length > 0 ? shell : DEFAULT_SHELL;
  return [...sh, command];
}

export interface RunOptions {
  /** Arguments after the image name in `docker run IMAGE ARGS...`. */
  readonly args?: readonly string[];
  /** `--entrypoint X`; an empty string resets the entrypoint. */
  readonly entrypoint?: string;
}

export interface RunNote {
  readonly kind: 'signals' | 'args-ignored' | 'cmd-cleared' | 'cmd-replaced' | 'no-command';
  readonly message: string;
}

export type RunPreview =
  | { readonly ok: true; readonly argv: readonly string[]; readonly entrypoint: readonly string[]; readonly cmd: readonly string[]; readonly notes: readonly RunNote[] }
  | { readonly ok: false; readonly error: string; readonly notes: readonly RunNote[] };

export interface ImageCommands {
  readonly entrypoint: StoredCommand | null;
  readonly cmd: StoredCommand | null;
}

/** The argv of the container's first process (PID 1) and what the learner should know about it. */
export function previewRun(image: ImageCommands, options: RunOptions = {}): RunPreview {
  const notes: RunNote[] = [];
  let entrypoint = image.entrypoint;
  let cmd = image.cmd;

  if (options.entrypoint !== undefined) {
    entrypoint = options.entrypoint === '' ? null : { argv: [options.entrypoint], form: 'exec' };
    if (cmd && !(options.args && options.args.length > 0)) {
      notes.push({ kind: 'cmd-cleared', message: `--entrypoint also clears the image's default CMD (${JSON.stringify(cmd.argv)}); pass arguments after the image name to give the new entrypoint some.` });
    }
    cmd = null;
  }
  if (options.args && options.args.length > 0) {
    if (cmd) notes.push({ kind: 'cmd-replaced', message: `the arguments replace the image's CMD ${JSON.stringify(cmd.argv)}.` });
    cmd = { argv: [...options.args], form: 'exec' };
  }

  const entryArgv = entrypoint?.argv ?? [];
  const cmdArgv = cmd?.argv ?? [];
  const argv = [...entryArgv, ...cmdArgv];
  if (argv.length === 0) {
    notes.push({ kind: 'no-command', message: 'the image has neither ENTRYPOINT nor CMD and no command was given.' });
    return { ok: false, error: 'docker: Error response from daemon: No command specified.', notes };
  }

  const usesExec = (c: StoredCommand) => /^\s*exec\s/.test(c.argv[c.argv.length - 1] ?? '');
  const signalNote = (what: string, c: StoredCommand): RunNote =>
    usesExec(c)
      ? { kind: 'signals', message: `${what} uses the shell form but starts with exec: the shell replaces itself with your program, which becomes PID 1 and receives docker stop's SIGTERM.` }
      : {
          kind: 'signals',
          message: `${what} uses the shell form, so PID 1 is ${c.argv[0] ?? 'the shell'} running your command. docker stop sends SIGTERM to PID 1; a shell that stays PID 1 does not pass it on, and your program is killed with SIGKILL after the stop timeout. Use the exec form (a JSON array) or start the command with exec.`,
        };
  if (entrypoint?.form === 'shell') {
    notes.push(signalNote('ENTRYPOINT', entrypoint));
    if (cmdArgv.length > 0) {
      notes.push({ kind: 'args-ignored', message: `with a shell-form ENTRYPOINT the CMD or run arguments (${JSON.stringify(cmdArgv)}) are passed to the shell as $0, $1... and your command never sees them.` });
    }
  } else if (!entrypoint && cmd?.form === 'shell') {
    notes.push(signalNote('CMD', cmd));
  } else if (entrypoint && cmd?.form === 'shell') {
    notes.push({ kind: 'args-ignored', message: `the shell-form CMD is appended to the exec ENTRYPOINT as arguments: ${JSON.stringify(cmdArgv)}.` });
  }
  return { ok: true, argv, entrypoint: entryArgv, cmd: cmdArgv, notes };
}
