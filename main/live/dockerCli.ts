// Drives the learner's own Docker engine through the docker CLI (the CLI speaks BuildKit's session
// protocol, which the raw Engine API would make us reimplement). Every call has a time limit; output is
// streamed line by line to the caller. Node only.
import { spawn } from 'node:child_process';

export interface CliOutcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

export interface CliOptions {
  readonly env?: Record<string, string>;
  readonly timeoutMs: number;
  /** Called with each complete output line as it arrives. */
  readonly onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Output kept in the result is capped so a chatty build cannot exhaust memory. */
  readonly maxOutputBytes?: number;
}

export function dockerBinary(): string {
  return process.env.DRYDOCK_DOCKER_BIN || 'docker';
}

export function runDocker(args: readonly string[], options: CliOptions): Promise<CliOutcome> {
  const cap = options.maxOutputBytes ?? 256 * 1024;
  return new Promise((resolve) => {
    const child = spawn(dockerBinary(), args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const kept = { stdout: '', stderr: '' };
    const partial = { stdout: '', stderr: '' };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const take = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (kept[stream].length < cap) kept[stream] += text.slice(0, cap - kept[stream].length);
      if (!options.onLine) return;
      const lines = (partial[stream] + text).split(/\r?\n/);
      partial[stream] = lines.pop() ?? '';
      for (const line of lines) options.onLine(line, stream);
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    const finish = (code: number | null, extra = '') => {
      clearTimeout(timer);
      for (const stream of ['stdout', 'stderr'] as const) if (partial[stream] && options.onLine) options.onLine(partial[stream], stream);
      resolve({ code, stdout: kept.stdout, stderr: kept.stderr + extra, timedOut });
    };
    child.on('error', (err) => finish(null, err.message));
    child.on('close', (code) => finish(code));
  });
}
