// Run pane: the process `docker run [--entrypoint E] IMAGE ARGS...` would start.
import type { Snapshot } from '../../../workers/protocol';
import { argvText } from './format';

export function RunPane({ snapshot, runArgs, entrypoint, onChange }: { snapshot: Snapshot; runArgs: string; entrypoint: string; onChange(runArgs: string, entrypoint: string): void }) {
  const run = snapshot.run;
  const command = ['docker run', entrypoint ? `--entrypoint ${entrypoint}` : '', 'IMAGE', runArgs].filter(Boolean).join(' ');
  return (
    <div className="sbx-pane-body" data-testid="run-pane">
      <div className="sbx-form">
        <label>
          <span>--entrypoint</span>
          <input value={entrypoint} onChange={(e) => onChange(runArgs, e.target.value)} placeholder="(keep the image's)" spellCheck={false} />
        </label>
        <label>
          <span>Arguments after the image</span>
          <input value={runArgs} onChange={(e) => onChange(e.target.value, entrypoint)} placeholder="e.g. --port 9090" spellCheck={false} data-testid="run-args" />
        </label>
      </div>
      <p className="sbx-muted"><code>{command}</code></p>
      {run.ok ? (
        <div className="sbx-argv" aria-label="Process argv">
          <div className="sbx-argv-line"><span className="sbx-muted">PID 1:</span> <code data-testid="run-argv">{argvText(run.argv)}</code></div>
          <ol className="sbx-argv-list">{run.argv.map((a, i) => <li key={i}><code>{JSON.stringify(a)}</code></li>)}</ol>
        </div>
      ) : (
        <p className="sbx-bad">{run.error}</p>
      )}
      {run.notes.length > 0 && <ul className="sbx-notes">{run.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
    </div>
  );
}
