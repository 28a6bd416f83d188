// Platform strings for FROM --platform, parsed the way containerd's platforms.Parse does:
// os[/arch[/variant]], each part [A-Za-z0-9_-]+; a single part must be a known OS or architecture.
const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'macos', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos', 'wasip1',
]);
const KNOWN_ARCH = new Set([
  '386', 'i386', 'x86_64', 'x86-64', 'amd64', 'amd64p32', 'arm', 'armhf', 'armel', 'armbe', 'arm64', 'aarch64',
  'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64',
  'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);
const PART = /^[A-Za-z0-9_-]+$/;

// containerd's own patterns, quoted in its errors (github.com/containerd/platforms, platforms.go).
const OS_RE = '^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?$';
const SPECIFIER_RE = '^[A-Za-z0-9_.-]+$';

/** containerd's wording for a specifier it rejects (BuildKit prefixes "failed to parse platform <value>: "). */
function parseError(spec: string): string {
  const q = (s: string) => JSON.stringify(s);
  if (spec.includes('*')) return `${q(spec)}: wildcards not yet supported: invalid argument`;
  // platforms.Parse splits into at most 4 parts and checks each before counting them.
  const all = spec.split('/');
  const parts = all.length > 4 ? [...all.slice(0, 3), all.slice(3).join('/')] : all;
  for (const [i, part] of parts.entries()) {
    if (i === 0 && !new RegExp(OS_RE).test(part)) {
      return `${q(part)} is an invalid OS component of ${q(spec)}: OSAndVersion specifier component must match ${q(OS_RE)}: invalid argument`;
    }
    if (i > 0 && !new RegExp(SPECIFIER_RE).test(part)) {
      return `${q(part)} is an invalid component of ${q(spec)}: platform specifier component must match ${q(SPECIFIER_RE)}: invalid argument`;
    }
  }
  return `${q(spec)}: cannot parse platform specifier: invalid argument`;
}

/** Error message for an invalid platform, or null. */
export function checkPlatform(spec: string): string | null {
  const parts = spec.split('/');
  if (parts.length > 3 || parts.some((p) => !PART.test(p))) return `failed to parse platform ${spec}: ${parseError(spec)}`;
  if (parts.length === 1) {
    const p = parts[0]!.toLowerCase();
    if (!KNOWN_OS.has(p) && !KNOWN_ARCH.has(p)) {
      return `failed to parse platform ${spec}: ${JSON.stringify(spec)}: unknown operating system or architecture: invalid argument`;
    }
  }
  return null;
}
