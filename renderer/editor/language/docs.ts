// What the editor says about each instruction and flag (hovers, completion details), in our own words,
// with the lesson that teaches it. Pure data; runs anywhere.

export interface FlagDoc {
  readonly name: string;
  readonly summary: string;
  /** Example value shown in completion, e.g. "build" for --from. */
  readonly example?: string;
}

export interface InstructionDoc {
  readonly keyword: string;
  readonly summary: string;
  readonly syntax: string;
  readonly lessonId: string;
  readonly flags: readonly FlagDoc[];
}

const d = (keyword: string, lessonId: string, syntax: string, summary: string, flags: FlagDoc[] = []): InstructionDoc => ({
  keyword,
  lessonId,
  syntax,
  summary,
  flags,
});

export const INSTRUCTION_DOCS: readonly InstructionDoc[] = [
  d('FROM', 'from-and-arg', 'FROM [--platform=<p>] <image>[:<tag>|@<digest>] [AS <name>]',
    'Starts a new build stage on a base image (or an earlier stage, or `scratch`). Only ARGs declared before the first FROM can be used in it.',
    [{ name: 'platform', summary: 'Platform of the base image to pull, e.g. linux/arm64 (defaults to the build target platform).', example: 'linux/amd64' }]),
  d('RUN', 'run-and-shell', 'RUN <command>  |  RUN ["exe", "arg"]',
    'Runs a command in a new layer on top of the current image. The shell form runs through the SHELL (default /bin/sh -c); the JSON form runs the program directly, with no variable expansion by a shell.',
    [
      { name: 'mount', summary: 'Mounts something only for this step: a cache, a secret, an SSH agent, a bind from the context or another stage, or a tmpfs.', example: 'type=cache,target=/root/.cache' },
      { name: 'network', summary: 'Network for this step: default, none or host (host needs an entitlement).', example: 'none' },
      { name: 'security', summary: 'sandbox (default) or insecure, which needs the security.insecure entitlement.', example: 'sandbox' },
    ]),
  d('CMD', 'cmd-vs-entrypoint', 'CMD ["exe", "arg"]  |  CMD ["arg"]  |  CMD command',
    'The default command or default arguments of a container. Only the last CMD counts; arguments given to docker run replace it.'),
  d('ENTRYPOINT', 'cmd-vs-entrypoint', 'ENTRYPOINT ["exe", "arg"]  |  ENTRYPOINT command',
    'The program a container runs. In exec form, CMD and docker run arguments are appended to it; in shell form they are ignored and the shell becomes PID 1. Setting ENTRYPOINT clears a CMD inherited from the base image.'),
  d('COPY', 'copy-and-add', 'COPY [flags] <src>... <dest>',
    'Copies files from the build context (or, with --from, from another stage or image) into the image. A relative destination is under WORKDIR; several sources need a directory destination ending in /.',
    [
      { name: 'from', summary: 'Copy from an earlier stage (by name or index) or an image instead of the context.', example: 'build' },
      { name: 'chown', summary: 'Owner of the copied files, user[:group] by name or id (default root).', example: 'app:app' },
      { name: 'chmod', summary: 'Permissions of the copied files, e.g. 755.', example: '755' },
      { name: 'link', summary: 'Copies into an independent layer that does not depend on the layers below, so it can be reused when they change.' },
      { name: 'parents', summary: 'Keeps the parent directories of the sources under the destination.' },
      { name: 'exclude', summary: 'A pattern of files to leave out of this copy.', example: '*.md' },
    ]),
  d('ADD', 'copy-and-add', 'ADD [flags] <src>... <dest>',
    'Like COPY, but the source may also be a URL or a Git repository, and a local tar archive is extracted into the destination. Prefer COPY for plain files.',
    [
      { name: 'chown', summary: 'Owner of the added files.', example: 'app:app' },
      { name: 'chmod', summary: 'Permissions of the added files.', example: '644' },
      { name: 'link', summary: 'Adds into an independent layer.' },
      { name: 'checksum', summary: 'Expected digest of a remote source; the build fails if it differs.', example: 'sha256:…' },
      { name: 'keep-git-dir', summary: 'Keeps the .git directory when adding a Git repository.' },
      { name: 'exclude', summary: 'A pattern of files to leave out.', example: '*.md' },
      { name: 'unpack', summary: 'Whether to extract an archive (true or false).', example: 'false' },
    ]),
  d('ENV', 'env-arg-label', 'ENV <key>=<value> ...',
    'Sets environment variables for the rest of the stage and for containers run from the image. Prefer key=value over the legacy "ENV key value" form.'),
  d('ARG', 'env-arg-label', 'ARG <name>[=<default>]',
    'Declares a build argument (set with --build-arg). It is not stored in the image. Before the first FROM it is global and only FROM lines see it unless a stage re-declares it; inside a stage it lasts to the end of the stage.'),
  d('LABEL', 'env-arg-label', 'LABEL <key>=<value> ...', 'Adds metadata key/value pairs to the image (shown by docker image inspect).'),
  d('MAINTAINER', 'env-arg-label', 'MAINTAINER <name>', 'Deprecated: use LABEL org.opencontainers.image.authors="…" instead.'),
  d('WORKDIR', 'workdir-user-expose-volume', 'WORKDIR <path>',
    'Sets the working directory for later RUN, CMD, ENTRYPOINT, COPY and ADD, creating it if needed. A relative path is resolved against the previous WORKDIR.'),
  d('USER', 'workdir-user-expose-volume', 'USER <user>[:<group>]', 'Sets the user (and group) for later RUN steps and for the container process.'),
  d('EXPOSE', 'workdir-user-expose-volume', 'EXPOSE <port>[/<protocol>] ...',
    'Documents the ports the container listens on (tcp by default). It publishes nothing: use docker run -p or -P for that.'),
  d('VOLUME', 'workdir-user-expose-volume', 'VOLUME ["/path"]  |  VOLUME /path ...',
    'Marks paths as mount points: docker run creates an anonymous volume there unless you mount one.'),
  d('HEALTHCHECK', 'healthcheck-stopsignal-onbuild', 'HEALTHCHECK [options] CMD <command>  |  HEALTHCHECK NONE',
    'Tells Docker how to test that the container still works. Only the last HEALTHCHECK counts; NONE disables one inherited from the base image.',
    [
      { name: 'interval', summary: 'Time between probes (default 30s).', example: '30s' },
      { name: 'timeout', summary: 'How long a probe may take before it counts as failed (default 30s).', example: '5s' },
      { name: 'start-period', summary: 'Start-up grace time during which failures do not count (default 0s).', example: '10s' },
      { name: 'start-interval', summary: 'Time between probes during the start period (default 5s; needs Engine 25+).', example: '5s' },
      { name: 'retries', summary: 'Consecutive failures before the container is unhealthy (default 3).', example: '3' },
    ]),
  d('SHELL', 'run-and-shell', 'SHELL ["exe", "arg"]', 'Changes the shell used by later shell-form RUN, CMD and ENTRYPOINT. It must be written in JSON form.'),
  d('STOPSIGNAL', 'healthcheck-stopsignal-onbuild', 'STOPSIGNAL <signal>', 'The signal docker stop sends to the container (SIGTERM by default).'),
  d('ONBUILD', 'healthcheck-stopsignal-onbuild', 'ONBUILD <INSTRUCTION>',
    'Stores an instruction as a trigger that runs right after FROM in a later build based on this image. It cannot wrap FROM, MAINTAINER or ONBUILD.'),
];

const BY_KEYWORD = new Map(INSTRUCTION_DOCS.map((doc) => [doc.keyword, doc]));

export function instructionDoc(keyword: string): InstructionDoc | undefined {
  return BY_KEYWORD.get(keyword.toUpperCase());
}

export function flagDoc(keyword: string, flag: string): FlagDoc | undefined {
  return instructionDoc(keyword)?.flags.find((f) => f.name === flag);
}
