// Composes every feature's handlers into the one Handlers object both transports serve. Node only.
// Each feature keeps its handlers in its own module (main/services/<feature>.ts) and adds one line here.
import type { Handlers } from '../../core/api/contract';
import type { ServiceDeps } from './deps';
import { lessonHandlers } from './lessons';
import { quizHandlers } from './quiz';
import { appHandlers } from './app';
import { sandboxHandlers } from './sandbox';
import { liveHandlers } from './live';

export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...lessonHandlers(deps),
    ...quizHandlers(deps),
    ...appHandlers(deps),
    ...sandboxHandlers(deps),
    ...liveHandlers(deps),
  } satisfies Handlers;
}
