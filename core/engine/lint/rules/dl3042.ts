// hadolint DL3042: pip install --no-cache-dir.
import { optionRule } from './package-rules';

export const dl3042 = optionRule({
  id: 'DL3042', severity: 'warning', description: 'Avoid use of cache directory with pip. Use pip install --no-cache-dir <package>',
  names: ['pip', 'pip3'], subs: ['install'], options: ['--no-cache-dir'], insert: '--no-cache-dir',
  skip: (inv) => inv.ins.flags.some((f) => f.name === 'mount' && /type=cache/.test(f.value ?? '')),
  message: "pip keeps downloaded wheels in ~/.cache/pip, which would be baked into this layer for nothing; add --no-cache-dir.",
});
