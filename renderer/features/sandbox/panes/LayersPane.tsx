// Layers pane: the image history (like docker history), layer versus metadata-only rows, size estimates,
// and per layer the files it adds, changes or removes, with bytes wasted (what dive shows).
import { useState } from 'react';
import type { Snapshot } from '../../../workers/protocol';
import { bytes } from './format';

export function LayersPane({ snapshot, onJump }: { snapshot: Snapshot; onJump(line: number): void }) {
  const [open, setOpen] = useState<number | null>(null);
  const rows = snapshot.history;
  return (
    <div className="sbx-pane-body" data-testid="layers-pane">
      <p className="sbx-summary">
        <strong>{snapshot.layerCount}</strong> filesystem layer(s) from this Dockerfile ·{' '}
        <span className={snapshot.wastedBytes > 0 ? 'sbx-bad' : ''}>{bytes(snapshot.wastedBytes)} wasted</span>
      </p>
      <table className="sbx-table">
        <thead>
          <tr><th>Step</th><th>Kind</th><th className="num">Size</th><th className="num">Wasted</th></tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <FragmentRow key={i} row={row} expanded={open === i} onToggle={() => setOpen(open === i ? null : i)} onJump={onJump} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FragmentRow({ row, expanded, onToggle, onJump }: { row: Snapshot['history'][number]; expanded: boolean; onToggle(): void; onJump(line: number): void }) {
  return (
    <>
      <tr className={row.kind === 'metadata' ? 'sbx-meta-row' : ''}>
        <td>
          <button type="button" className="sbx-link" aria-expanded={expanded} onClick={onToggle} title={row.createdBy}>
            {row.changes.length > 0 || row.effects.length > 0 ? (expanded ? '▾ ' : '▸ ') : ''}
            <code>{row.instruction}</code>
          </button>
          {row.line !== null && (
            <button type="button" className="sbx-line" onClick={() => onJump(row.line!)} aria-label={`Go to line ${row.line}`}>
              L{row.line}
            </button>
          )}
        </td>
        <td>{row.kind === 'layer' ? 'layer' : <span className="sbx-muted">metadata</span>}</td>
        <td className="num">{row.kind === 'layer' ? bytes(row.size) : '0 B'}</td>
        <td className={`num ${row.wastedBytes > 0 ? 'sbx-bad' : ''}`}>{row.wastedBytes > 0 ? bytes(row.wastedBytes) : ''}</td>
      </tr>
      {expanded && (
        <tr className="sbx-detail-row">
          <td colSpan={4}>
            {row.effects.length > 0 && <ul className="sbx-effects">{row.effects.map((e, i) => <li key={i}>{e}</li>)}</ul>}
            {row.changes.length > 0 && (
              <ul className="sbx-changes">
                {row.changes.map((c) => (
                  <li key={c.kind + c.path} className={`sbx-change-${c.kind}`}>
                    <span className="sbx-change-mark" aria-label={c.kind}>{c.kind === 'added' ? '+' : c.kind === 'removed' ? '−' : '~'}</span>
                    <code>{c.path}</code> <span className="sbx-muted">{c.kind === 'removed' ? '' : bytes(c.size)}</span>
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
