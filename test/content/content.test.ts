// The course itself is tested: schemas, links, the study-guide map, quantities, and the shape of questions
// (no giveaway positions or lengths, no near-duplicates, typed commands that docker would accept).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DOMAINS, DOMAIN_IDS, type DomainId } from '../../core/model/domains';
import { isDomcUsable, type Question } from '../../core/model/question';
import { canonicalAnswer } from '../../core/dockercli/answer';
import { loadCurriculum, loadLessons, loadObjectives, loadQuestions } from './load';

const { lessons, problems: lessonProblems } = loadLessons();
const { questions, problems: questionProblems } = loadQuestions();
const objectives = loadObjectives();
const curriculum = loadCurriculum();
const lessonById = new Map(lessons.map((l) => [l.meta.id, l]));
const objectiveById = new Map(objectives.map((o) => [o.id, o]));

function list(items: string[]): string {
  return items.length ? `\n  ${items.join('\n  ')}` : '';
}

describe('lessons', () => {
  it('all have valid front matter (file and field named)', () => {
    expect(list(lessonProblems.map((p) => `${p.file}: ${p.message}`))).toBe('');
  });

  it('match the course plan: every planned lesson exists, in its domain, covering its objectives', () => {
    const wrong: string[] = [];
    for (const domain of DOMAIN_IDS) {
      for (const planned of curriculum[domain]) {
        const lesson = lessonById.get(planned.id);
        if (!lesson) wrong.push(`${planned.id}: planned in ${domain} but not written`);
        else {
          if (lesson.meta.domain !== domain) wrong.push(`${lesson.file}: domain ${lesson.meta.domain}, plan says ${domain}`);
          for (const o of planned.studyGuide)
            if (!lesson.meta.studyGuide.includes(o)) wrong.push(`${lesson.file}: studyGuide lacks ${o} from the plan`);
        }
      }
    }
    const planned = new Set(DOMAIN_IDS.flatMap((d) => curriculum[d].map((l) => l.id)));
    for (const l of lessons) if (!planned.has(l.meta.id)) wrong.push(`${l.file}: id ${l.meta.id} is not in content/curriculum.yaml`);
    expect(list(wrong)).toBe('');
  });

  it('live in content/lessons/<domain>/NN-<id>.md with unique ids', () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const l of lessons) {
      const expected = new RegExp(`^content/lessons/${l.meta.domain}/\\d{2}-${l.meta.id}\\.md$`);
      if (!expected.test(l.file.split(path.sep).join('/'))) wrong.push(`${l.file}: expected content/lessons/${l.meta.domain}/NN-${l.meta.id}.md`);
      if (seen.has(l.meta.id)) wrong.push(`${l.file}: duplicate id ${l.meta.id}`);
      seen.add(l.meta.id);
    }
    expect(list(wrong)).toBe('');
  });

  it('each have worked examples, a summary, check-yourself questions and checked sources', () => {
    const wrong: string[] = [];
    for (const l of lessons) {
      if (!l.sections.has('summary')) wrong.push(`${l.file}: no "## Summary"`);
      if (!l.sections.has('check-yourself')) wrong.push(`${l.file}: no "## Check yourself"`);
      if (!/```/.test(l.body)) wrong.push(`${l.file}: no worked example (code block)`);
      if ((l.body.match(/<details>/g) ?? []).length < 3) wrong.push(`${l.file}: fewer than 3 check-yourself answers`);
      if (l.meta.sources.length === 0) wrong.push(`${l.file}: no sources checked`);
      for (const p of l.meta.prerequisites) if (!lessonById.has(p)) wrong.push(`${l.file}: prerequisite ${p} does not exist`);
    }
    expect(list(wrong)).toBe('');
  });

  it('number at least 40', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(40);
  });
});

describe('question bank', () => {
  it('all files are valid (file and field named)', () => {
    expect(list(questionProblems.map((p) => `${p.file}: ${p.message}`))).toBe('');
  });

  it('has unique ids', () => {
    const wrong: string[] = [];
    const seen = new Map<string, string>();
    for (const { file, question: q } of questions) {
      if (seen.has(q.id)) wrong.push(`${file}: id ${q.id} also in ${seen.get(q.id)}`);
      seen.set(q.id, file);
    }
    expect(list(wrong)).toBe('');
  });

  it('links every question to a lesson and section that exist, and an objective of its domain', () => {
    const wrong: string[] = [];
    for (const { file, question: q } of questions) {
      const lesson = lessonById.get(q.lesson);
      if (!lesson) wrong.push(`${file}: ${q.id} links to missing lesson ${q.lesson}`);
      else if (q.section && !lesson.sections.has(q.section)) wrong.push(`${file}: ${q.id} links to missing section ${q.lesson}#${q.section}`);
      const objective = objectiveById.get(q.objective);
      if (!objective) wrong.push(`${file}: ${q.id} names unknown objective ${q.objective}`);
      else if (objective.domain !== q.domain) wrong.push(`${file}: ${q.id} objective ${q.objective} belongs to ${objective.domain}, not ${q.domain}`);
    }
    expect(list(wrong)).toBe('');
  });

  it('has no two questions with near-identical prompts', () => {
    const words = questions.map(({ question: q }) => new Set(q.prompt.toLowerCase().match(/[a-z0-9-]+/g) ?? []));
    const pairs: string[] = [];
    for (let i = 0; i < questions.length; i++)
      for (let j = i + 1; j < questions.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        let shared = 0;
        for (const w of a) if (b.has(w)) shared++;
        const jaccard = shared / (a.size + b.size - shared || 1);
        if (jaccard > 0.85) pairs.push(`${questions[i]!.question.id} ~ ${questions[j]!.question.id} (${jaccard.toFixed(2)})`);
      }
    expect(list(pairs)).toBe('');
  });

  it('does not give the answer away by position or length', () => {
    const singles = questions.map((q) => q.question).filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
    expect(singles.length).toBeGreaterThan(20);
    const positions = new Map<number, number>();
    let longest = 0;
    for (const q of singles) {
      const key = q.options.findIndex((o) => o.correct);
      positions.set(key, (positions.get(key) ?? 0) + 1);
      const lengths = q.options.map((o) => o.text.length);
      const max = Math.max(...lengths);
      if (lengths[key] === max && lengths.filter((n) => n === max).length === 1) longest++;
    }
    const topPosition = Math.max(...positions.values()) / singles.length;
    expect(topPosition, `share of single-choice keys in the most common position`).toBeLessThanOrEqual(0.4);
    expect(longest / singles.length, 'share of single-choice keys that are the longest option').toBeLessThanOrEqual(0.45);
  });

  it('accepts only real docker commands as answers to command questions', () => {
    const wrong: string[] = [];
    for (const { file, question: q } of questions) {
      if (q.type !== 'command') continue;
      for (const answer of q.answers) {
        const r = canonicalAnswer(answer);
        if (!r.ok) wrong.push(`${file}: ${q.id}: "${answer}": ${r.message}`);
      }
    }
    expect(list(wrong)).toBe('');
  });

  it('reaches the size and balance of the exam: 500+, 40+ per domain, in proportion, half DOMC-usable', () => {
    const all = questions.map((q) => q.question);
    expect(all.length).toBeGreaterThanOrEqual(500);
    const byDomain = new Map<DomainId, number>();
    for (const q of all) byDomain.set(q.domain, (byDomain.get(q.domain) ?? 0) + 1);
    for (const d of DOMAINS) {
      const n = byDomain.get(d.id) ?? 0;
      expect(n, `${d.id} questions`).toBeGreaterThanOrEqual(40);
      const share = n / all.length;
      expect(share, `${d.id} share of the bank vs weight ${d.weight}`).toBeGreaterThan(d.weight * 0.6);
      expect(share, `${d.id} share of the bank vs weight ${d.weight}`).toBeLessThan(d.weight * 1.5);
    }
    expect(all.filter(isDomcUsable).length / all.length).toBeGreaterThanOrEqual(0.5);
  });
});

describe('study-guide map', () => {
  it('is complete: every objective has a lesson and three questions', () => {
    const lessonsFor = new Map<string, number>();
    for (const l of lessons) for (const o of l.meta.studyGuide) lessonsFor.set(o, (lessonsFor.get(o) ?? 0) + 1);
    const questionsFor = new Map<string, number>();
    for (const { question: q } of questions) questionsFor.set(q.objective, (questionsFor.get(q.objective) ?? 0) + 1);
    const gaps: string[] = [];
    for (const o of objectives) {
      if (!lessonsFor.get(o.id)) gaps.push(`${o.id} (${o.text}): no lesson`);
      if ((questionsFor.get(o.id) ?? 0) < 3) gaps.push(`${o.id} (${o.text}): ${questionsFor.get(o.id) ?? 0} questions`);
    }
    expect(list(gaps)).toBe('');
  });

  it('names only objectives that exist, each in its own domain', () => {
    const wrong = objectives.filter((o) => !new RegExp(`^${DOMAINS.find((d) => d.id === o.domain)?.number}\\.`).test(o.id));
    expect(wrong).toEqual([]);
    for (const l of lessons) for (const o of l.meta.studyGuide) expect(objectiveById.has(o), `${l.file}: ${o}`).toBe(true);
  });
});
