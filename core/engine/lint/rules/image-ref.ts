// Splits a FROM image reference into its parts, for the tag rules.
export interface ImageRef {
  readonly name: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

export function splitImageRef(ref: string): ImageRef {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: null, digest };
}
