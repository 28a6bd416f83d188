// Cache pane: against a pinned baseline build, which steps would be cache hits and which rebuild, and why.
import type { Snapshot } from '../../../workers/protocol';
import { Button } from '../../../ui';

export function CachePane({ snapshot, onPinBaseline, onJump }: { snapshot: Snapshot; onPinBaseline(): void; onJump(line: number): void }) {
  const rows = snapshot.cache;
  return (
    <div className="sbx-pane-body" data-testid="cache-pane">
      <div className="sbx-toolbar">
        <Button onClick={onPinBaseline}>Pretend this was built</Button>
        <span className="sbx-muted">Then edit the Dockerfile or the context to see what the cache keeps.</span>
      </div>
      {!rows ? (
        <p className="sbx-muted">No baseline yet.</p>
      ) : (
        <ol className="sbx-cache">
          {rows.map((r, i) => (
            <li key={i} className={r.hit ? 'sbx-hit' : 'sbx-miss'}>
              <span className="sbx-badge">{r.hit ? 'CACHED' : 'REBUILD'}</span>
              <button type="button" className="sbx-link" onClick={() => onJump(r.line)}>
                <code>{r.instruction}</code>
              </button>
              <span className="sbx-reason">{r.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
