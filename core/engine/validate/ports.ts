// EXPOSE values as Docker parses them (go-connections nat.ParsePortSpec): [ip:][hostPort:]port[-end][/proto].
// Returns an error message or null.
function parseRange(s: string): [number, number] | null {
  if (s === '') return null;
  const dash = s.indexOf('-');
  const parts = dash < 0 ? [s, s] : [s.slice(0, dash), s.slice(dash + 1)];
  const nums = parts.map((p) => (/^\d+$/.test(p) && Number(p) <= 65535 ? Number(p) : NaN));
  if (nums.some((n) => Number.isNaN(n))) return null;
  const [a, b] = nums as [number, number];
  if (b < a) return null;
  return [a, b];
}

export interface PortSpec {
  readonly ip: string;
  readonly hostPort: string;
  readonly containerPort: string;
  readonly proto: string;
}

export function splitPortSpec(raw: string): PortSpec {
  const parts = raw.split(':');
  const n = parts.length;
  const last = parts[n - 1]!;
  const ip = n <= 2 ? '' : parts.slice(0, n - 2).join(':');
  const hostPort = n >= 2 ? parts[n - 2]! : '';
  const slash = last.split('/');
  let proto = 'tcp';
  let containerPort = last;
  if (slash[0] === '') {
    proto = '';
    containerPort = '';
  } else if (slash.length > 1) {
    proto = slash[1] === '' ? 'tcp' : slash[1]!;
    containerPort = slash[0]!;
  }
  return { ip, hostPort, containerPort, proto };
}

export function checkPortSpec(raw: string): string | null {
  const spec = splitPortSpec(raw);
  // Current BuildKit (dockerfile2llb/convert_expose.go) quotes only the part after the last ':' here, and
  // reports the protocol lowercased.
  if (spec.containerPort === '') return `no port specified: ${raw.split(':').pop()}<empty>`;
  const c = parseRange(spec.containerPort);
  if (!c) return `invalid containerPort: ${spec.containerPort}`;
  if (spec.hostPort !== '') {
    const h = parseRange(spec.hostPort);
    if (!h) return `invalid hostPort: ${spec.hostPort}`;
    if (c[1] - c[0] !== h[1] - h[0] && c[1] !== c[0]) {
      return `invalid ranges specified for container and host Ports: ${spec.containerPort} and ${spec.hostPort}`;
    }
  }
  if (!['tcp', 'udp', 'sctp'].includes(spec.proto.toLowerCase())) return `invalid proto: ${spec.proto.toLowerCase()}`;
  return null;
}
