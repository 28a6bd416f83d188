// Drafts repository: named scratch Dockerfiles and per-exercise work, stored in SQLite. Node only.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../../core/api/errors';
import type { Draft, DraftSummary, SandboxFile } from '../../core/api/sandbox';

/** A sandbox_draft row as SQLite returns it. */
export interface DraftRow {
  id: string;
  name: string;
  dockerfile: string;
  context_json: string;
  exercise_id: string | null;
  created_at: string;
  updated_at: string;
}

function summary(row: DraftRow): DraftSummary {
  return { id: row.id, name: row.name, exerciseId: row.exercise_id, updatedAt: row.updated_at };
}

function full(row: DraftRow): Draft {
  let context: SandboxFile[] = [];
  try {
    const parsed: unknown = JSON.parse(row.context_json);
    if (Array.isArray(parsed)) context = parsed as SandboxFile[];
  } catch {
    // A damaged context column loses only the context, never the Dockerfile text.
  }
  return { ...summary(row), dockerfile: row.dockerfile, context };
}

export const DEFAULT_DRAFT = `# A scratch Dockerfile: edit it and watch the panes on the right.
FROM busybox
WORKDIR /app
COPY . .
CMD ["sh"]
`;

export class DraftStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  list(): DraftSummary[] {
    const rows = this.db
      .prepare<[], DraftRow>('SELECT * FROM sandbox_draft WHERE exercise_id IS NULL ORDER BY updated_at DESC, name')
      .all();
    return rows.map(summary);
  }

  get(id: string): Draft {
    const row = this.db.prepare<[string], DraftRow>('SELECT * FROM sandbox_draft WHERE id = ?').get(id);
    if (!row) throw new ApiError('NOT_FOUND', `no draft with id "${id}"`);
    return full(row);
  }

  forExercise(exerciseId: string): Draft | null {
    const row = this.db.prepare<[string], DraftRow>('SELECT * FROM sandbox_draft WHERE exercise_id = ?').get(exerciseId);
    return row ? full(row) : null;
  }

  create(input: { name: string; dockerfile?: string; context?: SandboxFile[]; exerciseId?: string }): Draft {
    if (!input.exerciseId && this.db.prepare('SELECT 1 FROM sandbox_draft WHERE exercise_id IS NULL AND name = ?').get(input.name))
      throw new ApiError('CONFLICT', `a draft named "${input.name}" already exists`);
    const id = randomUUID();
    const at = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO sandbox_draft (id, name, dockerfile, context_json, exercise_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.name, input.dockerfile ?? DEFAULT_DRAFT, JSON.stringify(input.context ?? []), input.exerciseId ?? null, at, at);
    return this.get(id);
  }

  save(id: string, dockerfile: string, context: SandboxFile[]): DraftSummary {
    const at = this.now().toISOString();
    const result = this.db
      .prepare('UPDATE sandbox_draft SET dockerfile = ?, context_json = ?, updated_at = ? WHERE id = ?')
      .run(dockerfile, JSON.stringify(context), at, id);
    if (result.changes === 0) throw new ApiError('NOT_FOUND', `no draft with id "${id}"`);
    const { dockerfile: _d, context: _c, ...rest } = this.get(id);
    return rest;
  }

  rename(id: string, name: string): DraftSummary {
    const draft = this.get(id);
    if (draft.exerciseId) throw new ApiError('BAD_INPUT', 'an exercise draft keeps the exercise name');
    const clash = this.db
      .prepare<[string, string], { id: string }>('SELECT id FROM sandbox_draft WHERE exercise_id IS NULL AND name = ? AND id <> ?')
      .get(name, id);
    if (clash) throw new ApiError('CONFLICT', `a draft named "${name}" already exists`);
    this.db.prepare('UPDATE sandbox_draft SET name = ?, updated_at = ? WHERE id = ?').run(name, this.now().toISOString(), id);
    const { dockerfile: _d, context: _c, ...rest } = this.get(id);
    return rest;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM sandbox_draft WHERE id = ?').run(id).changes > 0;
  }
}
