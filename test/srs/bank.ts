// A synthetic question bank for exam-draw tests: enough MC and DOMC items in every domain, generated so
// draw proportions can be checked without depending on the real bank's size.
import { DOMAINS } from '../../core/model/domains';
import { questionSchema, type Question } from '../../core/model/question';

export function syntheticBank(perDomain = { mc: 6, domc: 16, both: 2 }): Question[] {
  const out: Question[] = [];
  for (const d of DOMAINS) {
    const make = (kind: 'mc' | 'domc' | 'both', i: number): Question =>
      questionSchema.parse({
        id: `${d.id}-${kind}-${i}`,
        type: kind === 'domc' ? 'domc' : 'single',
        ...(kind === 'both' ? { domc: true } : {}),
        prompt: `Synthetic ${kind} question ${i} about ${d.title}?`,
        explanation: 'Synthetic explanation for testing.',
        lesson: `${d.id}-lesson`,
        domain: d.id,
        objective: `${d.number}.1`,
        difficulty: 2,
        options: [0, 1, 2, 3].map((o) => ({ text: `option ${o}`, correct: o === 0, why: `reason for option ${o}` })),
      });
    for (let i = 0; i < perDomain.mc; i++) out.push(make('mc', i));
    for (let i = 0; i < perDomain.domc; i++) out.push(make('domc', i));
    for (let i = 0; i < perDomain.both; i++) out.push(make('both', i));
  }
  return out;
}
