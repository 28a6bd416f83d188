// The simulator over whole Dockerfiles: stages, ARG scope, config changes, files, diagnostics. Each rule
// comes from the Dockerfile reference; where BuildKit and the legacy builder differ, BuildKit (as in
// Docker 20.10, checked by test/docker/sim-diff.test.ts) is expected.
import { describe, expect, it } from 'vitest';
import { simulate, toDockerConfigJson, runPreview, type ContextFile } from '../../core/engine/sim/index';

const ctx = (files: Record<string, string>, dockerignore?: string) => ({
  files: Object.entries(files).map(([path, content]): ContextFile => ({ path, content })),
  ...(dockerignore !== undefined ? { dockerignore } : {}),
});
const envOf = (text: string, opts = {}) => simulate(text, opts).config.Env;
const errors = (r: ReturnType<typeof simulate>) => r.diagnostics.filter((d) => d.severity === 'error');

describe('variables and ARG scope', () => {
  it('a global ARG is visible in FROM only, unless re-declared in the stage', () => {
    const r = simulate('ARG TAG=latest\nFROM busybox:$TAG\nENV A=${TAG:-none}\nARG TAG\nENV B=$TAG\n');
    expect(r.stages[0]?.base).toBe('busybox:latest');
    expect(r.config.Env).toContain('A=none');
    expect(r.config.Env).toContain('B=latest');
  });
  it('--build-arg overrides a default; an undeclared one is ignored with a warning', () => {
    const r = simulate('FROM busybox\nARG MODE=dev\nENV M=$MODE\n', { buildArgs: { MODE: 'prod', OTHER: 'x' } });
    expect(r.config.Env).toContain('M=prod');
    const warn = r.diagnostics.find((d) => d.code === 'unused-build-arg');
    expect(warn?.severity).toBe('warning');
    expect(warn?.message).toContain('OTHER');
  });
  it('ENV wins over an ARG of the same name', () => {
    expect(envOf('FROM busybox\nARG V=arg\nENV V=env\nENV W=$V\n')).toContain('W=env');
  });
  it('an ARG lasts to the end of its stage; BuildKit still expands it in a stage built FROM it', () => {
    const r = simulate('FROM busybox AS a\nARG V=1\nFROM busybox\nENV X=${V:-gone}\nFROM a\nENV Y=$V\n');
    expect(r.stages[1]?.config.Env).toContain('X=gone');
    expect(r.stages[2]?.config.Env).toContain('Y=1');
    expect(r.builderNotes.join(' ')).toContain('the legacy builder ends an ARG with its stage');
  });
  it('proxy ARGs need no ARG line, are not reported as unused and stay out of RUN history', () => {
    const r = simulate('FROM busybox\nRUN true\n', { buildArgs: { HTTP_PROXY: 'http://p' } });
    expect(r.diagnostics).toEqual([]);
    expect(r.history[0]?.createdBy).toBe('RUN /bin/sh -c true # buildkit');
  });
  it('platform ARGs are filled in after ARG TARGETARCH', () => {
    expect(envOf('FROM busybox\nARG TARGETARCH\nENV A=$TARGETARCH\n', { platform: 'linux/arm64' })).toContain('A=arm64');
  });
  it('RUN history lists the declared ARGs as |N K=V', () => {
    const r = simulate('FROM busybox\nARG A=1\nARG B\nRUN echo\n');
    expect(r.history[2]?.createdBy).toBe('RUN |2 A=1 B= /bin/sh -c echo # buildkit');
  });
  it('one ENV line expands with the values from before the line', () => {
    expect(envOf('FROM busybox\nENV a=1\nENV a=2 b=$a\n')).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'a=2', 'b=1']);
  });
  it('reports a bad substitution at its source range (Docker 20.10 rejects ${B-x})', () => {
    const r = simulate('FROM busybox\nENV A=${B-x}\n', { frontend: 'engine-20.10' });
    const e = errors(r)[0];
    expect(e?.message).toContain("missing ':' in substitution");
    expect(e?.range.start.line).toBe(2);
    expect(r.ok).toBe(false);
  });
});

describe('image config', () => {
  it('prints .Config as current docker does: image-spec key order, empty fields left out', () => {
    expect(JSON.stringify(toDockerConfigJson(simulate('FROM busybox\n').config))).toBe('{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"]}');
  });
  it('prints .Config as the Docker 20.10 CLI does: container-config key order, null for unset slices and maps', () => {
    const json = toDockerConfigJson(simulate('FROM busybox\n').config, 'engine-20.10');
    expect(JSON.stringify(json)).toBe('{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"],"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}');
  });
  it('ENTRYPOINT resets the inherited CMD but keeps a CMD set earlier in the stage', () => {
    expect(simulate('FROM busybox\nENTRYPOINT ["x"]\n').config.Cmd).toBeNull();
    expect(simulate('FROM busybox\nCMD ["a"]\nENTRYPOINT ["x"]\n').config.Cmd).toEqual(['a']);
  });
  it('SHELL changes how later shell forms are wrapped', () => {
    const r = simulate('FROM busybox\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD run it\n');
    expect(r.config.Cmd).toEqual(['/bin/bash', '-o', 'pipefail', '-c', 'run it']);
  });
  it('HEALTHCHECK durations are nanoseconds; NONE disables', () => {
    const r = simulate('FROM busybox\nHEALTHCHECK --interval=30s --retries=5 CMD ["true"]\n');
    expect(r.config.Healthcheck).toEqual({ Test: ['CMD', 'true'], Interval: 30e9, Retries: 5 });
    expect(simulate('FROM busybox\nHEALTHCHECK NONE\n').config.Healthcheck).toEqual({ Test: ['NONE'] });
  });
  it('EXPOSE expands ranges and defaults to tcp; a bad port is an error', () => {
    expect(simulate('FROM busybox\nEXPOSE 80 8000-8001/udp\n').config.ExposedPorts).toEqual({ '80/tcp': {}, '8000/udp': {}, '8001/udp': {} });
    expect(errors(simulate('FROM busybox\nEXPOSE http\n'))[0]?.code).toBe('invalid-port');
  });
  it('FROM scratch starts with the default PATH and WorkingDir "/" (BuildKit)', () => {
    const r = simulate('FROM scratch\n');
    expect(r.config.WorkingDir).toBe('/');
    expect(r.builderNotes.join(' ')).toContain('legacy builder leaves WorkingDir empty');
  });
  it('an unknown base image gives a warning that its config is unknown', () => {
    const r = simulate('FROM mycorp/base:1\n');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'unknown-base-image' });
    expect(r.stages[0]?.baseKnown).toBe(false);
  });
  it('runs a base image\'s ONBUILD triggers and does not pass them on', () => {
    const r = simulate('FROM node:8-onbuild\n', { context: ctx({ 'package.json': '{}', 'index.js': 'x' }) });
    expect(r.config.OnBuild).toBeNull();
    expect(r.history.map((h) => h.createdBy)).toEqual([
      'COPY package.json /usr/src/app/ # buildkit',
      'RUN /bin/sh -c npm install && npm cache clean --force # buildkit',
      'COPY . /usr/src/app # buildkit',
    ]);
    expect(r.files.some((f) => f.path === '/usr/src/app/index.js')).toBe(true);
  });
});

describe('stages', () => {
  const text = 'FROM busybox AS build\nRUN echo x > /out\nFROM busybox AS unused\nRUN true\nFROM busybox\nCOPY --from=build /out /app/out\n';
  it('tracks COPY --from dependencies and marks unused stages', () => {
    const r = simulate(text);
    expect(r.stages.map((s) => s.used)).toEqual([true, false, true]);
    expect(r.stages[2]?.dependsOn).toEqual([0]);
    expect(r.files.find((f) => f.path === '/app/out')).toMatchObject({ size: 2 });
  });
  it('--target builds the named stage', () => {
    const r = simulate(text, { target: 'build' });
    expect(r.target).toBe(0);
    expect(r.history.map((h) => h.createdBy)).toEqual(['RUN /bin/sh -c echo x > /out # buildkit']);
  });
  it('an unknown --target is an error', () => {
    expect(errors(simulate(text, { target: 'nope' }))[0]?.message).toContain('target stage nope could not be found');
  });
  it('COPY --from by index reads that stage', () => {
    const r = simulate('FROM busybox\nRUN echo a > /a\nFROM busybox\nCOPY --from=0 /a /b\n');
    expect(r.files.find((f) => f.path === '/b')?.content).toBe('a\n');
  });
  it('COPY --from a stage defined later: Docker 20.10 warns that its steps have not run yet', () => {
    const r = simulate('FROM busybox\nCOPY --from=later /x /y\nFROM busybox AS later\nRUN echo hi > /x\n', { target: 'later', frontend: 'engine-20.10' });
    expect(r.diagnostics.find((d) => d.code === 'copy-from-later-stage')?.message).toContain('before its own instructions run');
  });
  it('duplicate stage names only warn (BuildKit builds); FROM finds the newest earlier stage, COPY --from and --target the last', () => {
    const text = [
      'FROM busybox:1.37 AS a',
      'RUN echo one > /one',
      'FROM a AS a', // based on the first a, then takes its name
      'RUN echo two > /two',
      'FROM busybox:1.37 AS final',
      'COPY --from=a /two /copied',
    ].join('\n') + '\n';
    const r = simulate(text, { frontend: 'engine-20.10' });
    expect(errors(r)).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'DuplicateStageName')?.range.start.line).toBe(3);
    expect(r.stages[1]?.baseStage).toBe(0);
    expect(r.files.map((f) => f.path)).toContain('/copied');
    expect(simulate(text, { target: 'a', frontend: 'engine-20.10' }).files.map((f) => f.path)).toEqual(expect.arrayContaining(['/one', '/two']));
  });
  it('RUN --mount without target= goes to the working directory: refused only when that is /', () => {
    const codes = (text: string) => errors(simulate(text)).map((d) => d.code);
    expect(codes('FROM busybox:1.37\nRUN --mount=type=cache true\n')).toEqual(['invalid-mount-target']);
    expect(codes('FROM busybox:1.37\nWORKDIR /w\nRUN --mount=type=cache true\n')).toEqual([]);
    expect(codes('FROM httpd:2.4\nRUN --mount=type=cache true\n')).toEqual([]); // WORKDIR /usr/local/apache2
    expect(codes('FROM example.com/unknown:1\nRUN --mount=type=cache true\n')).toEqual([]); // its WORKDIR is unknown
    expect(codes('FROM busybox:1.37\nRUN --mount=type=secret,id=token true\n')).toEqual([]);
  });
  it('FROM looks a stage up by the name as written: FROM Build is an (invalid) image reference, not stage build', () => {
    const r = simulate('FROM busybox:1.37 AS build\nFROM Build\n');
    expect(r.stages[1]?.baseStage).toBeNull();
    expect(errors(r).map((d) => d.code)).toEqual(['invalid-reference']);
  });
});

describe('COPY and ADD', () => {
  it('a directory source copies its contents; a trailing slash makes the dest a directory', () => {
    const r = simulate('FROM busybox\nCOPY src /dst\nCOPY a.txt /dir/\nCOPY a.txt /file\n', { context: ctx({ 'src/x': '1', 'src/sub/y': '22', 'a.txt': 'abc' }) });
    const paths = r.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['/dst/x', '/dst/sub/y', '/dir/a.txt', '/file']));
    expect(paths).not.toContain('/dst/src');
  });
  it('a relative destination lands under WORKDIR', () => {
    const r = simulate('FROM busybox\nWORKDIR /app\nCOPY a.txt ./\n', { context: ctx({ 'a.txt': 'x' }) });
    expect(r.files.some((f) => f.path === '/app/a.txt')).toBe(true);
  });
  it('several sources into a non-directory destination: warning (legacy fails, BuildKit 20.10 copies each)', () => {
    const r = simulate('FROM busybox\nCOPY a b /x\n', { context: ctx({ a: '1', b: '2' }) });
    expect(r.diagnostics.find((d) => d.code === 'copy-multiple-dest')?.severity).toBe('warning');
  });
  it('a missing source fails with BuildKit\'s message and says when .dockerignore excluded it', () => {
    const missing = simulate('FROM busybox\nCOPY nope /\n');
    expect(errors(missing)[0]?.message).toContain('"/nope" not found');
    const excluded = simulate('FROM busybox\nCOPY secret /\n', { context: ctx({ secret: 's' }, 'secret\n') });
    expect(errors(excluded)[0]?.message).toContain('.dockerignore excludes it');
  });
  it('a source above the context is read from the context root, with a warning about the legacy builder', () => {
    const r = simulate('FROM busybox\nCOPY ../a.txt /\n', { context: ctx({ 'a.txt': 'x' }) });
    expect(r.ok).toBe(true);
    expect(r.diagnostics[0]?.code).toBe('source-outside-context');
  });
  it('--chown and --chmod set owner and mode', () => {
    const r = simulate('FROM busybox\nCOPY --chown=1000:50 --chmod=600 a /a\n', { context: ctx({ a: 'x' }) });
    expect(r.files.find((f) => f.path === '/a')).toMatchObject({ uid: 1000, gid: 50, mode: 0o600 });
  });
  it('wildcards follow filepath.Match and the .dockerignore filter', () => {
    const r = simulate('FROM busybox\nCOPY *.txt /d/\n', { context: ctx({ 'a.txt': '1', 'b.txt': '2', 'c.log': '3', 'skip.txt': '4' }, 'skip.txt') });
    expect(r.files.filter((f) => f.path.startsWith('/d/')).map((f) => f.path)).toEqual(['/d/a.txt', '/d/b.txt']);
  });
  it('ADD extracts a local tar and notes a URL without extracting it', () => {
    const files: ContextFile[] = [{ path: 'x.tar', size: 10240, archive: [{ path: 'in/one.txt', content: '1' }] }];
    const r = simulate('FROM busybox\nADD x.tar /opt/\nADD https://example.com/a.tar.gz /dl/\n', { context: { files } });
    expect(r.files.some((f) => f.path === '/opt/in/one.txt')).toBe(true);
    expect(r.files.some((f) => f.path === '/dl/a.tar.gz')).toBe(true);
    expect(r.history[1]?.effects[0]).toContain('never extracted');
    expect(r.history[1]?.size).toBeNull();
  });
});

describe('RUN effects', () => {
  it('simulates common commands and marks them as simulated', () => {
    const r = simulate('FROM busybox\nRUN mkdir -p /a && echo hi > /a/f && touch /a/t && ln -s /a/f /l && chmod 600 /a/f\n');
    expect(r.files.find((f) => f.path === '/a/f')).toMatchObject({ size: 3, mode: 0o600, simulated: true });
    expect(r.files.find((f) => f.path === '/l')).toMatchObject({ type: 'symlink', target: '/a/f' });
    expect(r.history[0]?.effects.every((e) => e.includes('simulated'))).toBe(true);
    expect(r.history[0]?.size).toBe(3);
  });
  it('never guesses other commands', () => {
    const r = simulate('FROM busybox\nRUN apk add curl\n');
    expect(r.history[0]?.effects).toEqual(['runs apk add curl (effect not simulated)']);
    expect(r.history[0]?.size).toBeNull();
  });
  it('counts bytes a later rm wastes', () => {
    const r = simulate('FROM busybox\nCOPY big /big\nRUN rm /big\n', { context: { files: [{ path: 'big', size: 5000 }] } });
    expect(r.history[0]?.wastedBytes).toBe(5000);
    expect(r.history[1]?.size).toBe(0);
  });
  it('useradd makes the user known to USER and --chown', () => {
    const r = simulate('FROM debian\nRUN useradd -u 1500 app\nCOPY --chown=app a /a\nUSER app\n', { context: ctx({ a: 'x' }) });
    expect(r.files.find((f) => f.path === '/a')).toMatchObject({ uid: 1500, gid: 1500 });
    expect(r.history[2]?.effects.join(' ')).not.toContain('no user');
  });
});

describe('runPreview', () => {
  it('shows the process of the target image', () => {
    const r = simulate('FROM busybox\nENTRYPOINT ["/bin/echo"]\nCMD ["hi"]\n');
    expect(runPreview(r)).toMatchObject({ ok: true, argv: ['/bin/echo', 'hi'] });
    expect(runPreview(r, { args: ['bye'] })).toMatchObject({ argv: ['/bin/echo', 'bye'] });
    expect(runPreview(r, { entrypoint: 'sh' })).toMatchObject({ argv: ['sh'] });
  });
});
