// Data safety: the start-up integrity check, daily backups (restore any), export to a JSON file and
// import one back (validated in main; a damaged file changes nothing). DOM only.
import { useShallow } from 'zustand/react/shallow';
import { useDrydockStore } from '../../store';
import { Button, Panel } from '../../ui';

export function DataSafety() {
  const { health, backupNow, restore, exportProgress, importProgress } = useDrydockStore(
    useShallow((s) => ({ health: s.srsHealth, backupNow: s.backupNow, restore: s.restoreBackup, exportProgress: s.exportProgress, importProgress: s.importProgress })),
  );
  if (!health) return null;
  const download = async () => {
    const json = await exportProgress();
    if (!json) return;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `drydock-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Panel title="Your data">
      <p className={health.ok ? 'muted' : 'bad'}>{health.message}</p>
      {health.lastSync && health.lastSync.problems.length > 0 && (
        <details>
          <summary>{health.lastSync.problems.length} problem(s) in the question bank (those questions were skipped)</summary>
          <ul>
            {health.lastSync.problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}</code> {p.field}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="data-actions">
        <Button onClick={() => void backupNow()}>Back up now</Button>
        <Button onClick={() => void download()}>Export progress (JSON)</Button>
        <label className="btn btn-secondary">
          Import progress…
          <input
            type="file"
            accept="application/json,.json"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file && window.confirm('Importing replaces your progress (reviews, exams, lessons read, sandbox drafts and exercise attempts) with the file’s. Continue?')) void file.text().then(importProgress);
            }}
          />
        </label>
      </div>
      {health.backups.length > 0 && (
        <table className="backups">
          <caption className="muted">Automatic daily backups (the last seven are kept)</caption>
          <tbody>
            {health.backups.map((b) => (
              <tr key={b.name}>
                <td>{b.day}</td>
                <td className="muted">{Math.round(b.bytes / 1024)} KB</td>
                <td>
                  <Button variant="ghost" onClick={() => window.confirm(`Replace all progress with ${b.name}? The current state is backed up first.`) && void restore(b.name)}>
                    Restore
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
