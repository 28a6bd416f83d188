// Exercise files (content/exercises/<id>.yaml): the prompt, starter and reference solution, hints, the
// lesson practised and declarative checks on the simulated build. Pure; runs anywhere.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "cmd-vs-entrypoint"');
const message = z.string().min(5);

/** One file of the virtual build context. `size` lets a file stand for bigger content than its text. */
export const contextFileSchema = z
  .object({
    path: z
      .string()
      .min(1)
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'must be relative and stay inside the context'),
    content: z.string().default(''),
    size: z.number().int().min(0).optional(),
  })
  .strict();
export type ContextFile = z.input<typeof contextFileSchema>;

export const workspaceSchema = z
  .object({
    dockerfile: z.string(),
    context: z.array(contextFileSchema).default([]),
  })
  .strict();
export type Workspace = z.output<typeof workspaceSchema>;

const messages = { pass: message, fail: message };

/** Image config fields a check may read, named as `docker image inspect` prints them under .Config. */
export const CONFIG_FIELDS = [
  'Cmd', 'Entrypoint', 'Env', 'User', 'WorkingDir', 'ExposedPorts', 'Volumes', 'Labels', 'Healthcheck',
  'StopSignal', 'Shell', 'OnBuild',
] as const;

const jsonValue: z.ZodType<unknown> = z.unknown();

export const checkSchema = z.discriminatedUnion('kind', [
  /** The Dockerfile builds: no syntax or pre-build error. */
  z.object({ kind: z.literal('builds'), ...messages }).strict(),
  /** A config field: equal to a JSON value, containing an element/key, or absent (null or missing). */
  z
    .object({
      kind: z.literal('config'),
      field: z.enum(CONFIG_FIELDS),
      /** Read one key of an object field, e.g. Healthcheck's Interval. */
      key: z.string().min(1).optional(),
      equals: jsonValue.optional(),
      has: z.string().optional(),
      absent: z.literal(true).optional(),
      ...messages,
    })
    .strict()
    .refine((c) => [c.equals !== undefined, c.has !== undefined, c.absent !== undefined].filter(Boolean).length === 1, {
      message: 'a config check needs exactly one of equals, has or absent',
    }),
  /** An environment variable of the final image, with an optional exact value. */
  z.object({ kind: z.literal('env'), name: z.string().min(1), value: z.string().optional(), absent: z.literal(true).optional(), ...messages }).strict(),
  /** A path in the final image's filesystem is there (optionally a file or directory, with some text) or not. */
  z
    .object({
      kind: z.literal('file'),
      path: z.string().startsWith('/'),
      present: z.boolean(),
      type: z.enum(['file', 'dir']).optional(),
      contains: z.string().optional(),
      ...messages,
    })
    .strict(),
  /** Number of filesystem layers this Dockerfile adds (metadata-only steps do not count). */
  z.object({ kind: z.literal('layers'), min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), ...messages }).strict(),
  /** Bytes the image ships but cannot use: files a later layer deletes or overwrites. */
  z.object({ kind: z.literal('wasted'), max: z.number().int().min(0), ...messages }).strict(),
  /** None of these lint rules fire. */
  z.object({ kind: z.literal('noLint'), ids: z.array(z.string().min(1)).min(1), ...messages }).strict(),
  /** Number of stages in the Dockerfile. */
  z.object({ kind: z.literal('stages'), min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional(), ...messages }).strict(),
  /** The final stage's base image (followed through FROM <stage>) is none of these repositories. */
  z.object({ kind: z.literal('finalBase'), notFrom: z.array(z.string().min(1)).min(1), ...messages }).strict(),
  /** The argv `docker run [--entrypoint E] IMAGE ARGS...` would start. */
  z
    .object({
      kind: z.literal('run'),
      args: z.array(z.string()).default([]),
      entrypoint: z.string().optional(),
      argv: z.array(z.string()).min(1),
      ...messages,
    })
    .strict(),
  /** A parser directive at the top of the file has this value. */
  z.object({ kind: z.literal('directive'), name: z.enum(['syntax', 'escape', 'check']), value: z.string(), ...messages }).strict(),
  /** After changing these context files, the steps whose text matches `cached` are still cache hits. */
  z
    .object({
      kind: z.literal('cache'),
      change: z.array(contextFileSchema).min(1),
      cached: z.string().min(1),
      ...messages,
    })
    .strict(),
  /** Whether these context paths are sent to the builder (after .dockerignore). */
  z.object({ kind: z.literal('context'), paths: z.array(z.string().min(1)).min(1), sent: z.boolean(), ...messages }).strict(),
]);
export type Check = z.output<typeof checkSchema>;
export type CheckKind = Check['kind'];

export const exerciseSchema = z
  .object({
    id: slug,
    title: z.string().min(3),
    /** Lesson id from content/curriculum.yaml. */
    lesson: slug,
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Markdown. */
    prompt: z.string().min(20),
    starter: workspaceSchema,
    /** The reference solution; its context defaults to the starter's. */
    solution: z.object({ dockerfile: z.string().min(1), context: z.array(contextFileSchema).optional() }).strict(),
    hints: z.array(z.string().min(5)).min(1),
    buildArgs: z.record(z.string(), z.string()).default({}),
    target: z.string().optional(),
    checks: z.array(checkSchema).min(1),
  })
  .strict();
export type Exercise = z.output<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;

/** The solution as a full workspace (context inherited from the starter when omitted). */
export function solutionWorkspace(ex: Exercise): Workspace {
  return { dockerfile: ex.solution.dockerfile, context: ex.solution.context ?? ex.starter.context };
}

/** Human-readable list of schema problems, each naming the field path. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}
