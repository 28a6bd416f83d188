// Every shipped exercise: valid schema, lesson in the curriculum, reference solution passes every check
// and the starter fails at least one, graded by the real engine and simulator.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadExercises } from '../../main/sandbox/loadExercises';
import { gradeWorkspace } from '../../core/exercises/engine';
import { solutionWorkspace } from '../../core/exercises/schema';
import { analyze } from '../../core/engine/index';

const contentDir = join(__dirname, '../../content');
const { exercises, problems } = loadExercises(contentDir);

describe('shipped exercises', () => {
  it('all load without problems, and there are at least 12', () => {
    expect(problems).toEqual([]);
    expect(exercises.length).toBeGreaterThanOrEqual(12);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the reference solution passes every check', (_id, ex) => {
    const report = gradeWorkspace(ex.checks, solutionWorkspace(ex), { buildArgs: ex.buildArgs, ...(ex.target ? { target: ex.target } : {}) });
    const failed = report.results.filter((r) => !r.passed).map((r) => `${r.kind}: ${r.message} (${r.detail ?? ''})`);
    expect(failed).toEqual([]);
  });

  // A reference solution is what the learner copies: it models good practice (pinned tags included).
  it.each(exercises.map((e) => [e.id, e] as const))('%s: the reference solution has no lint warning or error', (_id, ex) => {
    const findings = analyze(solutionWorkspace(ex).dockerfile).diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
    expect(findings.map((d) => `${d.code} line ${d.range.start.line}: ${d.message}`)).toEqual([]);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the starter fails at least one check', (_id, ex) => {
    const report = gradeWorkspace(ex.checks, ex.starter, { buildArgs: ex.buildArgs, ...(ex.target ? { target: ex.target } : {}) });
    expect(report.passed).toBe(false);
  });
});
