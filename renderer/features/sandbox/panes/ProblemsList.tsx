// Problems list under the editor: every diagnostic with its position; click (or Enter) jumps to it.
import type { SnapshotDiagnostic } from '../../../workers/protocol';

const LABEL: Record<SnapshotDiagnostic['severity'], string> = { error: 'E', warning: 'W', info: 'i', hint: '?' };

export function ProblemsList({ diagnostics, onJump }: { diagnostics: readonly SnapshotDiagnostic[]; onJump(line: number, column: number): void }) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <section className="sbx-problems" aria-label="Problems" data-testid="problems">
      <header className="sbx-problems-head">
        Problems <span className="sbx-count">{diagnostics.length}</span>
        {errors > 0 && <span className="sbx-bad"> · {errors} stop the build</span>}
      </header>
      {diagnostics.length === 0 ? (
        <p className="sbx-muted sbx-problems-empty">No problems found.</p>
      ) : (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={i}>
              <button type="button" className={`sbx-problem sbx-sev-${d.severity}`} onClick={() => onJump(d.range.startLine, d.range.startColumn)}>
                <span className="sbx-sev-icon" aria-label={d.severity}>{LABEL[d.severity]}</span>
                <span className="sbx-problem-msg">{d.message}</span>
                <code className="sbx-problem-code">{d.code}</code>
                <span className="sbx-muted">L{d.range.startLine}:{d.range.startColumn}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
