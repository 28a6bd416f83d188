// Handlers for live runs on the learner's Docker engine; progress and output go out as events. Node only.
import type { CallContext, Handlers } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { ServiceDeps } from './deps';
import { liveBuild, liveRun, liveStatus, type Reporter } from '../live/liveDocker';

type LiveHandlers = Pick<Handlers, 'live.status' | 'live.build' | 'live.run'>;

function reporter(task: string, ctx: CallContext): Reporter {
  return {
    line: (line, stream) => ctx.emit('log', { task, line, stream }),
    step: (done, total, label) => ctx.emit('progress', { task, done, total, label }),
  };
}

export function liveHandlers(_deps: ServiceDeps): LiveHandlers {
  // One live build at a time: a second click while the first runs would only fight over the same tag.
  let busy = false;
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    if (busy) throw new ApiError('CONFLICT', 'a live build or run is already in progress');
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  };
  return {
    'live.status': () => liveStatus(),
    'live.build': (input, ctx) => exclusive(() => liveBuild(input, reporter(input.task, ctx))),
    'live.run': (input, ctx) => exclusive(() => liveRun(input.imageId, input.args, input.entrypoint, reporter(input.task, ctx))),
  };
}
