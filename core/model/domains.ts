// The six DCA exam domains and their published weights (study guide v1.5). Pure data; runs anywhere.

export const DOMAIN_IDS = [
  'orchestration',
  'images',
  'installation',
  'networking',
  'security',
  'storage',
] as const;

export type DomainId = (typeof DOMAIN_IDS)[number];

export interface DomainInfo {
  readonly id: DomainId;
  /** Number in the official study guide (1–6). */
  readonly number: number;
  readonly title: string;
  /** Share of the exam's 55 items, 0..1; the weights sum to 1. */
  readonly weight: number;
}

export const DOMAINS: readonly DomainInfo[] = [
  { id: 'orchestration', number: 1, title: 'Orchestration', weight: 0.25 },
  { id: 'images', number: 2, title: 'Image Creation, Management, and Registry', weight: 0.2 },
  { id: 'installation', number: 3, title: 'Installation and Configuration', weight: 0.15 },
  { id: 'networking', number: 4, title: 'Networking', weight: 0.15 },
  { id: 'security', number: 5, title: 'Security', weight: 0.15 },
  { id: 'storage', number: 6, title: 'Storage and Volumes', weight: 0.1 },
];

export function domainInfo(id: DomainId): DomainInfo {
  const found = DOMAINS.find((d) => d.id === id);
  // DOMAINS covers every DomainId, so this cannot miss; the check keeps the type honest.
  if (!found) throw new Error(`unknown domain ${id}`);
  return found;
}
