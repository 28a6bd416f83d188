// Lesson front matter schema and the parsed lesson shape. Pure; runs anywhere.
import { z } from 'zod';
import { DOMAIN_IDS } from './domains';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "cmd-vs-entrypoint"');

export const lessonFrontMatterSchema = z
  .object({
    id: slug,
    title: z.string().min(3),
    domain: z.enum(DOMAIN_IDS),
    /** Position within its domain in the course outline (ascending). */
    order: z.number().int().min(0),
    objectives: z.array(z.string().min(3)).min(1),
    prerequisites: z.array(slug).default([]),
    estimatedMinutes: z.number().int().min(1).max(180),
    /** Study-guide objective ids (see content/objectives.yaml) this lesson teaches. */
    studyGuide: z.array(z.string().regex(/^\d\.\d+$/)).default([]),
    /** Reference pages the facts were checked against. */
    sources: z.array(z.string().url()).default([]),
    /** Marks material that needs Docker Enterprise (MKE/MSR) or Kubernetes: taught as concepts only. */
    conceptOnly: z.boolean().default(false),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

export interface LessonSection {
  /** Anchor slug of the heading, stable for links from questions. */
  readonly id: string;
  readonly title: string;
}

export interface Lesson extends LessonFrontMatter {
  /** Markdown body without the front matter. */
  readonly body: string;
  readonly sections: readonly LessonSection[];
  /** Path relative to the content folder, for error messages. */
  readonly file: string;
}

export type LessonSummary = Omit<Lesson, 'body'>;
