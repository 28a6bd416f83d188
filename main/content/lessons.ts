// Loads content/lessons/**/*.md: front matter validated by core/model/lesson.ts, sections from headings.
// A bad file never stops the others: it becomes a ContentProblem naming the file and the field. Node only.
import fs from 'node:fs';
import path from 'node:path';
import { lessonFrontMatterSchema, type Lesson } from '../../core/model/lesson';
import { DOMAIN_IDS, DOMAINS } from '../../core/model/domains';
import { splitFrontMatter } from './frontMatter';
import { lexLesson, sectionsOf } from './sections';

export interface ContentProblem {
  /** Path relative to the content folder, e.g. "lessons/images/cmd-vs-entrypoint.md". */
  readonly file: string;
  /** Front-matter field at fault, dotted ("objectives.0"), when there is one. */
  readonly field?: string;
  /** Full sentence including file and field, ready to show. */
  readonly message: string;
}

export interface LessonLoadResult {
  /** Valid lessons in course order: domain order, then `order`, then id. */
  readonly lessons: readonly Lesson[];
  readonly problems: readonly ContentProblem[];
}

export function loadLessons(contentDir: string): LessonLoadResult {
  const root = path.join(contentDir, 'lessons');
  const files = fs.existsSync(root) ? listMarkdown(root) : [];
  const lessons: Lesson[] = [];
  const problems: ContentProblem[] = [];
  const byId = new Map<string, string>();
  for (const absolute of files) {
    const file = path.relative(contentDir, absolute).split(path.sep).join('/');
    const result = parseLessonFile(file, fs.readFileSync(absolute, 'utf8'));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const lesson = result.lesson;
    const clash = byId.get(lesson.id);
    if (clash) {
      problems.push({ file, field: 'id', message: `${file}: id: "${lesson.id}" is already used by ${clash}` });
      continue;
    }
    byId.set(lesson.id, file);
    lessons.push(lesson);
  }
  lessons.sort(courseOrder);
  return { lessons, problems };
}

export function parseLessonFile(
  file: string,
  text: string,
): { ok: true; lesson: Lesson; problems: ContentProblem[] } | { ok: false; problems: ContentProblem[] } {
  const split = splitFrontMatter(text);
  if (!split.ok) return { ok: false, problems: [{ file, message: `${file}: ${split.message}` }] };
  const parsed = lessonFrontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.');
        // Unknown keys are reported by zod at the object level; name them so the writer can find them.
        const named = field || ('keys' in issue && Array.isArray(issue.keys) ? issue.keys.join(', ') : '');
        return { file, ...(named ? { field: named } : {}), message: `${file}: ${named || 'front matter'}: ${issue.message}` };
      }),
    };
  }
  const problems: ContentProblem[] = [];
  const folder = file.split('/').slice(-2, -1)[0];
  if (folder && (DOMAIN_IDS as readonly string[]).includes(folder) && folder !== parsed.data.domain) {
    problems.push({
      file,
      field: 'domain',
      message: `${file}: domain: "${parsed.data.domain}" does not match its folder "${folder}"`,
    });
  }
  const sections = sectionsOf(lexLesson(split.body));
  return { ok: true, lesson: { ...parsed.data, body: split.body, sections, file }, problems };
}

function courseOrder(a: Lesson, b: Lesson): number {
  const da = DOMAINS.findIndex((d) => d.id === a.domain);
  const db = DOMAINS.findIndex((d) => d.id === b.domain);
  return da - db || a.order - b.order || a.id.localeCompare(b.id);
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}
