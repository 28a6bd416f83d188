// hadolint DL3019: apk add --no-cache.
import { optionRule } from './package-rules';

export const dl3019 = optionRule({
  id: 'DL3019', severity: 'info', description: 'Use the --no-cache switch to avoid the need to use --update and remove /var/cache/apk/*',
  names: ['apk'], subs: ['add'], options: ['--no-cache'], insert: '--no-cache',
  message: 'Use apk add --no-cache: it fetches a fresh index and keeps no package cache in the layer, so you need neither apk update nor rm -rf /var/cache/apk/*.',
});
