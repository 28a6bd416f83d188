// Looks up a FROM reference in the shipped catalog of base images.
import { CATALOG, type CatalogImage } from './images';

export type { CatalogImage } from './images';
export { CATALOG } from './images';

export interface ImageRef {
  readonly registry: string;
  /** Repository without the docker.io / library/ prefix for official images. */
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
}

/** Splits `[registry/]name[:tag][@digest]`; the tag defaults to `latest` as docker does. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = '';
  const firstSlash = rest.indexOf('/');
  if (firstSlash >= 0) {
    const head = rest.slice(0, firstSlash);
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = '';
  if (registry === '' && rest.startsWith('library/')) rest = rest.slice('library/'.length);
  return { registry, repository: rest, tag: tag === '' && digest === '' ? 'latest' : tag, digest };
}

/** The catalog entry for an image reference, or undefined when its configuration is unknown. */
export function lookupImage(ref: string): CatalogImage | undefined {
  const parsed = parseImageRef(ref);
  if (parsed.registry !== '') return undefined;
  if (parsed.repository === 'scratch') return CATALOG.find((c) => c.repository === 'scratch');
  const candidates = CATALOG.filter((c) => c.repository === parsed.repository);
  const exact = candidates.find((c) => c.tags.includes(parsed.tag));
  if (exact) return exact;
  // A digest-only reference, or a tag we did not record: use the family's main entry only for tags that
  // are clearly the same variant family (e.g. 3.13.2-slim for python), never for an onbuild tag.
  if (parsed.tag === '' || parsed.tag.endsWith('onbuild')) return parsed.tag === '' ? candidates[0] : candidates.find((c) => c.tags.some((t) => t.endsWith('onbuild')));
  return undefined;
}
