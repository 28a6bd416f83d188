// A tiny logger interface so the transports can report internal errors without a logging library. Node only.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, cause?: unknown): void;
}

/** Logs to stderr with a level prefix; stdout stays free for the URL line web mode prints. */
export const consoleLogger: Logger = {
  info: (m) => process.stderr.write(`[drydock] ${m}\n`),
  warn: (m) => process.stderr.write(`[drydock] warning: ${m}\n`),
  error: (m, cause) => {
    const detail = cause instanceof Error ? (cause.stack ?? cause.message) : cause === undefined ? '' : String(cause);
    process.stderr.write(`[drydock] error: ${m}${detail ? `\n${detail}` : ''}\n`);
  },
};

/** Collects lines in memory: for tests that check what was logged. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m, cause) => lines.push(`error: ${m}${cause instanceof Error ? `: ${cause.message}` : ''}`),
  };
}
