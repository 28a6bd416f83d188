// The drydock inspect / history / run-preview commands, run in-process on fixtures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';
import { readContextDir } from '../../main/cli/commands/inspect';
import { simulate } from '../../core/engine/sim/index';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sim');

async function run(args: string[], cwd = FIXTURES) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

describe('drydock inspect', () => {
  it('prints Config as docker does and the history rows', async () => {
    const r = await run(['inspect', 'all-instructions/Dockerfile', '--context', 'all-instructions/context']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { Config: Record<string, unknown>; History: { CreatedBy: string; EmptyLayer: boolean }[] };
    expect(out.Config.ExposedPorts).toEqual({ '53/udp': {}, '80/tcp': {} });
    expect(out.Config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1', 'B=x y']);
    expect(out.History[5]).toEqual({ CreatedBy: 'COPY f.txt . # buildkit', EmptyLayer: false });
  });
  it('honours --build-arg and --target', async () => {
    const r = await run(['inspect', 'multistage-target/Dockerfile', '--target', 'build', '--build-arg', 'X=1']);
    expect(JSON.parse(r.stdout).Config.Cmd).toEqual(['build']);
    expect(r.stderr).toContain('warning: build argument(s) X');
  });
  it('exits 1 with FILE:LINE:COL when the build would fail', async () => {
    const r = await run(['inspect', 'error-missing-source/Dockerfile']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error-missing-source\/Dockerfile:2:6: failed to compute cache key: "\/missing.txt" not found/m);
  });
  it('treats special files as BuildKit does: a socket becomes an empty file, a named pipe is left out (and never opened)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drydock-special-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox\nCOPY hello.txt /\nCOPY . /ctx/\n');
    writeFileSync(join(dir, 'hello.txt'), 'hi\n');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'app.sock'), resolve));
    try {
      const r = await run(['inspect', 'Dockerfile'], dir);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('drydock: context: app.sock: a socket; BuildKit sends it as an empty file (the legacy builder leaves sockets out)');
      expect(r.stderr).toContain('drydock: context: pipe: a named pipe; BuildKit leaves it out of the build context');
      expect((JSON.parse(r.stdout) as { History: unknown[] }).History).toHaveLength(2);
      const files = simulate('FROM busybox\nCOPY . /ctx/\n', { context: { files: readContextDir(dir) } }).files.map((f) => `${f.path}:${f.size}`);
      expect(files).toEqual(expect.arrayContaining(['/ctx/app.sock:0', '/ctx/hello.txt:3']));
      expect(files.some((f) => f.startsWith('/ctx/pipe'))).toBe(false);
    } finally {
      server.close();
    }
  });
  it('uses the Dockerfile\'s folder as the context by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drydock-inspect-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox\nCOPY hello.txt /\n');
    writeFileSync(join(dir, 'hello.txt'), 'hi\n');
    const r = await run(['inspect', 'Dockerfile'], dir);
    expect(r.code).toBe(0);
  });
  it('rejects bad options with usage', async () => {
    const r = await run(['inspect', 'x', '--build-arg', 'novalue']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--build-arg expects KEY=VALUE');
  });
});

describe('drydock history and run-preview', () => {
  it('prints a newest-first table with sizes', async () => {
    const r = await run(['history', 'run-rm-waste/Dockerfile', '--context', 'run-rm-waste/context']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^CREATED BY\s+SIZE\s+COMMENT$/);
    expect(lines[1]).toMatch(/^RUN \/bin\/sh -c rm \/big.txt # buildkit\s+0B/);
    expect(lines[2]).toMatch(/^COPY big.txt \/big.txt # buildkit\s+2kB\s+2kB wasted/);
  });
  it('prints the argv docker run starts, with --entrypoint and arguments', async () => {
    expect((await run(['run-preview', 'entrypoint-resets-cmd/Dockerfile'])).stdout.split('\n')[0]).toBe('["/bin/echo","hi"]');
    expect((await run(['run-preview', 'entrypoint-resets-cmd/Dockerfile', '--', 'there'])).stdout.split('\n')[0]).toBe('["/bin/echo","hi","there"]');
    expect((await run(['run-preview', 'cmd-shell-form/Dockerfile', '--entrypoint', 'env'])).stdout.split('\n')[0]).toBe('["env"]');
  });
});
