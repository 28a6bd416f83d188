// Image pane: the predicted image config as a readable card, and as raw `docker image inspect` JSON.
import { useState } from 'react';
import type { Snapshot } from '../../../workers/protocol';
import { Button } from '../../../ui';
import { nanos } from './format';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="sbx-card-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const keys = (v: unknown): string[] => (v && typeof v === 'object' ? Object.keys(v) : []);
const none = <span className="sbx-muted">none</span>;

export function ImagePane({ snapshot }: { snapshot: Snapshot }) {
  const [raw, setRaw] = useState(false);
  const config = snapshot.config;
  if (!config) return <p className="sbx-muted">Nothing to show until the Dockerfile has a FROM line.</p>;
  const hc = config['Healthcheck'] as Record<string, unknown> | null | undefined;
  const labels = (config['Labels'] ?? {}) as Record<string, string>;
  return (
    <div className="sbx-pane-body" data-testid="image-pane">
      <div className="sbx-toolbar">
        <Button variant="ghost" pressed={!raw} onClick={() => setRaw(false)}>Card</Button>
        <Button variant="ghost" pressed={raw} onClick={() => setRaw(true)}>docker image inspect</Button>
      </div>
      {raw ? (
        <pre className="sbx-json" aria-label="Config as docker image inspect prints it">{JSON.stringify({ Config: config }, null, 2)}</pre>
      ) : (
        <dl className="sbx-card">
          <Row label="Entrypoint">{list(config['Entrypoint']).length ? <code>{JSON.stringify(config['Entrypoint'])}</code> : none}</Row>
          <Row label="Cmd">{list(config['Cmd']).length ? <code>{JSON.stringify(config['Cmd'])}</code> : none}</Row>
          <Row label="User">{config['User'] ? <code>{String(config['User'])}</code> : <span className="sbx-muted">root (default)</span>}</Row>
          <Row label="WorkingDir">{config['WorkingDir'] ? <code>{String(config['WorkingDir'])}</code> : <span className="sbx-muted">/ (default)</span>}</Row>
          <Row label="Env">
            {list(config['Env']).length ? (
              <ul className="sbx-plain">{list(config['Env']).map((e) => <li key={e}><code>{e}</code></li>)}</ul>
            ) : none}
          </Row>
          <Row label="Exposed ports">{keys(config['ExposedPorts']).length ? keys(config['ExposedPorts']).map((p) => <code key={p} className="sbx-chip">{p}</code>) : none}</Row>
          <Row label="Volumes">{keys(config['Volumes']).length ? keys(config['Volumes']).map((p) => <code key={p} className="sbx-chip">{p}</code>) : none}</Row>
          <Row label="Labels">
            {Object.keys(labels).length ? (
              <ul className="sbx-plain">{Object.entries(labels).map(([k, v]) => <li key={k}><code>{k}={v}</code></li>)}</ul>
            ) : none}
          </Row>
          <Row label="Healthcheck">
            {hc ? (
              <span>
                <code>{JSON.stringify(hc['Test'])}</code> every {nanos(hc['Interval'])}, timeout {nanos(hc['Timeout'])}, retries {String(hc['Retries'] ?? 'default')}
              </span>
            ) : none}
          </Row>
          <Row label="StopSignal">{config['StopSignal'] ? <code>{String(config['StopSignal'])}</code> : <span className="sbx-muted">SIGTERM (default)</span>}</Row>
          {list(config['Shell']).length > 0 && <Row label="Shell"><code>{JSON.stringify(config['Shell'])}</code></Row>}
          {list(config['OnBuild']).length > 0 && (
            <Row label="OnBuild">
              <ol className="sbx-plain">{list(config['OnBuild']).map((t, i) => <li key={i}><code>{t}</code></li>)}</ol>
            </Row>
          )}
        </dl>
      )}
      {snapshot.builderNotes.length > 0 && (
        <aside className="sbx-note">
          <strong>BuildKit versus the legacy builder</strong>
          <ul>{snapshot.builderNotes.map((n) => <li key={n}>{n}</li>)}</ul>
        </aside>
      )}
    </div>
  );
}
