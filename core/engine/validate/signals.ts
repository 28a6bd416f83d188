// STOPSIGNAL values Docker accepts on Linux (moby/sys/signal): a non-zero number, or a signal name with
// or without the SIG prefix, in any case.
const NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL',
  'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1',
  'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
]);
for (let i = 1; i <= 15; i++) NAMES.add(`RTMIN+${i}`);
for (let i = 1; i <= 14; i++) NAMES.add(`RTMAX-${i}`);

export function isValidSignal(raw: string): boolean {
  if (/^[+-]?\d+$/.test(raw)) return Number(raw) !== 0;
  const up = raw.toUpperCase();
  return NAMES.has(up.startsWith('SIG') ? up.slice(3) : up);
}
