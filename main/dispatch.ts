// The single server-side entry both transports (Electron IPC and the web server) call: it checks that the
// method exists, validates the input with the method's zod schema, runs the handler and turns every outcome
// into an Envelope. Keeping this in one place means the two transports cannot drift apart. Node only.
import type { z } from 'zod';
import { API, type CallContext, type Handlers, type Method } from '../core/api/contract';
import { ApiError, type ApiErrorCode, type Envelope } from '../core/api/errors';
import type { Logger } from './log';

export type Dispatch = (method: string, rawInput: unknown, ctx: CallContext) => Promise<Envelope<unknown>>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(API, name);
}

/** "lessons.get: id: Invalid input: expected string, received undefined" — names the method and field path. */
export function describeInputError(method: string, error: z.ZodError): string {
  const parts = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
    return `${where}: ${issue.message}`;
  });
  return `${method}: ${parts.join('; ')}`;
}

export function createDispatch(handlers: Handlers, log: Logger): Dispatch {
  return async (method, rawInput, ctx) => {
    if (!isMethod(method)) return failure('NOT_FOUND', `unknown API method "${method}"`);
    const schema = API[method].input as z.ZodType;
    const parsed = schema.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return failure('BAD_INPUT', describeInputError(method, parsed.error));
    // The handler map is indexed by a union of method names; each handler receives its own parsed input,
    // which the schema lookup above guarantees, so widening the function type here is sound.
    const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
    try {
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof ApiError) return failure(err.code, err.message);
      log.error(`${method} failed unexpectedly`, err);
      return failure('INTERNAL', `${method} failed unexpectedly; see the application log`);
    }
  };
}

function failure(code: ApiErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** HTTP status for an error code (web mode); IPC carries the envelope as is. */
export function httpStatusOf(code: ApiErrorCode): number {
  switch (code) {
    case 'BAD_INPUT':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'UNAVAILABLE':
      return 503;
    case 'INTERNAL':
      return 500;
  }
}
