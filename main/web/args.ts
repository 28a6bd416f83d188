// Command-line options of web mode, parsed into a checked shape with a clear message for bad input. Node only.

export interface WebArgs {
  readonly port: number;
  readonly open: boolean;
  readonly dataDir?: string;
  readonly contentDir?: string;
  readonly quizzesDir?: string;
}

export type ParsedArgs = { ok: true; args: WebArgs } | { ok: false; message: string };

export const WEB_USAGE = 'options: --port N (0 = any free port) --no-open --data-dir DIR --content DIR --quizzes DIR';

export function parseWebArgs(argv: readonly string[]): ParsedArgs {
  let port = 0;
  let open = true;
  const dirs: { dataDir?: string; contentDir?: string; quizzesDir?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--port': {
        const v = value();
        const n = Number(v);
        if (v === undefined || !Number.isInteger(n) || n < 0 || n > 65535) return { ok: false, message: `--port: expected a port number 0-65535, got "${v ?? ''}"` };
        port = n;
        break;
      }
      case '--no-open':
        open = false;
        break;
      case '--web':
        break;
      case '--data-dir':
      case '--content':
      case '--quizzes': {
        const v = value();
        if (!v) return { ok: false, message: `${flag}: expected a folder` };
        const key = flag === '--data-dir' ? 'dataDir' : flag === '--content' ? 'contentDir' : 'quizzesDir';
        dirs[key] = v;
        break;
      }
      default:
        return { ok: false, message: `unknown option "${arg}"; ${WEB_USAGE}` };
    }
  }
  return { ok: true, args: { port, open, ...dirs } };
}
