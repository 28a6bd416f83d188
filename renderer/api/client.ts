// The typed API client: a Proxy that turns api['lessons.get']({ id }) into transport.invoke('lessons.get',
// { id }) and unwraps the envelope (throwing ApiError with its code on failure). No per-method stubs: the
// types come from core/api/contract.ts. DOM only (pure, in fact).
import type { ApiClient } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { Transport } from './transport';

export function createApiClient(transport: Transport): ApiClient {
  const cache = new Map<string, (input: unknown) => Promise<unknown>>();
  return new Proxy({} as ApiClient, {
    get(_target, name) {
      // Not a method: keeps `await client` and devtools inspection from turning into API calls.
      if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
      let fn = cache.get(name);
      if (!fn) {
        fn = async (input: unknown) => {
          const envelope = await transport.invoke(name, input ?? {});
          if (envelope.ok) return envelope.value;
          throw new ApiError(envelope.error.code, envelope.error.message);
        };
        cache.set(name, fn);
      }
      return fn;
    },
  });
}
