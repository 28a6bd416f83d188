// Lesson reader handlers (placeholder until the foundation lands). Node only.
import type { Handlers } from '../../core/api/contract';
import type { ServiceDeps } from './deps';
import { ApiError } from '../../core/api/errors';

type LessonHandlers = Pick<Handlers, 'lessons.list' | 'lessons.get' | 'lessons.setRead' | 'lessons.search'>;

export function lessonHandlers(_deps: ServiceDeps): LessonHandlers {
  const notYet = () => {
    throw new ApiError('UNAVAILABLE', 'lessons are not wired yet');
  };
  return { 'lessons.list': notYet, 'lessons.get': notYet, 'lessons.setRead': notYet, 'lessons.search': notYet };
}
