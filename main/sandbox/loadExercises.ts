// Loads content/exercises/*.yaml: each file validated by the exercise schema, its id matching the file
// name and its lesson present in content/curriculum.yaml. A bad file is reported (file + field) and the
// others still load. Node only.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeIssues, exerciseSchema, type Exercise } from '../../core/exercises/schema';
import type { ExerciseLoadProblem } from '../../core/api/sandbox';

export interface LoadedExercises {
  readonly exercises: Exercise[];
  readonly problems: ExerciseLoadProblem[];
}

/** Every lesson id planned in curriculum.yaml (domain -> list of {id}), in course order. */
export function curriculumLessonIds(contentDir: string): Set<string> {
  const file = join(contentDir, 'curriculum.yaml');
  const ids = new Set<string>();
  if (!existsSync(file)) return ids;
  const plan: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (plan && typeof plan === 'object') {
    for (const lessons of Object.values(plan as Record<string, unknown>)) {
      if (!Array.isArray(lessons)) continue;
      for (const l of lessons) if (l && typeof l === 'object' && typeof (l as { id?: unknown }).id === 'string') ids.add((l as { id: string }).id);
    }
  }
  return ids;
}

export function loadExercises(contentDir: string): LoadedExercises {
  const dir = join(contentDir, 'exercises');
  const exercises: Exercise[] = [];
  const problems: ExerciseLoadProblem[] = [];
  if (!existsSync(dir)) return { exercises, problems };
  const lessons = curriculumLessonIds(contentDir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  for (const name of files) {
    const file = `exercises/${name}`;
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push({ file, problems: [`not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`] });
      continue;
    }
    const parsed = exerciseSchema.safeParse(data);
    if (!parsed.success) {
      problems.push({ file, problems: describeIssues(parsed.error) });
      continue;
    }
    const ex = parsed.data;
    const issues: string[] = [];
    if (`${ex.id}.yaml` !== name && `${ex.id}.yml` !== name) issues.push(`id: "${ex.id}" does not match the file name`);
    if (lessons.size > 0 && !lessons.has(ex.lesson)) issues.push(`lesson: "${ex.lesson}" is not in content/curriculum.yaml`);
    if (exercises.some((e) => e.id === ex.id)) issues.push(`id: "${ex.id}" is used by another exercise`);
    if (issues.length) {
      problems.push({ file, problems: issues });
      continue;
    }
    exercises.push(ex);
  }
  // Course order: by the lesson's place in the curriculum, then easiest first.
  const order = [...lessons];
  const rank = (id: string) => (order.indexOf(id) < 0 ? order.length : order.indexOf(id));
  exercises.sort((a, b) => rank(a.lesson) - rank(b.lesson) || a.difficulty - b.difficulty || a.id.localeCompare(b.id));
  return { exercises, problems };
}
