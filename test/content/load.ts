// Reads the real course (content/ and quizzes/) for the content tests, keeping every parse problem as data
// (file + message) so a test can name them all at once.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { lessonFrontMatterSchema, type LessonFrontMatter } from '../../core/model/lesson';
import { questionFileSchema, type Question } from '../../core/model/question';
import { headingSlug } from '../../core/model/slug';
import type { DomainId } from '../../core/model/domains';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface LoadedLesson {
  readonly file: string;
  readonly meta: LessonFrontMatter;
  readonly body: string;
  readonly sections: ReadonlySet<string>;
}
export interface LoadedQuestion {
  readonly file: string;
  readonly question: Question;
}
export interface Problem {
  readonly file: string;
  readonly message: string;
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, ext) : e.name.endsWith(ext) ? [full] : [];
  });
}

function rel(file: string): string {
  return path.relative(ROOT, file);
}

function zodProblems(file: string, issues: readonly { path: PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((i) => ({ file, message: `${i.path.map(String).join('.') || '(root)'}: ${i.message}` }));
}

export function loadLessons(): { lessons: LoadedLesson[]; problems: Problem[] } {
  const lessons: LoadedLesson[] = [];
  const problems: Problem[] = [];
  for (const full of walk(path.join(ROOT, 'content/lessons'), '.md').sort()) {
    const file = rel(full);
    const text = readFileSync(full, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!m) {
      problems.push({ file, message: 'no front matter (--- ... --- at the top)' });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(m[1]!);
    } catch (e) {
      problems.push({ file, message: `front matter is not YAML: ${(e as Error).message}` });
      continue;
    }
    const parsed = lessonFrontMatterSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error.issues));
      continue;
    }
    const body = m[2]!;
    const sections = new Set<string>();
    let inFence = false;
    for (const line of body.split('\n')) {
      if (/^(```|~~~)/.test(line)) inFence = !inFence;
      const h = !inFence && /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(line);
      if (h) sections.add(headingSlug(h[1]!));
    }
    lessons.push({ file, meta: parsed.data, body, sections });
  }
  return { lessons, problems };
}

export function loadQuestions(): { questions: LoadedQuestion[]; problems: Problem[] } {
  const questions: LoadedQuestion[] = [];
  const problems: Problem[] = [];
  for (const full of walk(path.join(ROOT, 'quizzes'), '.yaml').sort()) {
    const file = rel(full);
    let data: unknown;
    try {
      data = parseYaml(readFileSync(full, 'utf8'));
    } catch (e) {
      problems.push({ file, message: `not YAML: ${(e as Error).message}` });
      continue;
    }
    const parsed = questionFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error.issues));
      continue;
    }
    for (const question of parsed.data) questions.push({ file, question });
  }
  return { questions, problems };
}

export interface Objective {
  readonly id: string;
  readonly domain: DomainId;
  readonly text: string;
  readonly conceptOnly?: boolean;
}

export function loadObjectives(): Objective[] {
  return parseYaml(readFileSync(path.join(ROOT, 'content/objectives.yaml'), 'utf8')) as Objective[];
}

export type Curriculum = Record<DomainId, { id: string; title: string; studyGuide: string[] }[]>;

export function loadCurriculum(): Curriculum {
  return parseYaml(readFileSync(path.join(ROOT, 'content/curriculum.yaml'), 'utf8')) as Curriculum;
}

/** Fenced code blocks with their info string, for the engine and CLI checks. */
export function codeBlocks(markdown: string): { info: string; code: string; line: number }[] {
  const blocks: { info: string; code: string; line: number }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```|~~~)\s*([^`]*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) body.push(lines[i]!.slice(open[1]!.length));
    blocks.push({ info: open[3]!.trim(), code: body.join('\n'), line: start + 1 });
  }
  return blocks;
}
