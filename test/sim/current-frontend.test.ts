// What the simulator predicts for CURRENT Docker (the default) where the Docker 20.10 frontend, the engine the
// differential test runs against, behaves differently, and what both share. Each case names its source:
// moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go (blob 0070379b), convert_copy.go (12fa1288),
// frontend/dockerfile/shell/lex.go (0cdb0e33), solver/llbsolver/file/user_linux.go (8a369a9e), and the pull
// requests that changed the behaviour.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandWord, mapLookup, parseFrontend, simulate, toDockerConfigJson, type SimulateOptions } from '../../core/engine/sim/index';
import { runCli } from '../../main/cli/main';

const OLD: SimulateOptions = { frontend: 'engine-20.10' };
const errorsOf = (r: ReturnType<typeof simulate>) => r.diagnostics.filter((d) => d.severity === 'error');
const envOf = (r: ReturnType<typeof simulate>) => r.config.Env ?? [];

describe('frontend option', () => {
  it('defaults to current Docker and says so in the result', () => {
    expect(simulate('FROM busybox\n').frontend).toBe('current');
    expect(simulate('FROM busybox\n', OLD).frontend).toBe('engine-20.10');
  });
  it('parses the two names and explains a wrong one', () => {
    expect(parseFrontend('engine-20.10')).toBe('engine-20.10');
    expect(parseFrontend('20.10')).toEqual({ error: 'unknown frontend "20.10": use current or engine-20.10' });
  });
});

describe('substitutions (lex.go processDollar)', () => {
  const vars = mapLookup({ V: 'v1.2.3', EMPTY: '', IMG: 'busybox:1.36', ARCH: 'arm64-arm64' });
  const value = (text: string) => {
    const r = expandWord(text, vars);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  it('accepts ${V-w}, ${V+w}, ${V?w} where only an unset variable counts (moby/buildkit#3611, frontend 1.6)', () => {
    expect(value('${UNSET-d}')).toBe('d');
    expect(value('${EMPTY-d}')).toBe('');
    expect(value('${EMPTY:-d}')).toBe('d');
    expect(value('${EMPTY+w}')).toBe('w');
    expect(value('${UNSET+w}')).toBe('');
    expect(value('${EMPTY?must}')).toBe('');
    expect(expandWord('${UNSET?must be set}', vars)).toMatchObject({ ok: false, message: 'failed to process "${UNSET?must be set}": UNSET: must be set' });
    expect(expandWord('${EMPTY:?}', vars)).toMatchObject({ ok: false, message: 'failed to process "${EMPTY:?}": EMPTY: is not allowed to be empty' });
  });
  it('trims prefixes and suffixes with # ## % %% (moby/buildkit#4287, frontend 1.7)', () => {
    expect(value('${V#v}')).toBe('1.2.3');
    expect(value('${V%.*}')).toBe('v1.2');
    expect(value('${V%%.*}')).toBe('v1');
    expect(value('${V#*.}')).toBe('2.3');
    expect(value('${V##*.}')).toBe('3');
    expect(value('${IMG%:*}:stable')).toBe('busybox:stable');
    expect(value('${V#nomatch}')).toBe('v1.2.3');
  });
  it('replaces the first or every match with / and // (moby/buildkit#4427, frontend 1.7)', () => {
    expect(value('${ARCH/arm64/aarch64}')).toBe('aarch64-arm64');
    expect(value('${ARCH//arm64/aarch64}')).toBe('aarch64-aarch64');
    expect(value('${V//./}')).toBe('v123');
  });
  it('still rejects what no frontend understands, with a clear message', () => {
    expect(expandWord('${V:1}', vars)).toMatchObject({ ok: false, message: 'failed to process "${V:1}": unsupported modifier (:1) in substitution' });
    expect(expandWord('${}', vars)).toMatchObject({ ok: false, message: 'failed to process "${}": syntax error: bad substitution' });
    expect(expandWord('${V-x', vars)).toMatchObject({ ok: false, message: 'failed to process "${V-x": syntax error: missing \'}\'' });
  });
  it('Docker 20.10 rejects the same forms, and the build notes say which Docker accepts them', () => {
    const text = 'FROM busybox\nARG V=1.2.3\nENV MAJOR=${V%%.*} D=${U-none}\n';
    const now = simulate(text);
    expect(now.ok).toBe(true);
    expect(envOf(now)).toEqual(expect.arrayContaining(['MAJOR=1', 'D=none']));
    expect(now.builderNotes.join(' ')).toContain('${V%%.*}: this substitution needs Dockerfile frontend 1.6+');
    const old = simulate(text, OLD);
    expect(old.ok).toBe(false);
    expect(errorsOf(old)[0]?.message).toContain("missing ':' in substitution");
  });
});

describe('COPY --from a stage defined later (moby/buildkit#4568, frontend 1.7)', () => {
  const text = 'FROM busybox AS app\nCOPY --from=build /out /out\nFROM busybox AS build\nRUN mkdir /out\n';
  it('fails on current Docker, naming both stages', () => {
    const r = simulate(text, { target: 'app' });
    expect(r.ok).toBe(false);
    expect(errorsOf(r)[0]).toMatchObject({ code: 'copy-from-later-stage', message: expect.stringContaining('cannot copy from stage "build", it needs to be defined before current stage "app"') });
    expect(errorsOf(r)[0]?.range.start.line).toBe(2);
  });
  it('Docker 20.10 read the later stage\'s base image and only warned', () => {
    const r = simulate(text, { ...OLD, target: 'app' });
    expect(r.diagnostics.find((d) => d.code === 'copy-from-later-stage')?.severity).toBe('warning');
  });
});

describe('a stage built FROM another stage (init(): state and buildArgs copied, moby/buildkit#5048)', () => {
  const text = 'FROM busybox AS base\nARG V=1\nFROM base\nARG W=2\nRUN true\n';
  it('lists the inherited ARGs in RUN history on current Docker (frontend 1.9)', () => {
    expect(simulate(text).history.at(-1)?.createdBy).toBe('RUN |2 V=1 W=2 /bin/sh -c true # buildkit');
  });
  it('Docker 20.10 listed only the stage\'s own ARGs', () => {
    expect(simulate(text, OLD).history.at(-1)?.createdBy).toBe('RUN |1 W=2 /bin/sh -c true # buildkit');
  });
  it('both still expand the parent\'s ARG (documented since moby/buildkit#5381)', () => {
    const r = 'FROM busybox AS base\nARG V=1\nFROM base\nENV X=${V:-gone}\n';
    expect(envOf(simulate(r))).toContain('X=1');
    expect(envOf(simulate(r, OLD))).toContain('X=1');
  });
  it('a name declared twice is listed once on current Docker (runCommandString), twice on 20.10', () => {
    const twice = 'FROM busybox\nARG V=1\nARG V=2\nRUN true\n';
    expect(simulate(twice).history.at(-1)?.createdBy).toBe('RUN |1 V=2 /bin/sh -c true # buildkit');
    expect(simulate(twice, OLD).history.at(-1)?.createdBy).toBe('RUN |2 V=2 V=2 /bin/sh -c true # buildkit');
  });
});

describe('RUN here-documents (dispatchRun)', () => {
  it('run on current Docker: the body is the script', () => {
    const r = simulate('FROM busybox\nRUN <<EOF\nmkdir -p /app\ntouch /app/ready\nEOF\n');
    expect(r.ok).toBe(true);
    expect(r.history.at(-1)?.createdBy).toBe('RUN /bin/sh -c mkdir -p /app\ntouch /app/ready\n # buildkit');
    expect(r.files.map((f) => f.path)).toContain('/app/ready');
  });
  it('a body starting with #! runs as a mounted file', () => {
    expect(simulate('FROM busybox\nRUN <<EOF\n#!/bin/sh\necho hi\nEOF\n').history.at(-1)?.createdBy).toBe('RUN /bin/sh -c /dev/pipes/EOF # buildkit');
  });
  it('are an error with Docker 20.10\'s built-in frontend', () => {
    expect(errorsOf(simulate('FROM busybox\nRUN <<EOF\ntrue\nEOF\n', OLD))[0]?.code).toBe('heredoc-unsupported');
  });
});

describe('behaviours current Docker shares with 20.10 (verified in the current sources)', () => {
  const both = (text: string, options: SimulateOptions = {}) => [simulate(text, options), simulate(text, { ...options, ...OLD })];
  it('every CMD sets ArgsEscaped: true (dispatchCmd), ENTRYPOINT alone does not', () => {
    for (const r of both('FROM busybox\nCMD ["sh"]\n')) expect(toDockerConfigJson(r.config).ArgsEscaped).toBe(true);
    for (const r of both('FROM scratch\nENTRYPOINT ["/app"]\n')) expect(toDockerConfigJson(r.config)).not.toHaveProperty('ArgsEscaped');
    expect(simulate('FROM busybox\nCMD ["sh"]\n').builderNotes.join(' ')).toContain('Docker 20.10 and current releases alike');
  });
  it('FROM scratch has WorkingDir "/" and the default PATH (emptyImage)', () => {
    for (const r of both('FROM scratch\n')) {
      expect(r.config.WorkingDir).toBe('/');
      expect(envOf(r)).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    }
  });
  it('ONBUILD adds no history row (dispatchOnbuild)', () => {
    for (const r of both('FROM busybox\nONBUILD RUN true\n')) {
      expect(r.history).toEqual([]);
      expect(r.config.OnBuild).toEqual(['RUN true']);
    }
  });
  it('an ARG after an ENV of the same name wins in later expansions (dispatchArg: AddEnv); Env keeps the ENV', () => {
    for (const r of both('FROM busybox\nENV V=env\nARG V=arg\nENV W=$V\n')) expect(envOf(r)).toEqual(expect.arrayContaining(['V=env', 'W=arg']));
  });
  it('VOLUME creates no directory and a later RUN\'s files are kept (dispatchVolume)', () => {
    for (const r of both('FROM busybox\nVOLUME /data\nRUN mkdir -p /data && touch /data/x\n')) {
      expect(r.history[0]?.emptyLayer).toBe(true);
      expect(r.files.map((f) => f.path)).toContain('/data/x');
    }
  });
  it('CMD [] and ENTRYPOINT [] are stored as unset: null in the 20.10 CLI\'s JSON, left out by current CLIs', () => {
    for (const r of both('FROM busybox\nCMD []\nENTRYPOINT []\n')) {
      const old = toDockerConfigJson(r.config, 'engine-20.10');
      expect([old.Cmd, old.Entrypoint]).toEqual([null, null]);
      const current = toDockerConfigJson(r.config, 'current');
      expect(Object.keys(current)).toEqual(['Env', 'ArgsEscaped']); // as the 28.2 CLI prints it for this file
    }
  });
  it('COPY ../x reads x at the context root; an empty wildcard copies nothing; several sources land on one file', () => {
    const context = { files: [{ path: 'a.txt', content: 'A' }, { path: 'b.txt', content: 'BB' }] };
    for (const r of both('FROM busybox\nCOPY ../a.txt /a\nCOPY *.none /n/\nCOPY a.txt b.txt /x\n', { context })) {
      expect(r.ok).toBe(true);
      expect(r.files.find((f) => f.path === '/a')?.size).toBe(1);
      expect(r.files.find((f) => f.path === '/x')?.size).toBe(2);
      expect(r.files.some((f) => f.path.startsWith('/n/'))).toBe(false);
    }
  });
  it('--chown with an unknown user leaves root without failing (readUser only sets ids it finds)', () => {
    const context = { files: [{ path: 'a.txt', content: 'A' }] };
    for (const r of both('FROM busybox\nCOPY --chown=ghost a.txt /a\n', { context })) {
      expect(r.ok).toBe(true);
      expect(r.files.find((f) => f.path === '/a')).toMatchObject({ uid: 0, gid: 0 });
      expect(r.diagnostics.find((d) => d.code === 'chown-unknown-user')?.message).toContain('Docker 20.10 and current releases alike');
    }
  });
  it('--chown knows the accounts an official image adds (node 1000, nginx 101, postgres 999), as their Dockerfiles create them', () => {
    const context = { files: [{ path: 'a.txt', content: 'A' }] };
    const owner = (image: string, spec: string) => simulate(`FROM ${image}\nCOPY --chown=${spec} a.txt /a\n`, { context });
    for (const [image, spec, uid, gid] of [['node:22-alpine', 'node:node', 1000, 1000], ['nginx:1.27', 'nginx', 101, 101], ['postgres:17', 'postgres:postgres', 999, 999]] as const) {
      const r = owner(image, spec);
      expect(r.files.find((f) => f.path === '/a'), `${image} --chown=${spec}`).toMatchObject({ uid, gid });
      expect(r.diagnostics.some((d) => d.code === 'chown-unknown-user')).toBe(false);
    }
    // alpine's own accounts (daemon, ...) are not recorded: the warning says both outcomes rather than claiming root.
    const alpine = owner('alpine:3.20', 'daemon');
    expect(alpine.diagnostics.find((d) => d.code === 'chown-unknown-user')?.message).toContain('If the image\'s /etc/passwd or /etc/group has it, BuildKit gives the files its ids');
  });
});

describe('drydock inspect --frontend', () => {
  async function run(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
    return { code, stdout, stderr };
  }
  const dir = mkdtempSync(join(tmpdir(), 'drydock-frontend-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox\nARG V=1.2.3\nENV MAJOR=${V%%.*}\n');
  it('predicts current Docker by default', async () => {
    const r = await run(['inspect', 'Dockerfile'], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { Config: { Env: string[] } }).Config.Env).toContain('MAJOR=1');
  });
  it('predicts Docker 20.10 with --frontend engine-20.10 (the build fails there)', async () => {
    const r = await run(['inspect', 'Dockerfile', '--frontend', 'engine-20.10'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Dockerfile:3:11: failed to process \"${V%%.*}\": missing ':' in substitution");
  });
  it('rejects an unknown frontend with a usage error', async () => {
    const r = await run(['history', 'Dockerfile', '--frontend=27'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--frontend: unknown frontend "27": use current or engine-20.10');
  });
});

describe('COPY here-documents (convert_copy.go SourceContents)', () => {
  it('write a file from the body on current Docker', () => {
    const r = simulate('FROM busybox\nCOPY <<EOF /hello.txt\nhello\nEOF\nCOPY <<NOTE /etc/\nsee me\nNOTE\n');
    expect(r.ok).toBe(true);
    expect(r.files.find((f) => f.path === '/hello.txt')).toMatchObject({ size: 6, mode: 0o644, content: 'hello\n' });
    expect(r.files.find((f) => f.path === '/etc/NOTE')?.content).toBe('see me\n');
    expect(r.history.at(-2)?.createdBy).toBe('COPY <<EOF /hello.txt # buildkit');
  });
  it('fail with Docker 20.10, which looks for a file named <<EOF', () => {
    expect(simulate('FROM busybox\nCOPY <<EOF /hello.txt\nhello\nEOF\n', OLD).ok).toBe(false);
  });
});
