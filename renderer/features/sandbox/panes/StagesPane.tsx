// Stages pane: the multi-stage graph, the stage that becomes the image, unused stages BuildKit skips,
// and what each COPY --from takes.
import type { Snapshot } from '../../../workers/protocol';

export function StagesPane({ snapshot, onJump }: { snapshot: Snapshot; onJump(line: number): void }) {
  return (
    <div className="sbx-pane-body" data-testid="stages-pane">
      <ol className="sbx-stages">
        {snapshot.stages.map((s) => {
          const isTarget = s.index === snapshot.target;
          return (
            <li key={s.index} className={['sbx-stage', isTarget ? 'sbx-target' : '', s.used ? '' : 'sbx-unused'].join(' ')}>
              <div className="sbx-stage-head">
                <button type="button" className="sbx-link" onClick={() => onJump(s.line)}>
                  <strong>#{s.index}</strong> {s.name ? <code>{s.name}</code> : <span className="sbx-muted">(unnamed)</span>}
                </button>
                {isTarget && <span className="sbx-badge">image</span>}
                {!s.used && <span className="sbx-badge sbx-badge-muted">skipped by BuildKit</span>}
              </div>
              <div className="sbx-stage-from">
                FROM {s.baseStage !== null ? <span>stage <code>{snapshot.stages[s.baseStage]?.name ?? `#${s.baseStage}`}</code></span> : <code>{s.base}</code>}
                {s.baseStage === null && !s.baseKnown && <span className="sbx-muted"> (not in the catalog: its contents are unknown)</span>}
              </div>
              {s.copiesFrom.length > 0 && (
                <ul className="sbx-plain">
                  {s.copiesFrom.map((c, i) => (
                    <li key={i}>
                      ← <code>{c.from}</code>: {c.sources.map((src) => <code key={src} className="sbx-chip">{src}</code>)} → <code>{c.dest}</code>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
