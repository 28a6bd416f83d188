// @vitest-environment jsdom
// The sandbox panes rendered from a real engine snapshot, and the sandbox slice's autosave.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createEngineHandler } from '../../renderer/workers/engineHandler';
import { PROTOCOL_VERSION, type AnalyzeInput, type Snapshot } from '../../renderer/workers/protocol';
import { ImagePane } from '../../renderer/features/sandbox/panes/ImagePane';
import { LayersPane } from '../../renderer/features/sandbox/panes/LayersPane';
import { RunPane } from '../../renderer/features/sandbox/panes/RunPane';
import { StagesPane } from '../../renderer/features/sandbox/panes/StagesPane';
import { CachePane } from '../../renderer/features/sandbox/panes/CachePane';
import { ContextPane } from '../../renderer/features/sandbox/panes/ContextPane';
import { ProblemsList } from '../../renderer/features/sandbox/panes/ProblemsList';
import { splitArgs } from '../../renderer/features/sandbox/runArgs';
import { Sidebar } from '../../renderer/features/sandbox/Sidebar';
import { LivePane, configDifferences, type LiveApi } from '../../renderer/features/sandbox/panes/LivePane';
import { waitFor } from '@testing-library/react';

afterEach(cleanup);

function snapshotOf(dockerfile: string, extra: Partial<AnalyzeInput> = {}, baseline?: AnalyzeInput): Snapshot {
  const handle = createEngineHandler();
  if (baseline) handle({ protocol: PROTOCOL_VERSION, type: 'setBaseline', seq: 0, input: baseline });
  const res = handle({ protocol: PROTOCOL_VERSION, type: 'analyze', seq: 1, docVersion: 1, input: { dockerfile, context: [], buildArgs: {}, run: { args: [] }, ...extra } });
  if (res.type !== 'analysis') throw new Error('no analysis');
  return res.snapshot;
}

const MULTI = `FROM busybox AS build
RUN mkdir -p /out && echo hi > /out/app
FROM busybox AS unused
RUN echo nothing
FROM alpine:3.22
COPY --from=build /out/app /usr/local/bin/app
EXPOSE 8080
HEALTHCHECK --interval=10s CMD wget -q localhost:8080
ENTRYPOINT ["/usr/local/bin/app"]
`;

describe('Image pane', () => {
  it('shows the config as a card and as inspect JSON', () => {
    render(<ImagePane snapshot={snapshotOf(MULTI)} />);
    const pane = screen.getByTestId('image-pane');
    expect(within(pane).queryAllByText('8080/tcp').map((e) => e.textContent)).toEqual(['8080/tcp']);
    expect(within(pane).queryAllByText('["/usr/local/bin/app"]').map((e) => e.textContent)).toEqual(['["/usr/local/bin/app"]']);
    expect(pane.textContent).toContain('every 10s');
    fireEvent.click(within(pane).getByText('docker image inspect'));
    const json = JSON.parse(within(pane).getByLabelText(/docker image inspect/).textContent ?? '{}');
    expect(json.Config.ExposedPorts).toEqual({ '8080/tcp': {} });
    expect(json.Config.Healthcheck.Interval).toBe(10_000_000_000);
  });
});

describe('Layers pane', () => {
  it('lists layer and metadata rows, expands a layer to its files, and shows wasted bytes', () => {
    const onJump = vi.fn();
    const snap = snapshotOf('FROM busybox\nCOPY big.bin /tmp/big.bin\nRUN rm /tmp/big.bin\nENV A=1\n', {
      context: [{ path: 'big.bin', content: 'x', size: 5_000_000 }],
    });
    render(<LayersPane snapshot={snap} onJump={onJump} />);
    const pane = screen.getByTestId('layers-pane');
    expect(pane.textContent).toContain('5.0 MB wasted');
    expect(within(pane).getAllByText('metadata').length).toBeGreaterThan(0);
    fireEvent.click(within(pane).getByText('COPY big.bin /tmp/big.bin'));
    expect(within(pane).queryAllByText('/tmp/big.bin').map((e) => e.textContent)).toEqual(['/tmp/big.bin']);
    fireEvent.click(within(pane).getByLabelText('Go to line 3'));
    expect(onJump).toHaveBeenCalledWith(3);
  });
});

describe('Run pane', () => {
  it('shows the argv and reports argument edits', () => {
    const onChange = vi.fn();
    render(<RunPane snapshot={snapshotOf(MULTI, { run: { args: ['--verbose'] } })} runArgs="--verbose" entrypoint="" onChange={onChange} />);
    expect(screen.getByTestId('run-argv').textContent).toBe('/usr/local/bin/app --verbose');
    fireEvent.change(screen.getByTestId('run-args'), { target: { value: '-x' } });
    expect(onChange).toHaveBeenCalledWith('-x', '');
  });

  it('splits run arguments like a shell', () => {
    expect(splitArgs(`--name "a b" 'c d' e\\ f`)).toEqual(['--name', 'a b', 'c d', 'e f']);
    expect(splitArgs('   ')).toEqual([]);
  });
});

describe('Stages pane', () => {
  it('marks the image stage, skipped stages and what COPY --from takes', () => {
    render(<StagesPane snapshot={snapshotOf(MULTI)} onJump={() => {}} />);
    const pane = screen.getByTestId('stages-pane');
    expect(pane.textContent).toContain('skipped by BuildKit');
    expect(pane.querySelectorAll('.sbx-target')).toHaveLength(1);
    expect(pane.textContent).toMatch(/build.*\/out\/app.*\/usr\/local\/bin\/app/);
  });
});

describe('Cache pane', () => {
  it('shows hits and rebuilds with reasons, and pins a baseline', () => {
    const base = { dockerfile: 'FROM busybox\nRUN echo a\nRUN echo b\n', context: [], buildArgs: {}, run: { args: [] } };
    const snap = snapshotOf('FROM busybox\nRUN echo a\nRUN echo c\n', {}, base);
    const onPin = vi.fn();
    render(<CachePane snapshot={snap} onPinBaseline={onPin} onJump={() => {}} />);
    const pane = screen.getByTestId('cache-pane');
    expect(within(pane).getAllByText('CACHED').length).toBeGreaterThan(0);
    expect(within(pane).queryAllByText('REBUILD').map((e) => e.textContent)).toEqual(['REBUILD']);
    expect(pane.textContent).toMatch(/instruction changed/);
    fireEvent.click(within(pane).getByText('Pretend this was built'));
    expect(onPin).toHaveBeenCalled();
  });
});

describe('Context pane', () => {
  it('adds files, refuses paths outside the context, and edits content', () => {
    const files = [{ path: 'app.js', content: 'x' }];
    const onChange = vi.fn();
    render(<ContextPane snapshot={null} files={files} onChange={onChange} />);
    const input = screen.getByTestId('context-new-path');
    fireEvent.change(input, { target: { value: '../etc/passwd' } });
    fireEvent.click(screen.getByText('Add file'));
    expect(screen.getByRole('alert').textContent).toMatch(/inside the context/);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '.dockerignore' } });
    fireEvent.click(screen.getByText('Add file'));
    expect(onChange).toHaveBeenCalledWith([...files, { path: '.dockerignore', content: '' }]);
  });

  it('says so when the context has no files, and not once it has one', () => {
    render(<ContextPane snapshot={null} files={[]} onChange={() => {}} />);
    expect(screen.getByTestId('context-empty').textContent).toMatch(/build context is empty/);
    cleanup();
    render(<ContextPane snapshot={null} files={[{ path: 'app.js', content: '' }]} onChange={() => {}} />);
    expect(screen.queryByTestId('context-empty')).toBeNull();
  });

  it('shows which files are ignored', () => {
    const ctx = [{ path: '.dockerignore', content: 'secret\n' }, { path: 'secret', content: 'pw' }];
    const snap = snapshotOf('FROM busybox\nCOPY . /app\n', { context: ctx });
    render(<ContextPane snapshot={snap} files={ctx} onChange={() => {}} />);
    const row = screen.getByText('secret').closest('li')!;
    expect(row.textContent).toContain('ignored');
  });
});

describe('Problems list', () => {
  it('lists diagnostics and jumps to one on click', () => {
    const snap = snapshotOf('FROM busybox\nCOPPY a b\n');
    const onJump = vi.fn();
    render(<ProblemsList diagnostics={snap.diagnostics} onJump={onJump} />);
    const problem = screen.getByTestId('problems').querySelector('.sbx-sev-error') as HTMLButtonElement;
    fireEvent.click(problem);
    expect(onJump).toHaveBeenCalledWith(2, 1);
  });
});

describe('Sidebar', () => {
  it('marks solved exercises and reports exercise files that failed to load', () => {
    render(
      <Sidebar
        drafts={[{ id: 'd1', name: 'web', exerciseId: null, updatedAt: '' }]}
        exercises={[{ id: 'a', title: 'First', lesson: 'l', difficulty: 1, attempts: 1, best: 1, solved: true }, { id: 'b', title: 'Second', lesson: 'l', difficulty: 1, attempts: 0, best: null, solved: false }]}
        problems={[{ file: 'exercises/bad.yaml', problems: ['difficulty: too big'] }]}
        currentDraft="d1"
        currentExercise={null}
        onCreate={() => {}}
        onDelete={() => {}}
      />,
    );
    const list = screen.getByTestId('exercise-list');
    expect([...list.querySelectorAll('a')].map((a) => a.getAttribute('data-solved'))).toEqual(['true', 'false']);
    expect(screen.getByRole('alert').textContent).toContain('exercises/bad.yaml: difficulty: too big');
    expect(screen.getByText('web').getAttribute('href')).toBe('#/sandbox/draft/d1');
  });
});

describe('Live pane', () => {
  const ws = () => ({ dockerfile: 'FROM busybox\n', context: [], buildArgs: {}, runArgs: ['hi'], entrypoint: 'echo' });

  it('says why when no engine is reachable', async () => {
    const live: LiveApi = { status: async () => ({ available: false, reason: 'no socket at /var/run/docker.sock' }), build: vi.fn(), run: vi.fn() };
    render(<LivePane live={live} workspace={ws} predicted={null} />);
    await waitFor(() => expect(screen.getByTestId('live-pane').textContent).toContain('no socket at /var/run/docker.sock'));
    expect(live.build).not.toHaveBeenCalled();
  });

  it('builds, lists the fields that differ from the prediction, and runs with the Run pane settings', async () => {
    const build = vi.fn(async (_input: Parameters<LiveApi['build']>[0]) => ({ ok: true as const, imageId: 'sha256:' + 'a'.repeat(64), config: { Cmd: ['sh'], User: 'root', Image: 'x' }, history: [], durationMs: 1200, log: ['#1 done'] }));
    const run = vi.fn(async (_input: Parameters<LiveApi['run']>[0]) => ({ exitCode: 0, output: 'hi\n', timedOut: false }));
    const live: LiveApi = { status: async () => ({ available: true, serverVersion: '20.10.24' }), build, run };
    render(<LivePane live={live} workspace={ws} predicted={{ Cmd: ['sh'], User: '', Image: '' }} />);
    fireEvent.click(await screen.findByText('Build with Docker'));
    await screen.findByText(/1 field\(s\) differ/);
    expect(build.mock.calls[0]![0]).toMatchObject({ dockerfile: 'FROM busybox\n', context: [], buildArgs: {} });
    const row = screen.getByText('User').closest('tr')!;
    expect(row.textContent).toContain('"root"');
    fireEvent.click(screen.getByText('Run it'));
    await screen.findByText('Exit code 0');
    expect(run.mock.calls[0]![0]).toMatchObject({ imageId: 'sha256:' + 'a'.repeat(64), args: ['hi'], entrypoint: 'echo' });
  });

  it('compares configs ignoring the image id', () => {
    expect(configDifferences({ Image: 'a', Env: ['A=1'] }, { Image: 'b', Env: ['A=1'], Labels: null })).toEqual([{ field: 'Labels', predicted: '(absent)', real: 'null' }]);
    expect(configDifferences({ Labels: null, Cmd: ['sh'] }, { Labels: null, Cmd: ['sh'] })).toEqual([]);
  });
});
