// Question-bank schema (quizzes/**/*.yaml). Pure; runs anywhere.
import { z } from 'zod';
import { DOMAIN_IDS } from './domains';

const id = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be a stable lowercase id like "img-cmd-001"');

export const optionSchema = z
  .object({
    text: z.string().min(1),
    correct: z.boolean(),
    /** Why this option is right or wrong: shown after answering and in exam reports. */
    why: z.string().min(10),
  })
  .strict();

const common = {
  id,
  prompt: z.string().min(10),
  /** Why the right answer is right, in a sentence or three. */
  explanation: z.string().min(10),
  lesson: z.string().min(1),
  /** Heading anchor inside the lesson. */
  section: z.string().min(1).optional(),
  domain: z.enum(DOMAIN_IDS),
  /** Study-guide objective id, e.g. "2.4". */
  objective: z.string().regex(/^\d\.\d+$/),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  tags: z.array(z.string()).default([]),
};

const choiceOptions = z.array(optionSchema).min(2);

export const singleSchema = z
  .object({
    ...common,
    type: z.literal('single'),
    options: choiceOptions,
    /** True when every option can be judged on its own, so the item can be shown as DOMC. */
    domc: z.boolean().default(false),
  })
  .strict();

export const multipleSchema = z
  .object({ ...common, type: z.literal('multiple'), options: choiceOptions, domc: z.boolean().default(false) })
  .strict();

export const domcSchema = z.object({ ...common, type: z.literal('domc'), options: choiceOptions }).strict();

export const commandSchema = z
  .object({
    ...common,
    type: z.literal('command'),
    /** Accepted answers; compared after normalising whitespace and flag order where meaning allows. */
    answers: z.array(z.string().min(2)).min(1),
  })
  .strict();

export const orderSchema = z
  .object({ ...common, type: z.literal('order'), /** Steps in the correct order. */ steps: z.array(z.string().min(1)).min(3) })
  .strict();

export const sandboxSchema = z.object({ ...common, type: z.literal('sandbox'), exercise: id }).strict();

export const questionSchema = z
  .discriminatedUnion('type', [singleSchema, multipleSchema, domcSchema, commandSchema, orderSchema, sandboxSchema])
  .superRefine((q, ctx) => {
    if (q.type === 'single' || q.type === 'multiple' || q.type === 'domc') {
      const keys = q.options.filter((o) => o.correct).length;
      if (keys === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least one correct option' });
      if (q.type === 'single' && keys !== 1)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'a single-choice question needs exactly one correct option' });
      if (q.type !== 'single' && q.options.length < 4)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'multiple-choice and DOMC items need at least four options' });
    }
  });

export const questionFileSchema = z.array(questionSchema).min(1);

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'domc' }>;
export type QuestionOption = z.infer<typeof optionSchema>;

/** Items the exam simulator may present one option at a time. */
export function isDomcUsable(q: Question): q is ChoiceQuestion {
  return q.type === 'domc' || ((q.type === 'single' || q.type === 'multiple') && q.domc);
}
