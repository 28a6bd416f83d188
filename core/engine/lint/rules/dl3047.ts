// hadolint DL3047: wget without --progress floods the build log.
import { optionRule } from './package-rules';

export const dl3047 = optionRule({
  id: 'DL3047', severity: 'info', description: 'Avoid use of wget without progress bar',
  names: ['wget'], options: ['--progress', '-q', '--quiet', '-nv', '--no-verbose', '-o', '--output-file', '-a', '--append-output'], insert: '--progress=dot:giga',
  message: 'When its output is not a terminal, as in a build, wget prints a line of progress dots for every 50 KB downloaded, which bloats build logs; add --progress=dot:giga (or -q).',
});
