// The lesson catalog: loaded once per content folder and shared by the handlers that need it (lessons,
// app.status, and later features that link to lessons). Node only.
import type { Lesson } from '../../core/model/lesson';
import { loadLessons, type ContentProblem } from './lessons';
import { createLessonSearch, type LessonSearch } from './search';

export interface LessonCatalog {
  readonly lessons: readonly Lesson[];
  readonly byId: ReadonlyMap<string, Lesson>;
  readonly problems: readonly ContentProblem[];
  readonly search: LessonSearch;
}

const catalogs = new Map<string, LessonCatalog>();

export function buildLessonCatalog(contentDir: string): LessonCatalog {
  const { lessons, problems } = loadLessons(contentDir);
  return { lessons, byId: new Map(lessons.map((l) => [l.id, l])), problems, search: createLessonSearch(lessons) };
}

/** Memoised per folder: content does not change while the app runs. */
export function lessonCatalogFor(contentDir: string): LessonCatalog {
  let catalog = catalogs.get(contentDir);
  if (!catalog) {
    catalog = buildLessonCatalog(contentDir);
    catalogs.set(contentDir, catalog);
  }
  return catalog;
}
