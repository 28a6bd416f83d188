// Exam simulator: blueprint arithmetic, draw proportions over many draws, DOMC decision rules, attempts
// and the report.
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../core/model/domains';
import type { ChoiceQuestion } from '../../core/model/question';
import { blueprint, largestRemainder } from '../../core/exam/blueprint';
import { countByDomain, drawExam } from '../../core/exam/assemble';
import { DOMC_START, domcAnswer, domcCurrent, type DomcPlan, type DomcProgress } from '../../core/exam/domc';
import { answerDomc, answerMc, setFlag, startAttempt, submit, type Attempt } from '../../core/exam/attempt';
import { buildReport } from '../../core/exam/report';
import { checkCommand, normaliseCommand } from '../../core/exam/checks';
import { syntheticBank } from './bank';

describe('blueprint', () => {
  it('splits 55 items 14/11/8/8/8/6 and 13 MC 3/3/2/2/2/1 by largest remainder', () => {
    const q = blueprint();
    expect(q.map((d) => d.mc + d.domc)).toEqual([14, 11, 8, 8, 8, 6]);
    expect(q.map((d) => d.mc)).toEqual([3, 3, 2, 2, 2, 1]);
    expect(q.reduce((s, d) => s + d.domc, 0)).toBe(42);
  });
  it('largest remainder always sums to the total', () => {
    for (let total = 0; total < 80; total++) expect(largestRemainder(total, [0.25, 0.2, 0.15, 0.15, 0.15, 0.1]).reduce((a, b) => a + b, 0)).toBe(total);
    expect(() => largestRemainder(-1, [1])).toThrow(/non-negative/);
  });
});

describe('drawing an exam', () => {
  const bank = syntheticBank();
  it('draws 55 distinct items, 13 MC and 42 DOMC, each of the right kind', () => {
    const draw = drawExam(bank, { seed: 1 });
    expect(draw.items).toHaveLength(55);
    expect(new Set(draw.items.map((i) => i.questionId)).size).toBe(55);
    expect(draw.items.filter((i) => i.kind === 'mc')).toHaveLength(13);
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (const it of draw.items) {
      const q = byId.get(it.questionId)!;
      if (it.kind === 'domc') expect(q.type === 'domc' || (q.type !== 'command' && 'domc' in q && q.domc)).toBe(true);
      else expect(q.type === 'single' || q.type === 'multiple').toBe(true);
      expect([...it.optionOrder].sort()).toEqual([0, 1, 2, 3]);
    }
    expect(draw.shortfalls).toEqual([]);
  });

  it('matches the domain weights exactly in every one of 500 draws, and the seed decides the draw', () => {
    const seen = new Map<string, number>();
    let masks = 0;
    let domcItems = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const draw = drawExam(bank, { seed });
      expect(Object.values(countByDomain(draw.items))).toEqual([14, 11, 8, 8, 8, 6]);
      for (const it of draw.items) seen.set(it.questionId, (seen.get(it.questionId) ?? 0) + 1);
      for (const it of draw.items.filter((i) => i.kind === 'domc')) {
        domcItems++;
        if (it.mask) masks++;
      }
    }
    // Every question gets drawn at some point, and masking follows p = 0.5.
    expect(seen.size).toBe(bank.length);
    expect(masks / domcItems).toBeGreaterThan(0.45);
    expect(masks / domcItems).toBeLessThan(0.55);
    expect(drawExam(bank, { seed: 9 })).toEqual(drawExam(bank, { seed: 9 }));
    expect(drawExam(bank, { seed: 9 })).not.toEqual(drawExam(bank, { seed: 10 }));
  });

  it('reports shortfalls and fills from other domains when a domain runs dry', () => {
    const thin = syntheticBank().filter((q) => q.domain !== 'storage' || q.id.endsWith('-0'));
    const draw = drawExam(thin, { seed: 3 });
    expect(draw.items).toHaveLength(55);
    expect(draw.shortfalls.join('\n')).toMatch(/storage: \d+ DOMC item\(s\) short/);
  });

  it('scales down for a short practice exam', () => {
    const draw = drawExam(bank, { seed: 2, size: 10 });
    expect(draw.items).toHaveLength(10);
    expect(draw.items.filter((i) => i.kind === 'mc')).toHaveLength(2);
  });
});

describe('DOMC decision rules', () => {
  // Options 0..3; option 2 is the key. Presentation order fixed for the test.
  const isKey = [false, false, true, false];
  const plan = (mask: boolean): DomcPlan => ({ optionOrder: [0, 1, 2, 3], mask });
  const run = (p: DomcPlan, answers: boolean[]): DomcProgress => {
    let progress = DOMC_START;
    for (const yes of answers) {
      const step = domcAnswer(p, isKey, progress, yes);
      if (!step.ok) throw new Error(step.error);
      progress = step.progress;
    }
    return progress;
  };

  it('YES on the key, after NO to the distractors before it, is right', () => {
    const p = run(plan(false), [false, false, true]);
    expect(p).toMatchObject({ outcome: 'correct', finished: true });
    expect(p.responses.map((r) => r.role)).toEqual(['passed', 'passed', 'decisive']);
  });
  it('YES on a distractor is wrong at once', () => {
    expect(run(plan(false), [true])).toMatchObject({ outcome: 'wrong', finished: true });
  });
  it('NO on the key is wrong', () => {
    expect(run(plan(false), [false, false, false])).toMatchObject({ outcome: 'wrong', finished: true });
  });
  it('there is no going back: answering a decided item is refused', () => {
    const done = run(plan(false), [true]);
    const again = domcAnswer(plan(false), isKey, done, false);
    expect(again.ok).toBe(false);
    expect(domcCurrent(plan(false), done)).toBeNull();
  });
  it('a masking option follows the decision when planned, and its answer changes nothing', () => {
    const decided = run(plan(true), [true]); // wrong on option 0
    expect(decided).toMatchObject({ outcome: 'wrong', finished: false });
    expect(domcCurrent(plan(true), decided)).toBe(1);
    const masked = run(plan(true), [true, false]);
    expect(masked).toMatchObject({ outcome: 'wrong', finished: true });
    expect(masked.responses.at(-1)!.role).toBe('mask');
    // No mask is possible when the decision came on the last option.
    expect(run({ optionOrder: [0, 1, 3, 2], mask: true }, [false, false, false, true])).toMatchObject({ outcome: 'correct', finished: true });
  });
});

describe('attempt and report', () => {
  const bank = syntheticBank();
  const questions = new Map(bank.map((q) => [q.id, q as ChoiceQuestion]));
  const NOW = 1_700_000_000_000;
  const start = (): Attempt => startAttempt(drawExam(bank, { seed: 5, size: 10 }).items, { seed: 5, now: NOW, minutes: 90, passPercent: 65 });
  const must = (s: { ok: true; value: Attempt } | { ok: false; error: string }): Attempt => {
    if (!s.ok) throw new Error(s.error);
    return s.value;
  };

  it('scores MC all-or-nothing and DOMC by its decision, per domain, with explanations and lessons', () => {
    let a = start();
    a.items.forEach((item, i) => {
      const q = questions.get(item.questionId)!;
      if (item.kind === 'mc') a = must(answerMc(a, q, i, i % 2 === 0 ? [0] : [0, 1], NOW + 1000));
      else {
        // Say YES to whatever comes first: right only when the key (option 0) is shown first.
        a = must(answerDomc(a, q, i, true, NOW + 1000));
      }
    });
    a = must(setFlag(a, a.items.findIndex((i) => i.kind === 'mc'), true, NOW + 2000));
    a = must(submit(a, NOW + 60_000));
    const r = buildReport(a, questions);
    expect(r.total).toBe(10);
    const expected = a.items.filter((item, i) => (item.kind === 'mc' ? i % 2 === 0 : item.optionOrder[0] === 0)).length;
    expect(r.correct).toBe(expected);
    expect(r.domains.reduce((s, d) => s + d.total, 0)).toBe(10);
    expect(r.items.filter((i) => i.flagged)).toHaveLength(1);
    const domcItem = r.items.find((i) => i.kind === 'domc')!;
    expect(domcItem.options.filter((o) => o.domc)).not.toHaveLength(0);
    expect(domcItem.lesson).toMatch(/-lesson$/);
    expect(domcItem.options.every((o) => o.why.length > 0)).toBe(true);
    expect(r.passed).toBe(r.percent >= 65);
    expect(r.durationMs).toBe(60_000);
  });

  it('refuses answers after the deadline, flags on DOMC items, and a second submission', () => {
    const a = start();
    const mcIndex = a.items.findIndex((i) => i.kind === 'mc');
    const domcIndex = a.items.findIndex((i) => i.kind === 'domc');
    const late = answerMc(a, questions.get(a.items[mcIndex]!.questionId)!, mcIndex, [0], NOW + 91 * 60_000);
    expect(late).toEqual({ ok: false, error: expect.stringMatching(/time is up/) });
    expect(setFlag(a, domcIndex, true, NOW).ok).toBe(false);
    const done = must(submit(a, NOW + 100 * 60_000));
    expect(buildReport(done, questions).timedOut).toBe(true);
    expect(submit(done, NOW).ok).toBe(false);
  });
});

describe('command answers', () => {
  it('normalises whitespace, quotes, prompts, sudo and --flag=value', () => {
    expect(normaliseCommand(`  $ sudo docker   run -d --name="web"  nginx `)).toEqual(['docker', 'run', '-d', '--name', 'web', 'nginx']);
    expect(checkCommand('docker image ls --filter dangling=true', ['docker image ls --filter "dangling=true"']).correct).toBe(true);
    expect(checkCommand('docker image ls --filter=dangling=true', ['docker image ls --filter dangling=true']).correct).toBe(true);
    expect(checkCommand('docker image rm nginx', ['docker image ls']).correct).toBe(false);
  });
  it('compares docker commands by meaning with the CLI model', () => {
    expect(checkCommand('docker images -f dangling=true', ['docker image ls --filter "dangling=true"']).correct).toBe(true);
    expect(checkCommand('docker container run --name=web --detach nginx', ['docker run -d --name web nginx']).correct).toBe(true);
    expect(checkCommand('docker ps -qa', ['docker container ls --all --quiet']).correct).toBe(true);
    // Options after the image belong to the container: not the same command.
    expect(checkCommand('docker run nginx -d', ['docker run -d nginx']).correct).toBe(false);
    expect(checkCommand('docker image ls -a', ['docker image ls']).correct).toBe(false);
  });
});

describe('domain list', () => {
  it('the weights the draw uses sum to 1', () => {
    expect(DOMAINS.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 10);
  });
});

describe('DOMC practice verdicts', () => {
  it('applies the first-decisive-answer rule to a sequence of answers', async () => {
    const { domcVerdict } = await import('../../core/exam/checks');
    const opts = [{ correct: false }, { correct: true }, { correct: false }];
    expect(domcVerdict(opts, [{ option: 0, yes: false }, { option: 1, yes: true }])).toBe(true);
    expect(domcVerdict(opts, [{ option: 2, yes: true }])).toBe(false);
    expect(domcVerdict(opts, [{ option: 1, yes: false }])).toBe(false);
    expect(domcVerdict(opts, [{ option: 0, yes: false }])).toBe(false); // undecided counts as wrong
  });
});

describe('sandbox items', () => {
  it('are graded by their exercise checks when they ran, and not at all otherwise', async () => {
    const { isCorrect } = await import('../../core/exam/checks');
    const { questionSchema } = await import('../../core/model/question');
    const q = questionSchema.parse({ id: 'sb-1', type: 'sandbox', exercise: 'ex-1', prompt: 'Build the image so that…', explanation: 'Because the checks…', lesson: 'l', domain: 'images', objective: '2.4', difficulty: 2 });
    expect(isCorrect(q, { type: 'sandbox', passed: true })).toBe(true);
    expect(isCorrect(q, { type: 'sandbox', passed: false })).toBe(false);
    expect(isCorrect(q, { type: 'choice', selected: [0] })).toBeNull();
  });
});
