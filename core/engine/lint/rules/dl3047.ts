// hadolint DL3047: wget without --progress floods the build log.
import { optionRule } from './package-rules';

export const dl3047 = optionRule({
  id: 'DL3047', severity: 'info', description: 'Avoid use of wget without progress bar',
  names: ['wget'], options: ['--progress', '-q', '--quiet', '-nv', '--no-verbose', '-o', '--output-file', '-a', '--append-output'], insert: '--progress=dot:giga',
  message: 'wget prints a progress line for every few kilobytes, which bloats build logs; add --progress=dot:giga (or -q).',
});
