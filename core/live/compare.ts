// Sets the simulator's predicted image config beside the one a real engine produced, field by field, so a
// learner (and our tests) can see where they agree. Pure.

/** The `.Config` fields a Dockerfile decides; the rest (Hostname, Attach*, Tty...) are container defaults. */
export const COMPARED_FIELDS = [
  'Entrypoint',
  'Cmd',
  'Env',
  'WorkingDir',
  'User',
  'ExposedPorts',
  'Volumes',
  'Labels',
  'Healthcheck',
  'StopSignal',
  'Shell',
  'OnBuild',
] as const;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldComparison {
  readonly field: ComparedField;
  readonly predicted: unknown;
  readonly actual: unknown;
  readonly same: boolean;
}

/** Absent, null, "", [] and {} all mean "not set" in inspect output, depending on the builder's version. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  if (typeof value === 'object') return Object.keys(value as object).length === 0 ? null : value;
  return value;
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function compareConfigs(predicted: Record<string, unknown>, actual: Record<string, unknown>): FieldComparison[] {
  return COMPARED_FIELDS.map((field) => {
    const p = normalise(predicted[field]);
    const a = normalise(actual[field]);
    return { field, predicted: p, actual: a, same: stable(p) === stable(a) };
  });
}
