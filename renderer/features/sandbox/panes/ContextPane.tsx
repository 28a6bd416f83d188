// Context pane: the virtual build context as an editable file list (.dockerignore included), showing for
// each file whether it is sent to the builder and where COPY/ADD put it in the image.
import { useState } from 'react';
import type { SandboxFile } from '../../../../core/api/sandbox';
import type { Snapshot } from '../../../workers/protocol';
import { Button } from '../../../ui';
import { bytes } from './format';

export function ContextPane({ snapshot, files, onChange }: { snapshot: Snapshot | null; files: readonly SandboxFile[]; onChange(files: SandboxFile[]): void }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [newPath, setNewPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = new Map((snapshot?.context ?? []).map((e) => [e.path, e]));
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const current = files.find((f) => f.path === selected) ?? null;

  const add = () => {
    const path = newPath.trim().replace(/^\.\//, '');
    if (!path) return setError('Type a path such as src/app.js or .dockerignore.');
    if (path.startsWith('/') || path.split('/').includes('..')) return setError(`"${path}" must be relative and stay inside the context.`);
    if (files.some((f) => f.path === path)) return setError(`"${path}" already exists.`);
    setError(null);
    onChange([...files, { path, content: '' }]);
    setSelected(path);
    setNewPath('');
  };

  return (
    <div className="sbx-pane-body sbx-context" data-testid="context-pane">
      <form className="sbx-toolbar" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <input value={newPath} onChange={(e) => setNewPath(e.target.value)} placeholder="new file path, e.g. .dockerignore" aria-label="New file path" spellCheck={false} data-testid="context-new-path" />
        <Button type="submit">Add file</Button>
      </form>
      {error && <p className="sbx-bad" role="alert">{error}</p>}
      {files.length === 0 && (
        // An empty pane next to a "not found in the build context" error left learners guessing where files go.
        <p className="sbx-muted" data-testid="context-empty">
          The build context is empty, so COPY and ADD have nothing to copy. Add the files your Dockerfile needs (and a .dockerignore) here.
        </p>
      )}
      <ul className="sbx-files" role="listbox" aria-label="Build context files">
        {sorted.map((f) => {
          const entry = entries.get(f.path);
          return (
            <li key={f.path} role="option" aria-selected={selected === f.path}>
              <button type="button" className="sbx-file" onClick={() => setSelected(f.path)}>
                <code className={entry && !entry.sent ? 'sbx-ignored' : ''}>{f.path}</code>
                <span className="sbx-muted">{bytes(f.size ?? new TextEncoder().encode(f.content).length)}</span>
                {entry && (entry.sent ? <span className="sbx-badge">sent</span> : <span className="sbx-badge sbx-badge-muted" title={entry.rule}>ignored</span>)}
              </button>
              {entry && entry.landsAt.length > 0 && <div className="sbx-lands">→ {entry.landsAt.map((p) => <code key={p} className="sbx-chip">{p}</code>)}</div>}
            </li>
          );
        })}
      </ul>
      {current && (
        <div className="sbx-file-editor">
          <div className="sbx-toolbar">
            <strong><code>{current.path}</code></strong>
            <Button variant="ghost" onClick={() => { onChange(files.filter((f) => f.path !== current.path)); setSelected(null); }}>Delete</Button>
          </div>
          <textarea
            aria-label={`Content of ${current.path}`}
            data-testid="context-file-content"
            value={current.content}
            spellCheck={false}
            onChange={(e) => onChange(files.map((f) => (f.path === current.path ? { ...f, content: e.target.value } : f)))}
          />
        </div>
      )}
    </div>
  );
}
