// The engine worker's handler (called directly), the page-side client's stale-result dropping, and the
// editor assists (hover, completion) computed from a real snapshot.
import { describe, expect, it } from 'vitest';
import { createEngineHandler } from '../../renderer/workers/engineHandler';
import { EngineClient } from '../../renderer/workers/engineClient';
import { PROTOCOL_VERSION, type AnalyzeInput, type EngineRequest, type EngineResponse, type Snapshot } from '../../renderer/workers/protocol';
import { complete, hover } from '../../renderer/editor/language/assist';
import { variablesAt } from '../../renderer/workers/scopes';

const input = (dockerfile: string, extra: Partial<AnalyzeInput> = {}): AnalyzeInput => ({ dockerfile, context: [], buildArgs: {}, run: { args: [] }, ...extra });

function analyze(handle: (r: EngineRequest) => EngineResponse, i: AnalyzeInput, docVersion = 1): Snapshot {
  const res = handle({ protocol: PROTOCOL_VERSION, type: 'analyze', seq: 1, docVersion, input: i });
  if (res.type !== 'analysis') throw new Error(`expected an analysis, got ${JSON.stringify(res)}`);
  expect(res.docVersion).toBe(docVersion);
  return res.snapshot;
}

describe('engine worker handler', () => {
  it('reports a broken Dockerfile with 1-based ranges Monaco can use', () => {
    const handle = createEngineHandler();
    const snap = analyze(handle, input('FROM busybox\nCOPPY a b\n'));
    const d = snap.diagnostics.find((x) => x.severity === 'error');
    expect(d).toBeDefined();
    expect(d!.range.startLine).toBe(2);
    expect(d!.range.startColumn).toBe(1);
    expect(d!.message).toMatch(/COPY/);
    expect(snap.buildable).toBe(false);
  });

  it('predicts config, history and the run argv', () => {
    const handle = createEngineHandler();
    const snap = analyze(handle, input('FROM busybox\nWORKDIR /app\nCOPY hello.txt .\nENTRYPOINT ["echo"]\nCMD ["hi"]\n', {
      context: [{ path: 'hello.txt', content: 'hello\n' }],
      run: { args: ['there'] },
    }));
    expect(snap.buildable).toBe(true);
    expect(snap.config?.['WorkingDir']).toBe('/app');
    expect(snap.run).toMatchObject({ ok: true, argv: ['echo', 'there'] });
    const copy = snap.history.find((r) => r.instruction.startsWith('COPY'));
    expect(copy).toMatchObject({ kind: 'layer', line: 3 });
    expect(copy!.changes.some((c) => c.path === '/app/hello.txt' && c.kind === 'added')).toBe(true);
    expect(snap.context).toEqual([{ path: 'hello.txt', size: 6, sent: true, landsAt: ['/app/hello.txt'] }]);
  });

  it('says which context files .dockerignore keeps out, and by which line', () => {
    const handle = createEngineHandler();
    const snap = analyze(handle, input('FROM busybox\nCOPY . /src\n', {
      context: [{ path: '.dockerignore', content: '*.log\n' }, { path: 'a.log', content: 'x' }, { path: 'a.txt', content: 'y' }],
    }));
    const log = snap.context.find((c) => c.path === 'a.log');
    expect(log).toMatchObject({ sent: false, landsAt: [] });
    expect(log!.rule).toContain('*.log');
    expect(snap.context.find((c) => c.path === 'a.txt')).toMatchObject({ sent: true, landsAt: ['/src/a.txt'] });
  });

  it('compares against a pinned cache baseline: hits until the first changed input, then rebuilds', () => {
    const handle = createEngineHandler();
    const df = 'FROM busybox\nCOPY deps.txt /d/\nRUN echo installing\nCOPY app.txt /a/\n';
    const ctx = [{ path: 'deps.txt', content: 'one' }, { path: 'app.txt', content: 'v1' }];
    expect(handle({ protocol: PROTOCOL_VERSION, type: 'setBaseline', seq: 1, input: input(df, { context: ctx }) })).toMatchObject({ type: 'ack' });
    const snap = analyze(handle, input(df, { context: [ctx[0]!, { path: 'app.txt', content: 'v2' }] }));
    const rows = snap.cache!;
    expect(rows.map((r) => r.hit)).toEqual(rows.map((r) => !r.instruction.startsWith('COPY app.txt')));
    const miss = rows.find((r) => !r.hit)!;
    expect(miss.reason).toMatch(/inputs changed/);
    // Changing the dependency file invalidates everything from its COPY on.
    const snap2 = analyze(handle, input(df, { context: [{ path: 'deps.txt', content: 'two' }, ctx[1]!] }));
    const first = snap2.cache!.findIndex((r) => !r.hit);
    expect(snap2.cache![first]!.instruction).toMatch(/^COPY deps/);
    expect(snap2.cache!.slice(first + 1).every((r) => !r.hit && /earlier step/.test(r.reason))).toBe(true);
  });

  it('previews an exercise grade when checks are given', () => {
    const handle = createEngineHandler();
    const snap = analyze(handle, input('FROM busybox\nUSER nobody\n', {
      checks: [{ kind: 'config', field: 'User', equals: 'nobody', pass: 'runs as nobody', fail: 'should run as nobody' }],
    }));
    expect(snap.grade).toMatchObject({ passed: true, score: 1 });
  });

  it('refuses another protocol version with a clear message', () => {
    const handle = createEngineHandler();
    const res = handle({ protocol: 99, type: 'analyze', seq: 7, docVersion: 1, input: input('FROM busybox') } as EngineRequest);
    expect(res).toMatchObject({ type: 'error', seq: 7 });
    expect((res as { message: string }).message).toMatch(/protocol 99/);
  });

  it('exposes variables with their expanded values at each instruction', () => {
    const handle = createEngineHandler();
    const snap = analyze(handle, input('ARG V=1\nFROM busybox\nARG V\nENV APP=v$V\nRUN echo $APP\n'));
    expect(variablesAt(snap, 4)).toEqual(expect.arrayContaining([{ name: 'V', value: '1', kind: 'arg' }, { name: 'APP', value: 'v1', kind: 'env' }]));
    // The global ARG is not visible inside the stage before it is re-declared, but FROM lines see it.
    expect(variablesAt(snap, 2).find((v) => v.name === 'V')).toBeUndefined();
    expect(variablesAt(snap, 1)).toEqual([{ name: 'V', value: '1', kind: 'arg' }]);
    // A later ENV of the same name replaces the earlier value from its next instruction on.
    const again = analyze(handle, input('FROM busybox\nENV A=1\nENV A=2 B=$A\nRUN x\n'));
    expect(variablesAt(again, 3).filter((v) => v.name !== 'PATH')).toEqual([{ name: 'A', value: '2', kind: 'env' }, { name: 'B', value: '1', kind: 'env' }]);
  });
});

describe('EngineClient', () => {
  it('drops analyses computed for an older document version', () => {
    const sent: EngineRequest[] = [];
    const applied: number[] = [];
    const client = new EngineClient((r) => sent.push(r), { onSnapshot: (_s, v) => applied.push(v), onError: () => {} });
    const handle = createEngineHandler();
    client.analyze(1, input('FROM busybox'));
    client.analyze(2, input('FROM alpine'));
    client.analyze(3, input('FROM alpine:3.22'));
    // Only one analysis is in flight; the newest request waits for it, the one in between is skipped.
    expect(sent.map((r) => (r.type === 'analyze' ? r.docVersion : -1))).toEqual([1]);
    client.receive(handle(sent[0]!)); // computed for older text: dropped, and the pending one goes out
    expect(applied).toEqual([]);
    expect(client.dropped).toBe(1);
    expect(sent.map((r) => (r.type === 'analyze' ? r.docVersion : -1))).toEqual([1, 3]);
    client.receive(handle(sent[1]!));
    expect(applied).toEqual([3]);
  });

  it('reports a worker speaking another protocol', () => {
    const errors: string[] = [];
    const client = new EngineClient(() => {}, { onSnapshot: () => {}, onError: (m) => errors.push(m) });
    client.receive({ protocol: 2, type: 'ack', seq: 1 });
    expect(errors[0]).toMatch(/protocol 2/);
  });
});

describe('editor assists', () => {
  const handle = createEngineHandler();
  const text = 'ARG V=1\nFROM busybox AS build\nARG V\nENV APP=v$V\nRUN echo $APP\nFROM alpine\nCOPY --from=build /x /x\n';
  const snap = analyze(handle, input(text));
  const lines = text.split('\n');

  it('hovers an instruction with its lesson link', () => {
    const h = hover(snap, lines[4]!, 5, 2)!;
    expect(h.contents.join('\n')).toMatch(/RUN/);
    expect(h.contents.join('\n')).toContain('#/lessons/run-and-shell');
  });

  it('names the lesson by its title when titles are known, and by its id otherwise', () => {
    const titles = (id: string) => (id === 'run-and-shell' ? 'RUN in shell and exec form, and SHELL' : undefined);
    expect(hover(snap, lines[4]!, 5, 2, titles)!.contents).toContain('[Lesson: RUN in shell and exec form, and SHELL](#/lessons/run-and-shell)');
    expect(hover(snap, lines[4]!, 5, 2)!.contents).toContain('[Lesson: run-and-shell](#/lessons/run-and-shell)');
  });

  it('hovers a variable with its value at that line', () => {
    const col = lines[4]!.indexOf('$APP') + 2;
    expect(hover(snap, lines[4]!, 5, col)!.contents.join(' ')).toContain('`v1`');
  });

  it('hovers a flag', () => {
    const col = lines[6]!.indexOf('--from') + 3;
    expect(hover(snap, lines[6]!, 7, col)!.contents.join(' ')).toMatch(/earlier stage/);
  });

  it('completes stage names after --from=, variables after $, flags, keywords and images', () => {
    const stage = complete(snap, { prefix: 'COPY --from=b', line: 8, continuation: false, images: [] })!;
    expect(stage.items.map((i) => i.label)).toEqual(['build']);
    expect(stage.replaceFrom).toBe('COPY --from='.length + 1);
    const vars = complete(snap, { prefix: 'RUN echo ${A', line: 5, continuation: false, images: [] })!;
    expect(vars.items.map((i) => i.label)).toEqual(expect.arrayContaining(['APP', 'V', 'PATH']));
    const flags = complete(snap, { prefix: 'HEALTHCHECK --', line: 8, continuation: false, images: [] })!;
    expect(flags.items.map((i) => i.label)).toContain('--start-period');
    const kw = complete(snap, { prefix: 'WOR', line: 8, continuation: false, images: [] })!;
    expect(kw.items.map((i) => i.label)).toContain('WORKDIR');
    const img = complete(snap, { prefix: 'FROM alp', line: 8, continuation: false, images: ['alpine:3.22', 'busybox:latest'] })!;
    expect(img.items.map((i) => i.label)).toEqual(['alpine:3.22', 'busybox:latest']);
    expect(img.replaceFrom).toBe(6);
  });

  it('offers after --from= only the stages that end before the cursor', () => {
    const three = analyze(handle, input('FROM busybox AS deps\nRUN true\nFROM busybox AS build\nRUN true\nFROM alpine AS runtime\nRUN true\n'));
    const at = (line: number) => complete(three, { prefix: 'COPY --from=', line, continuation: false, images: [] })!.items.map((i) => i.label);
    // Inside "build": "deps" is usable; "build" itself would be circular and "runtime" is not defined yet.
    expect(at(4)).toEqual(['deps']);
    expect(at(6)).toEqual(['deps', 'build']);
    expect(at(2)).toEqual([]);
  });
});
