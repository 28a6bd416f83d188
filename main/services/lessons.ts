// Lesson reader handlers: the course outline, one lesson, the per-lesson "read" mark, and search. Node only.
import type { Handlers } from '../../core/api/contract';
import type { ServiceDeps } from './deps';
import { ApiError } from '../../core/api/errors';
import { lessonCatalogFor } from '../content/catalog';

type LessonHandlers = Pick<Handlers, 'lessons.list' | 'lessons.get' | 'lessons.setRead' | 'lessons.search'>;

export function lessonHandlers(deps: ServiceDeps): LessonHandlers {
  const catalog = () => lessonCatalogFor(deps.contentDir);
  const readIds = (): string[] =>
    (deps.db.prepare('SELECT lesson_id FROM lesson_read ORDER BY lesson_id').all() as Array<{ lesson_id: string }>).map(
      (r) => r.lesson_id,
    );
  const lessonOr404 = (id: string) => {
    const lesson = catalog().byId.get(id);
    if (!lesson) throw new ApiError('NOT_FOUND', `no lesson with id "${id}"`);
    return lesson;
  };

  return {
    'lessons.list': () => ({
      lessons: catalog().lessons.map(({ body: _body, ...summary }) => summary),
      read: readIds(),
    }),
    'lessons.get': ({ id }) => {
      const lesson = lessonOr404(id);
      const read = deps.db.prepare('SELECT 1 FROM lesson_read WHERE lesson_id = ?').get(id) !== undefined;
      return { lesson, read };
    },
    'lessons.setRead': ({ id, read }) => {
      lessonOr404(id);
      if (read) {
        deps.db
          .prepare('INSERT INTO lesson_read (lesson_id, read_at) VALUES (?, ?) ON CONFLICT(lesson_id) DO NOTHING')
          .run(id, deps.now().toISOString());
      } else {
        deps.db.prepare('DELETE FROM lesson_read WHERE lesson_id = ?').run(id);
      }
      return { read: readIds() };
    },
    'lessons.search': ({ query }) => catalog().search.search(query),
  };
}
