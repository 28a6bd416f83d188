// SQLite side: bank sync cases, answers as single transactions, undo, bury/suspend/flag, leeches,
// daily limits and filters, exam attempts feeding the SRS, backup/restore, export/import.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildQueue, bury, recordAnswer, releaseLeech, setFlag, setSuspended, undoLastAnswer } from '../../main/quiz/review';
import { writeSettings } from '../../main/quiz/settingsStore';
import { backupNow, dailyBackup, integrityCheck, listBackups, restoreProgress, KEEP_BACKUPS } from '../../main/quiz/backup';
import { exportProgress, importProgress, parseExport } from '../../main/quiz/transfer';
import { dashboard, streak } from '../../main/quiz/dashboard';
import { examAnswerDomc, examAnswerMc, getExam, listExams, startExam, submitExam } from '../../main/quiz/exams';
import { copyBank, harness, tempDir, type Harness } from './helpers';
import { feedOptionOutcomes } from '../../main/quiz/optionCards';
import { optionCardId } from '../../core/srs/optionCards';
import type { ChoiceQuestion } from '../../core/model/question';
import { createQuizService } from '../../main/quiz/service';
import { groupCards, readiness } from '../../core/srs/readiness';
import type { DomainId } from '../../core/model/domains';
import { memoryOf, type CardRow } from '../../main/quiz/rows';

let open: Harness[] = [];
const LEARNER_TABLES = ['lesson_read', 'sandbox_draft', 'exercise_attempt'] as const;

/** Lessons read, a scratch draft, an exercise draft and an attempt, as the app stores them. */
function addLearnerWork(h: { db: Harness['db'] }): void {
  h.db.exec(`
    INSERT INTO lesson_read (lesson_id, read_at) VALUES ('dockerfile-basics', '2026-03-01T10:00:00.000Z'), ('cmd-vs-entrypoint', '2026-03-01T11:00:00.000Z');
    INSERT INTO sandbox_draft (id, name, dockerfile, context_json, exercise_id, created_at, updated_at) VALUES
      ('d1', 'Scratch', 'FROM busybox:1.37\nCMD ["sh"]\n', '[{"path":"a.txt","content":"hi"}]', NULL, '2026-03-01T10:00:00.000Z', '2026-03-01T10:05:00.000Z'),
      ('d2', 'Exercise work', 'FROM alpine:3.20\n', '[]', 'cmd-entrypoint', '2026-03-01T12:00:00.000Z', '2026-03-01T12:01:00.000Z');
    INSERT INTO exercise_attempt (exercise_id, attempted_at, passed, score, checks_passed, checks_total, dockerfile)
      VALUES ('cmd-entrypoint', '2026-03-01T12:02:00.000Z', 1, 1, 4, 4, 'FROM alpine:3.20\n');
  `);
}

const make = (...args: Parameters<typeof harness>) => {
  const h = harness(...args);
  open.push(h);
  return h;
};
afterEach(() => {
  for (const h of open) if (h.db.open) h.db.close();
  open = [];
});

const card = (h: Harness, id: string) => h.db.prepare('SELECT * FROM srs_card WHERE id = ?').get(id) as Record<string, unknown>;
const reviews = (h: Harness, id?: string) =>
  (id ? h.db.prepare('SELECT COUNT(*) AS n FROM srs_review WHERE card_id = ?').get(id) : h.db.prepare('SELECT COUNT(*) AS n FROM srs_review').get()) as { n: number };

describe('sync of the question bank', () => {
  it('turns every valid question into a new card', () => {
    const h = make();
    const s = h.service.sync();
    expect(s.problems).toEqual([]);
    expect((h.db.prepare('SELECT COUNT(*) AS n FROM srs_card WHERE retired = 0').get() as { n: number }).n).toBe(8);
    expect(card(h, 'fx-quorum-001')).toMatchObject({ state: 'new', domain: 'orchestration', lesson: 'swarm-raft-and-quorum', file: 'orchestration/swarm-raft-and-quorum.yaml' });
  });

  it('keeps history through a wording edit, resets on a key change, retires removed questions and restores them', () => {
    const h = make();
    recordAnswer(h.service.ctx, 'fx-quorum-001', 3, 5000);
    recordAnswer(h.service.ctx, 'fx-dct-env-001', 3, 5000);
    const file = path.join(h.bank, 'orchestration/swarm-raft-and-quorum.yaml');
    const original = fs.readFileSync(file, 'utf8');
    // Wording edit: history and state kept.
    fs.writeFileSync(file, original.replace('How many managers can be lost', 'How many manager nodes can fail'));
    let s = h.service.sync();
    expect(s).toMatchObject({ edited: 1, reset: 0, added: 0 });
    expect(card(h, 'fx-quorum-001')).toMatchObject({ state: 'learning', reps: 1 });
    // Key change: the schedule restarts, the log keeps the old answer plus a reset entry.
    fs.writeFileSync(file, original.replace('{ text: "Two", correct: true', '{ text: "Two", correct: false').replace('{ text: "One", correct: false', '{ text: "One", correct: true'));
    s = h.service.sync();
    expect(s).toMatchObject({ reset: 1 });
    expect(card(h, 'fx-quorum-001')).toMatchObject({ state: 'new', reps: 0 });
    expect(reviews(h, 'fx-quorum-001').n).toBe(2);
    // Removal: retired, history kept; it comes back with its state when the file returns.
    const dct = path.join(h.bank, 'security/content-trust.yaml');
    const dctText = fs.readFileSync(dct, 'utf8');
    fs.rmSync(dct);
    s = h.service.sync();
    expect(s.retired).toBe(1);
    expect(card(h, 'fx-dct-env-001')).toMatchObject({ retired: 1, reps: 1 });
    expect(buildQueue(h.service.ctx).cards.map((c) => c.id)).not.toContain('fx-dct-env-001');
    fs.writeFileSync(dct, dctText);
    s = h.service.sync();
    expect(s.restored).toBe(1);
    expect(card(h, 'fx-dct-env-001')).toMatchObject({ retired: 0, reps: 1 });
  });

  it('reports a bad file with its file and field and still loads the rest', () => {
    const h = make();
    fs.writeFileSync(
      path.join(h.bank, 'storage/broken.yaml'),
      `- id: fx-broken-001\n  type: single\n  prompt: A prompt that is long enough\n  explanation: An explanation long enough.\n  lesson: x\n  domain: storage\n  objective: "6.1"\n  difficulty: 5\n  options:\n    - { text: a, correct: true, why: "because it is" }\n    - { text: b, correct: false, why: "too short" }\n`,
    );
    fs.writeFileSync(path.join(h.bank, 'storage/not-yaml.yaml'), 'this: [is: not: valid');
    const s = h.service.sync();
    expect(s.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'storage/broken.yaml', field: '[0].difficulty' }),
        expect.objectContaining({ file: 'storage/broken.yaml', field: '[0].options[1].why' }),
        expect.objectContaining({ file: 'storage/not-yaml.yaml', field: '(file)' }),
      ]),
    );
    expect((h.db.prepare('SELECT COUNT(*) AS n FROM srs_card WHERE retired = 0').get() as { n: number }).n).toBe(8);
  });
});

describe('answers, undo and card actions', () => {
  it('records an answer with its log row and aggregates, and undo puts everything back', () => {
    const h = make();
    const ctx = h.service.ctx;
    const before = card(h, 'fx-join-token-001');
    const r = recordAnswer(ctx, 'fx-join-token-001', 3, 4200);
    expect(r.state).toBe('learning');
    expect(reviews(h).n).toBe(1);
    expect(h.db.prepare('SELECT reviews, new_cards, duration_ms FROM srs_daily').get()).toEqual({ reviews: 1, new_cards: 1, duration_ms: 4200 });
    expect(undoLastAnswer(ctx)).toEqual({ id: 'fx-join-token-001' });
    expect(card(h, 'fx-join-token-001')).toEqual(before);
    expect(reviews(h).n).toBe(0);
    expect(h.db.prepare('SELECT reviews, new_cards, duration_ms FROM srs_daily').get()).toEqual({ reviews: 0, new_cards: 0, duration_ms: 0 });
    expect(undoLastAnswer(ctx)).toBeNull();
  });

  it('a failing answer changes nothing at all (one transaction)', () => {
    const h = make();
    h.db.exec(`CREATE TRIGGER fail_daily BEFORE INSERT ON srs_daily BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;`);
    const before = card(h, 'fx-join-token-001');
    expect(() => recordAnswer(h.service.ctx, 'fx-join-token-001', 3, 1000)).toThrow(/simulated/);
    expect(card(h, 'fx-join-token-001')).toEqual(before);
    expect(reviews(h).n).toBe(0);
  });

  it('bury hides a card until the next study day; suspend until released; flags filter the queue', () => {
    const h = make();
    const ctx = h.service.ctx;
    expect(buildQueue(ctx).cards).toHaveLength(8);
    const { until } = bury(ctx, 'fx-quorum-001');
    expect(new Date(until).toISOString()).toBe('2026-03-03T04:00:00.000Z');
    expect(buildQueue(ctx).cards.map((c) => c.id)).not.toContain('fx-quorum-001');
    setSuspended(ctx, 'fx-dct-env-001', true);
    setFlag(ctx, 'fx-volume-prune-001', 2);
    expect(buildQueue(ctx).cards).toHaveLength(6);
    expect(buildQueue(ctx, { flag: 2 }).cards.map((c) => c.id)).toEqual(['fx-volume-prune-001']);
    expect(buildQueue(ctx, { domain: 'images' }).cards.map((c) => c.id).sort()).toEqual(['fx-copy-add-001', 'fx-prune-images-001', 'fx-push-order-001']);
    expect(buildQueue(ctx, { lesson: 'swarm-setup' }).cards.map((c) => c.id)).toEqual(['fx-join-token-001']);
    h.clock.advance(24 * 60);
    expect(buildQueue(ctx).cards.map((c) => c.id)).toContain('fx-quorum-001');
    setSuspended(ctx, 'fx-dct-env-001', false);
    expect(buildQueue(ctx).cards).toHaveLength(8);
  });

  it('exam-date mode: reports the plan, and in the final days adds the weakest cards, weakest first', () => {
    const h = make();
    const ctx = h.service.ctx;
    writeSettings(h.db, { exam: { date: '2026-04-10', target: 0.97, dailyBudgetMinutes: 5, finalDays: 3 } });
    ctx.invalidate();
    let q = buildQueue(ctx);
    expect(q.exam).toMatchObject({ date: '2026-04-10', daysLeft: 39, newLeft: 8, suggestedNewPerDay: 1 });
    expect(q.counts.examFinalDays).toBe(0);
    // Three days before the exam, every card reviewed yesterday with a different stability, none due.
    h.clock.ms = Date.parse('2026-04-07T10:00:00Z');
    const ids = (h.db.prepare('SELECT id FROM srs_card ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);
    ids.forEach((id, i) =>
      h.db
        .prepare("UPDATE srs_card SET state = 'review', stability = ?, difficulty = 5, last_review = ?, due = ?, reps = 3, scheduled_days = 20 WHERE id = ?")
        .run(2 + i * 40, h.clock.ms - 86_400_000, Date.parse('2026-05-01T00:00:00Z'), id),
    );
    q = buildQueue(ctx, {}, 100);
    expect(q.exam?.daysLeft).toBe(3);
    expect(q.counts).toMatchObject({ review: 0, new: 0 });
    const boosted = q.cards.filter((c) => c.reason === 'exam-final-days');
    expect(boosted.length).toBeGreaterThan(0);
    expect(boosted.length).toBeLessThan(ids.length); // the most stable cards are already on target
    const s = ctx.scheduler();
    const examAt = ctx.examAt()!;
    const recalls = boosted.map((c) => s.recall(memoryOf(card(h, c.id) as unknown as CardRow), examAt));
    expect(recalls.every((r) => r < 0.97)).toBe(true);
    expect([...recalls].sort((a, b) => a - b)).toEqual(recalls);
    expect(boosted[0]!.id).toBe(ids[0]); // stability 2: the weakest
  });

  it('bury also hides a card in its learning steps', () => {
    const h = make();
    const ctx = h.service.ctx;
    recordAnswer(ctx, 'fx-quorum-001', 1, 1000); // Again: back in a minute
    h.clock.advance(2);
    expect(buildQueue(ctx).cards[0]!.id).toBe('fx-quorum-001');
    bury(ctx, 'fx-quorum-001');
    expect(buildQueue(ctx).cards.map((c) => c.id)).not.toContain('fx-quorum-001');
    expect(buildQueue(ctx).counts.learning).toBe(0);
  });

  it('the review limit counts answers to graduated cards only', () => {
    const h = make();
    const ctx = h.service.ctx;
    writeSettings(h.db, { reviewsPerDay: 3 });
    ctx.invalidate();
    // Learning-step answers do not use up the review limit.
    for (const c of buildQueue(ctx).cards.slice(0, 3)) recordAnswer(ctx, c.id, 3, 1000);
    expect(buildQueue(ctx).doneToday).toEqual({ answers: 3, reviews: 0, newCards: 3 });
    expect(buildQueue(ctx).counts.new).toBe(3);
    // Two graduated cards waiting leave room for one new card under a limit of three.
    h.db.prepare("UPDATE srs_card SET state = 'review', stability = 5, difficulty = 5, last_review = ?, due = ? WHERE id IN ('fx-dct-env-001', 'fx-volume-prune-001')").run(h.clock.ms - 5 * 86_400_000, h.clock.ms);
    expect(buildQueue(ctx).counts).toMatchObject({ review: 2, new: 1 });
    recordAnswer(ctx, 'fx-dct-env-001', 3, 1000);
    recordAnswer(ctx, 'fx-volume-prune-001', 3, 1000);
    expect(buildQueue(ctx).doneToday.reviews).toBe(2);
    expect(buildQueue(ctx).counts).toMatchObject({ review: 0, new: 1 });
  });

  it('respects the daily new-card limit', () => {
    const h = make();
    writeSettings(h.db, { newPerDay: 3 });
    h.service.ctx.invalidate();
    expect(buildQueue(h.service.ctx).counts.new).toBe(3);
    recordAnswer(h.service.ctx, buildQueue(h.service.ctx).cards[0]!.id, 4, 1000);
    expect(buildQueue(h.service.ctx).counts.new).toBe(2);
  });

  it('after 8 lapses the card is parked as a leech that points at its lesson, until released', () => {
    const h = make();
    const ctx = h.service.ctx;
    const id = 'fx-quorum-001';
    let leech = null;
    for (let i = 0; i < 60 && !leech; i++) {
      const c = card(h, id) as { state: string; due: number };
      h.clock.ms = Math.max(h.clock.ms, c.due);
      // Learn it to review state, then fail it: each Again on a review card is one lapse.
      const r = recordAnswer(ctx, id, c.state === 'review' ? 1 : 3, 1000);
      leech = r.leech;
      h.clock.advance(1);
    }
    expect(leech).toMatchObject({ id, lesson: 'swarm-raft-and-quorum', lapses: 8 });
    expect(buildQueue(ctx).cards.map((c) => c.id)).not.toContain(id);
    expect(buildQueue(ctx).leeches.map((l) => l.id)).toEqual([id]);
    expect(releaseLeech(ctx, id)).toEqual({ released: true });
    expect(buildQueue(ctx).cards.map((c) => c.id)).toContain(id);
  });

  it('the dashboard counts reviews, states, retention and a streak', () => {
    const h = make();
    const ctx = h.service.ctx;
    for (let day = 0; day < 2; day++) {
      if (day > 0) h.clock.advance(24 * 60);
      for (const c of buildQueue(ctx).cards) recordAnswer(ctx, c.id, 3, 2000);
    }
    const d = dashboard(ctx, {});
    expect(d.streakDays).toBe(2);
    expect(d.reviewsPerDay.map((r) => r.reviews)).toEqual([8, 8]);
    // Tomorrow, before any review, the streak still counts back from yesterday; a missed day breaks it.
    expect(streak(d.reviewsPerDay, '2026-03-04')).toBe(2);
    expect(streak(d.reviewsPerDay, '2026-03-05')).toBe(0);
    expect(d.cardsByState.new + d.cardsByState.learning + d.cardsByState.young + d.cardsByState.mature).toBe(8);
    expect(d.forecast).toHaveLength(30);
    expect(d.forecast.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(d.readiness.domains).toHaveLength(6);
    // Recall summed in SQL agrees with the scheduler's own forgetting curve.
    const rows = h.db.prepare('SELECT * FROM srs_card WHERE retired = 0').all() as CardRow[];
    const js = readiness(
      groupCards(rows.map((r) => ({ domain: r.domain as DomainId, objective: r.objective, state: r.state, scheduledDays: r.scheduled_days, recall: ctx.scheduler().recall(memoryOf(r), h.clock.ms) }))),
      {},
    );
    expect(d.readiness.expectedScore).toBeCloseTo(js.expectedScore, 9);
    expect(d.readiness.expectedScore).toBeGreaterThan(0);
    expect(d.minutesStudied.total).toBeGreaterThan(0);
  });
});

describe('exam attempts', () => {
  it('draws from the bank, plays DOMC without going back, stores the report and feeds the SRS', () => {
    const h = make();
    const ctx = h.service.ctx;
    const view = startExam(ctx, { size: 4, seed: 11 });
    expect(view.items).toHaveLength(4);
    for (const item of view.items) {
      if (item.kind === 'mc') examAnswerMc(ctx, view.id, item.index, [0]);
      else {
        let v = getExam(ctx, view.id);
        while (v.items[item.index]!.currentOption !== null) v = examAnswerDomc(ctx, view.id, item.index, false);
        expect(() => examAnswerDomc(ctx, view.id, item.index, true)).toThrow(/already decided/);
      }
    }
    // Keys are never sent to the exam page.
    expect(JSON.stringify(getExam(ctx, view.id))).not.toMatch(/"correct"|"why"/);
    const report = submitExam(ctx, view.id);
    expect(report.total).toBe(4);
    expect(report.items.every((i) => i.explanation.length > 0 && i.lesson.length > 0)).toBe(true);
    expect((h.db.prepare("SELECT COUNT(*) AS n FROM srs_review WHERE source = 'exam' AND card_id NOT LIKE '%.option-%'").get() as { n: number }).n).toBe(4);
    // Saying NO until the item was decided means the key was rejected: each DOMC item leaves one option
    // card for its key, reviewed Again.
    const domcItems = view.items.filter((i) => i.kind === 'domc').length;
    const optionCards = h.db.prepare("SELECT id, state, lapses, reps FROM srs_card WHERE type = 'domc-option'").all() as Array<{ id: string; state: string }>;
    expect(optionCards).toHaveLength(domcItems);
    expect(optionCards.every((c) => c.state === 'learning')).toBe(true);
    expect(listExams(ctx)[0]).toMatchObject({ id: view.id, items: 4, percent: report.percent });
    expect(() => submitExam(ctx, view.id)).toThrow(/already been submitted/);
  });
});

describe('option cards from DOMC exams', () => {
  it('creates a card for a misjudged option, reviews it like any card, and follows the parent through syncs', () => {
    const h = make();
    const ctx = h.service.ctx;
    const parent = JSON.parse((card(h, 'fx-quorum-001') as { content: string }).content) as ChoiceQuestion;
    // YES on the distractor "Three" (option 2): wrong, so an option card appears with one Again.
    expect(feedOptionOutcomes(ctx, parent, [{ option: 2, yes: true, role: 'decisive' }])).toBe(1);
    const id = optionCardId('fx-quorum-001', 'Three');
    expect(card(h, id)).toMatchObject({ type: 'domc-option', state: 'learning', lesson: 'swarm-raft-and-quorum', retired: 0 });
    const q = JSON.parse((card(h, id) as { content: string }).content) as ChoiceQuestion;
    expect(q.prompt).toContain('**Proposed answer:** Three');
    expect(q.options.map((o) => o.correct)).toEqual([false, true]);
    // A right judgement later reviews the existing card; right judgements never create cards.
    expect(feedOptionOutcomes(ctx, parent, [{ option: 2, yes: false, role: 'passed' }, { option: 1, yes: false, role: 'passed' }])).toBe(1);
    expect(card(h, optionCardId('fx-quorum-001', 'One'))).toBeUndefined();
    // The exam never draws option cards.
    const draws = startExam(ctx, { size: 8, seed: 1 }).items.length;
    expect(draws).toBeLessThanOrEqual(7);
    // Sync: rewording the parent's stem updates the option card; removing the option retires it.
    const file = path.join(h.bank, 'orchestration/swarm-raft-and-quorum.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('A swarm has five manager nodes.', 'Your swarm runs five managers.'));
    h.service.sync();
    expect((card(h, id) as { content: string }).content).toContain('Your swarm runs five managers.');
    expect(card(h, id)).toMatchObject({ retired: 0, reps: 2 });
    fs.writeFileSync(file, text.replace('{ text: "Three", correct: false', '{ text: "Three managers", correct: false'));
    const s = h.service.sync();
    expect(s.retired).toBe(1);
    expect(card(h, id)).toMatchObject({ retired: 1 });
  });
});

describe('backups, export and import', () => {
  it('makes one backup per day, keeps seven, and restores progress from one', async () => {
    const h = make();
    const ctx = h.service.ctx;
    recordAnswer(ctx, 'fx-quorum-001', 3, 1000);
    expect(await dailyBackup(h.db, h.dir, '2026-03-02')).not.toBeNull();
    expect(await dailyBackup(h.db, h.dir, '2026-03-02')).toBeNull();
    for (let d = 3; d <= 11; d++) await dailyBackup(h.db, h.dir, `2026-03-${String(d).padStart(2, '0')}`);
    const list = listBackups(h.dir);
    expect(list).toHaveLength(KEEP_BACKUPS);
    expect(list[0]!.day).toBe('2026-03-11');
    // More answers after the backup, then restore: they are gone again.
    recordAnswer(ctx, 'fx-dct-env-001', 3, 1000);
    expect(reviews(h).n).toBe(2);
    restoreProgress(h.db, h.dir, list[0]!.name);
    expect(reviews(h).n).toBe(1);
    expect(card(h, 'fx-dct-env-001')).toMatchObject({ state: 'new' });
    expect(integrityCheck(h.db)).toEqual({ ok: true, problems: [] });
    expect(() => restoreProgress(h.db, h.dir, 'drydock-2020-01-01.sqlite')).toThrow(/does not exist/);
    const info = await backupNow(h.db, h.dir, '2026-03-11');
    expect(info.name).toBe('drydock-2026-03-11-2.sqlite');
  });

  it('export then import into a fresh database gives the same progress', () => {
    const a = make();
    for (const c of buildQueue(a.service.ctx).cards.slice(0, 5)) recordAnswer(a.service.ctx, c.id, 3, 1500);
    setFlag(a.service.ctx, 'fx-quorum-001', 1);
    const quorum = JSON.parse((card(a, 'fx-quorum-001') as { content: string }).content) as ChoiceQuestion;
    feedOptionOutcomes(a.service.ctx, quorum, [{ option: 3, yes: true, role: 'decisive' }]);
    const exported = exportProgress(a.db, a.clock.ms);
    const json = JSON.stringify(exported);
    const b = make();
    const counts = importProgress(b.db, parseExport(json), b.clock.ms);
    expect(counts).toEqual({ cards: 9, reviews: 6, exams: 0, lessonsRead: 0, drafts: 0, exerciseAttempts: 0 });
    b.service.sync(); // the option card is rebuilt from its parent and active again
    expect(card(b, optionCardId('fx-quorum-001', 'Four'))).toMatchObject({ retired: 0, type: 'domc-option', reps: 1 });
    const again = exportProgress(b.db, a.clock.ms);
    expect(again.cards).toEqual(exported.cards);
    expect(again.reviews).toEqual(exported.reviews);
    expect(b.db.prepare('SELECT * FROM srs_daily').all()).toEqual(a.db.prepare('SELECT * FROM srs_daily').all());
  });

  it('export then import carries lessons read, sandbox drafts and exercise attempts', () => {
    const a = make();
    addLearnerWork(a);
    const exported = exportProgress(a.db, a.clock.ms);
    expect(exported.version).toBe(2);
    const b = make();
    b.db.prepare("INSERT INTO lesson_read (lesson_id, read_at) VALUES ('stale-lesson', '2026-01-01T00:00:00.000Z')").run();
    const counts = importProgress(b.db, parseExport(JSON.stringify(exported)), b.clock.ms);
    expect(counts).toMatchObject({ lessonsRead: 2, drafts: 2, exerciseAttempts: 1 });
    for (const t of LEARNER_TABLES) expect(b.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all(), t).toEqual(a.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
  });

  it('a version 1 export leaves lessons read, drafts and attempts as they are', () => {
    const a = make();
    recordAnswer(a.service.ctx, 'fx-quorum-001', 3, 1500);
    const v1 = exportProgress(a.db, a.clock.ms) as unknown as Record<string, unknown>;
    delete v1.lessonsRead;
    delete v1.drafts;
    delete v1.exerciseAttempts;
    v1.version = 1;
    const b = make();
    addLearnerWork(b);
    const before = LEARNER_TABLES.map((t) => b.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
    const counts = importProgress(b.db, parseExport(JSON.stringify(v1)), b.clock.ms);
    expect(counts).toMatchObject({ reviews: 1, lessonsRead: null, drafts: null, exerciseAttempts: null });
    expect(LEARNER_TABLES.map((t) => b.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())).toEqual(before);
  });

  it('rejects an export whose drafts clash, naming the draft, and changes nothing', () => {
    const a = make();
    addLearnerWork(a);
    const file = exportProgress(a.db, a.clock.ms);
    const clash = JSON.parse(JSON.stringify(file)) as typeof file;
    clash.drafts = [...(clash.drafts ?? []), { ...(clash.drafts ?? [])[0]!, id: 'other-id' }];
    expect(() => parseExport(JSON.stringify(clash))).toThrow(/drafts\[2\]\.name: two scratch drafts are named "Scratch"/);
  });

  it('restoring a backup brings back lessons read, drafts and attempts too', async () => {
    const h = make();
    addLearnerWork(h);
    const before = LEARNER_TABLES.map((t) => h.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
    const info = await backupNow(h.db, h.dir, '2026-03-02');
    h.db.exec("DELETE FROM lesson_read; UPDATE sandbox_draft SET dockerfile = 'FROM scratch\n'; DELETE FROM exercise_attempt;");
    restoreProgress(h.db, h.dir, info.name);
    expect(LEARNER_TABLES.map((t) => h.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())).toEqual(before);
  });

  it('keeps the history of a card whose question is missing at import and comes back later', () => {
    const a = make();
    for (let i = 0; i < 2; i++) {
      recordAnswer(a.service.ctx, 'fx-dct-env-001', 3, 1000);
      a.clock.advance(20);
    }
    const json = JSON.stringify(exportProgress(a.db, a.clock.ms));
    const dir = tempDir();
    copyBank(path.join(dir, 'quizzes'));
    const dct = path.join(dir, 'quizzes/security/content-trust.yaml');
    const text = fs.readFileSync(dct, 'utf8');
    fs.rmSync(dct);
    const b = make(a.clock.ms, dir);
    importProgress(b.db, parseExport(json), b.clock.ms);
    expect(card(b, 'fx-dct-env-001')).toMatchObject({ retired: 1, reps: 2 });
    fs.writeFileSync(dct, text);
    expect(b.service.sync()).toMatchObject({ restored: 1, reset: 0 });
    expect(card(b, 'fx-dct-env-001')).toMatchObject({ retired: 0, reps: 2, state: 'review', type: 'single', domain: 'security' });
  });

  it('rejects a corrupt export with a message naming the problem, and changes nothing', () => {
    const a = make();
    recordAnswer(a.service.ctx, 'fx-quorum-001', 3, 1500);
    const good = exportProgress(a.db, a.clock.ms);
    const before = exportProgress(a.db, a.clock.ms);
    expect(() => parseExport('{"format": "drydock-progress", "version": 1, "cards": [')).toThrow(/not valid JSON.*nothing was imported/s);
    expect(() => parseExport('{"hello": 1}')).toThrow(/not a Drydock progress export/);
    const broken = JSON.parse(JSON.stringify(good));
    broken.cards[2].due = 'tomorrow';
    expect(() => parseExport(JSON.stringify(broken))).toThrow(/damaged; nothing was imported:\ncards\[2\]\.due: .*expected number/);
    const orphan = JSON.parse(JSON.stringify(good));
    orphan.reviews[0].cardId = 'no-such-card';
    expect(() => parseExport(JSON.stringify(orphan))).toThrow(/reviews\[0\]\.cardId: review of unknown card "no-such-card"/);
    expect(exportProgress(a.db, a.clock.ms)).toEqual(before);
  });
});

describe('integrity check at start-up', () => {
  it('reports a failed check clearly, offers the backups and refuses to schedule on a damaged database', async () => {
    const h = make();
    await backupNow(h.db, h.dir, '2026-03-01');
    // Stand-in for a damaged file: integrity_check reports problems (the rest of the database works).
    const damaged = new Proxy(h.db, {
      get(target, prop, receiver) {
        if (prop === 'pragma')
          return (sql: string, opts?: unknown) =>
            sql === 'integrity_check' ? [{ integrity_check: 'row 12 missing from index srs_card_queue' }] : (target.pragma as (a: string, b?: unknown) => unknown)(sql, opts);
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const svc = createQuizService({ db: damaged, quizzesDir: h.bank, contentDir: h.dir, dataDir: h.dir, now: h.clock.now, warn: () => {} });
    const health = svc.health();
    expect(health.ok).toBe(false);
    expect(health.message).toMatch(/failed its integrity check \(row 12 missing from index srs_card_queue\)\. Restore one of the 1 backups/);
    expect(health.backups.map((b) => b.name)).toEqual(['drydock-2026-03-01.sqlite']);
  });

  it('after the opener moved a damaged file aside, points the learner at the backups', () => {
    const h = make();
    const svc = createQuizService({
      db: h.db,
      quizzesDir: h.bank,
      contentDir: h.dir,
      dataDir: h.dir,
      now: h.clock.now,
      warn: () => {},
      startupNotices: [{ kind: 'corrupt-database', message: 'Your progress database was damaged (x).', movedTo: '/tmp/x' }],
    });
    expect(svc.health()).toMatchObject({ ok: true, message: expect.stringMatching(/damaged \(x\)\. There are no backups/) });
  });
});
