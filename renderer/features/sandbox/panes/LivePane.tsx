// Live pane: builds the sandbox's Dockerfile with the learner's own Docker engine (when one is reachable)
// and sets the real `.Config` beside the simulator's prediction, field by field; can run the image too.
// Optional by design: without an engine it says why and everything else keeps working. DOM only.
import { useEffect, useState } from 'react';
import type { LiveBuildResult, LiveRunResult, LiveStatus } from '../../../../core/api/live';
import type { SandboxFile } from '../../../../core/api/sandbox';
import { Button } from '../../../ui';

/** What the pane needs from the API, passed in so tests can supply fakes. */
export interface LiveApi {
  status(): Promise<LiveStatus>;
  build(input: { task: string; dockerfile: string; context: SandboxFile[]; buildArgs: Record<string, string>; target?: string }): Promise<LiveBuildResult>;
  run(input: { task: string; imageId: string; args: string[]; entrypoint?: string }): Promise<LiveRunResult>;
}

export interface LiveWorkspace {
  readonly dockerfile: string;
  readonly context: SandboxFile[];
  readonly buildArgs: Record<string, string>;
  readonly target?: string;
  readonly runArgs: string[];
  readonly entrypoint?: string;
}

/** Fields of .Config where the real engine and the prediction differ (Image is an id, never comparable). */
export function configDifferences(predicted: Record<string, unknown> | null, real: Record<string, unknown>): { field: string; predicted: string; real: string }[] {
  const keys = new Set([...Object.keys(predicted ?? {}), ...Object.keys(real)]);
  keys.delete('Image');
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
  return [...keys]
    .filter((k) => show(predicted?.[k]) !== show(real[k]))
    .map((field) => ({ field, predicted: show(predicted?.[field]), real: show(real[field]) }));
}

let taskCounter = 0;

export function LivePane({ live, workspace, predicted }: { live: LiveApi; workspace: () => LiveWorkspace; predicted: Record<string, unknown> | null }) {
  const [status, setStatus] = useState<LiveStatus | null>(null);
  const [busy, setBusy] = useState<'build' | 'run' | null>(null);
  const [build, setBuild] = useState<LiveBuildResult | null>(null);
  const [run, setRun] = useState<LiveRunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    live.status().then(
      (s) => alive && setStatus(s),
      (e: unknown) => alive && setStatus({ available: false, reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  }, [live]);

  const doBuild = async () => {
    const ws = workspace();
    setBusy('build');
    setError(null);
    setRun(null);
    try {
      setBuild(await live.build({ task: `sandbox-build-${++taskCounter}`, dockerfile: ws.dockerfile, context: ws.context, buildArgs: ws.buildArgs, ...(ws.target ? { target: ws.target } : {}) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const doRun = async () => {
    if (!build?.ok) return;
    const ws = workspace();
    setBusy('run');
    setError(null);
    try {
      setRun(await live.run({ task: `sandbox-run-${++taskCounter}`, imageId: build.imageId, args: ws.runArgs, ...(ws.entrypoint ? { entrypoint: ws.entrypoint } : {}) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  if (!status) return <p className="sbx-muted">Looking for a Docker engine…</p>;
  if (!status.available) {
    return (
      <div className="sbx-pane-body" data-testid="live-pane">
        <p className="sbx-muted">No Docker engine to build with: {status.reason}</p>
        <p className="sbx-muted">The other panes are the simulator's prediction and need no engine.</p>
      </div>
    );
  }
  const diffs = build?.ok ? configDifferences(predicted, build.config) : [];
  return (
    <div className="sbx-pane-body" data-testid="live-pane">
      <p className="sbx-muted">Docker engine {status.serverVersion} found: build this Dockerfile for real and compare.</p>
      <div className="sbx-toolbar">
        <Button variant="primary" onClick={() => void doBuild()} disabled={busy !== null}>{busy === 'build' ? 'Building…' : 'Build with Docker'}</Button>
        <Button onClick={() => void doRun()} disabled={busy !== null || !build?.ok}>{busy === 'run' ? 'Running…' : 'Run it'}</Button>
      </div>
      {error && <p className="sbx-bad" role="alert">{error}</p>}
      {build && !build.ok && <p className="sbx-bad">docker build failed: {build.message}</p>}
      {build?.ok && (
        <>
          <p>
            Built <code>{build.imageId.slice(7, 19)}</code> in {(build.durationMs / 1000).toFixed(1)} s.{' '}
            {diffs.length === 0 ? <strong className="sbx-good">The real .Config matches the prediction.</strong> : <strong className="sbx-bad">{diffs.length} field(s) differ from the prediction:</strong>}
          </p>
          {diffs.length > 0 && (
            <table className="sbx-table">
              <thead><tr><th>Field</th><th>Predicted</th><th>docker image inspect</th></tr></thead>
              <tbody>{diffs.map((d) => <tr key={d.field}><td><code>{d.field}</code></td><td><code>{d.predicted}</code></td><td><code>{d.real}</code></td></tr>)}</tbody>
            </table>
          )}
        </>
      )}
      {run && (
        <div>
          <p>Exit code {run.exitCode ?? 'none'}{run.timedOut ? ' (stopped: time limit)' : ''}</p>
          <pre className="sbx-json">{run.output || '(no output)'}</pre>
        </div>
      )}
      {build && build.log.length > 0 && (
        <details>
          <summary>Build log</summary>
          <pre className="sbx-json">{build.log.slice(-200).join('\n')}</pre>
        </details>
      )}
    </div>
  );
}
