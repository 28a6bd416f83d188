// Helpers to declare API methods once: a zod schema for the input and a phantom type for the result.
// Pure; runs anywhere (renderer, main, tests).
import type { z } from 'zod';

/** A declared method: the runtime input schema plus the result type carried only in the type system. */
export interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Phantom field: never read at run time; it carries the result type. */
  readonly result?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

export type AnySpec = MethodSpec<z.ZodType, unknown>;
export type SpecMap = Record<string, AnySpec>;

export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<S> = S extends MethodSpec<z.ZodType, infer R> ? R : never;
