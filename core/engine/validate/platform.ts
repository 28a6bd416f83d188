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

/** Error message for an invalid platform, or null. */
export function checkPlatform(spec: string): string | null {
  const parts = spec.split('/');
  if (parts.length > 3 || parts.some((p) => !PART.test(p))) return `failed to parse platform ${spec}: cannot parse platform specifier`;
  if (parts.length === 1) {
    const p = parts[0]!.toLowerCase();
    if (!KNOWN_OS.has(p) && !KNOWN_ARCH.has(p)) return `failed to parse platform ${spec}: unknown operating system or architecture`;
  }
  return null;
}
