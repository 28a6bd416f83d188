// Image references as Docker's distribution/reference parses them: [registry[:port]/]path[:tag][@digest].
// Returns an error message or null. References containing `$` are expanded at build time: not checked here.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_PART = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

function isDomain(s: string): boolean {
  if (s.startsWith('[')) return /^\[[0-9a-fA-F:.]+\](?::\d+)?$/.test(s);
  const colon = s.lastIndexOf(':');
  const host = colon < 0 ? s : s.slice(0, colon);
  if (colon >= 0 && !/^\d+$/.test(s.slice(colon + 1))) return false;
  return host.split('.').every((p) => DOMAIN_PART.test(p));
}

/**
 * The repository part ParseNormalizedNamed names in its lowercase error: the reference without tag, with
 * Docker Hub's implicit "library/" added the way splitDockerDomain does it.
 */
function normalizedRemote(ref: string): string {
  const slash = ref.indexOf('/');
  let remainder: string;
  let hub = true;
  if (slash < 0) remainder = ref;
  else {
    const first = ref.slice(0, slash);
    const rest = ref.slice(slash + 1);
    if (first === 'localhost' || /[.:]/.test(first) || first !== first.toLowerCase()) {
      remainder = rest;
      hub = first === 'index.docker.io' || first === 'docker.io';
    } else remainder = ref;
  }
  if (hub && !remainder.includes('/')) remainder = `library/${remainder}`;
  const colon = remainder.indexOf(':');
  return colon < 0 ? remainder : remainder.slice(0, colon);
}

export function checkImageReference(ref: string): string | null {
  if (ref.length === 0 || ref.length > 4096) return 'invalid reference format';
  let rest = ref;
  const at = rest.indexOf('@');
  if (at >= 0) {
    if (!DIGEST.test(rest.slice(at + 1))) return 'invalid reference format';
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    if (!TAG.test(rest.slice(colon + 1))) return 'invalid reference format';
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const first = parts[0]!;
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  if (hasDomain) {
    if (!isDomain(first)) return 'invalid reference format';
    parts.shift();
  }
  if (parts.length === 0) return 'invalid reference format';
  for (const p of parts) {
    if (!COMPONENT.test(p)) {
      return COMPONENT.test(p.toLowerCase())
        ? `invalid reference format: repository name (${normalizedRemote(ref)}) must be lowercase`
        : 'invalid reference format';
    }
  }
  return null;
}
