// Grades a simulated build against an exercise's checks: one result per check, with its own message.
// Pure; runs anywhere (the worker previews a grade, main records the authoritative one).
import type { Check } from './schema';
import type { GradingView } from './view';

export interface CheckResult {
  readonly index: number;
  readonly kind: Check['kind'];
  readonly passed: boolean;
  /** The check's pass or fail message. */
  readonly message: string;
  /** What was actually found, to help the learner see the gap. */
  readonly detail?: string;
}

export interface GradeReport {
  readonly passed: boolean;
  /** Fraction of checks passed, 0..1. */
  readonly score: number;
  readonly results: readonly CheckResult[];
}

interface Outcome {
  readonly passed: boolean;
  readonly detail?: string;
}

const show = (v: unknown): string => (v === undefined ? 'missing' : JSON.stringify(v));

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Sorts object keys so {"a":1,"b":2} equals {"b":2,"a":1}. */
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .map((k) => [k, normalise((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

function envOf(view: GradingView): Map<string, string> {
  const env = new Map<string, string>();
  const list = view.config['Env'];
  if (Array.isArray(list)) {
    for (const entry of list) {
      if (typeof entry !== 'string') continue;
      const eq = entry.indexOf('=');
      if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
  }
  return env;
}

/** Repository part of an image reference: "docker.io/library/golang:1.22-alpine" -> "golang". */
export function repositoryOf(ref: string): string {
  const noDigest = ref.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const noTag = colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
  return noTag.replace(/^(docker\.io\/)?(library\/)?/, '').toLowerCase();
}

/** The image the final stage is built on, following FROM <earlier stage> links. */
export function finalBaseImage(view: GradingView): string | null {
  let index = view.finalStage;
  for (let hops = 0; hops <= view.stages.length; hops++) {
    const stage = view.stages[index];
    if (!stage) return null;
    const parent = view.stages.findIndex((s, i) => i < index && s.name !== null && s.name.toLowerCase() === stage.from.toLowerCase());
    if (parent < 0) return stage.from;
    index = parent;
  }
  return null;
}

function within(n: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || n >= min) && (max === undefined || n <= max);
}

function evaluate(check: Check, view: GradingView): Outcome {
  switch (check.kind) {
    case 'builds':
      return { passed: view.errors.length === 0, detail: view.errors.slice(0, 3).join('; ') || undefined };
    case 'config': {
      const whole = view.config[check.field];
      const value =
        check.key === undefined ? whole : whole && typeof whole === 'object' ? (whole as Record<string, unknown>)[check.key] : undefined;
      const label = check.key === undefined ? check.field : `${check.field}.${check.key}`;
      if (check.absent) return { passed: value === undefined || value === null || (Array.isArray(value) && value.length === 0), detail: `${label} is ${show(value)}` };
      if (check.has !== undefined) {
        const has = Array.isArray(value)
          ? value.includes(check.has)
          : value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, check.has);
        return { passed: has, detail: `${label} is ${show(value)}` };
      }
      return { passed: deepEqual(value ?? null, check.equals ?? null), detail: `${label} is ${show(value)}` };
    }
    case 'env': {
      const env = envOf(view);
      const value = env.get(check.name);
      if (check.absent) return { passed: value === undefined, detail: value === undefined ? undefined : `${check.name}=${value}` };
      if (value === undefined) return { passed: false, detail: `${check.name} is not set in the image` };
      return { passed: check.value === undefined || value === check.value, detail: `${check.name}=${value}` };
    }
    case 'file': {
      const file = view.files.get(check.path.replace(/\/+$/, '') || '/');
      if (!check.present) return { passed: !file, detail: file ? `${check.path} is in the image` : undefined };
      if (!file) return { passed: false, detail: `${check.path} is not in the image` };
      if (check.type && file.type !== check.type) return { passed: false, detail: `${check.path} is a ${file.type}` };
      if (check.contains !== undefined && !(file.content ?? '').includes(check.contains))
        return { passed: false, detail: `${check.path} does not contain ${JSON.stringify(check.contains)}` };
      return { passed: true };
    }
    case 'layers':
      return { passed: within(view.layerCount, check.min, check.max), detail: `${view.layerCount} filesystem layer(s)` };
    case 'wasted':
      return { passed: view.wastedBytes <= check.max, detail: `${view.wastedBytes} byte(s) wasted` };
    case 'noLint': {
      const fired = check.ids.filter((id) => view.lintIds.includes(id));
      return { passed: fired.length === 0, detail: fired.length ? `still reported: ${fired.join(', ')}` : undefined };
    }
    case 'stages':
      return { passed: within(view.stages.length, check.min, check.max), detail: `${view.stages.length} stage(s)` };
    case 'finalBase': {
      const base = finalBaseImage(view);
      const repo = base === null ? null : repositoryOf(base);
      const banned = check.notFrom.map((r) => r.toLowerCase());
      return { passed: repo !== null && !banned.includes(repo), detail: `the final stage is built on ${base ?? 'nothing'}` };
    }
    case 'run': {
      const result = view.run(check.args, check.entrypoint);
      if ('error' in result) return { passed: false, detail: result.error };
      return { passed: deepEqual(result.argv, check.argv), detail: `starts ${JSON.stringify(result.argv)}` };
    }
    case 'directive': {
      const value = view.directives[check.name];
      return { passed: value === check.value, detail: value === undefined ? `no ${check.name} directive` : `${check.name}=${value}` };
    }
    case 'cache': {
      const pattern = new RegExp(check.cached, 'i');
      const steps = view.cacheAfter(check.change).filter((s) => pattern.test(s.text));
      if (steps.length === 0) return { passed: false, detail: `no step matches /${check.cached}/` };
      const missed = steps.find((s) => !s.hit);
      return { passed: !missed, detail: missed ? `${missed.text} rebuilds: ${missed.reason}` : undefined };
    }
    case 'context': {
      const wrong = check.paths.filter((p) => view.contextSent.has(p) !== check.sent);
      return { passed: wrong.length === 0, detail: wrong.length ? `${wrong.join(', ')} ${check.sent ? 'not sent' : 'still sent'}` : undefined };
    }
  }
}

/** Runs every check. A check that throws (a simulator bug) counts as failed, with the error as detail. */
export function grade(checks: readonly Check[], view: GradingView): GradeReport {
  const results = checks.map((check, index): CheckResult => {
    let outcome: Outcome;
    try {
      outcome = evaluate(check, view);
    } catch (e) {
      outcome = { passed: false, detail: `could not evaluate: ${e instanceof Error ? e.message : String(e)}` };
    }
    return {
      index,
      kind: check.kind,
      passed: outcome.passed,
      message: outcome.passed ? check.pass : check.fail,
      ...(outcome.detail ? { detail: outcome.detail } : {}),
    };
  });
  const passedCount = results.filter((r) => r.passed).length;
  return { passed: passedCount === results.length, score: results.length ? passedCount / results.length : 0, results };
}
