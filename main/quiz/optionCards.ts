// Option cards in the store: created when the learner misjudges a DOMC option on a practice exam (that
// answer is recorded as Again on it), reviewed like any card afterwards, and kept in step with the
// parent question at each sync (re-worded with it, reset if the option's truth flips, retired with it).
// Node only.
import type Database from 'better-sqlite3';
import type { ChoiceQuestion } from '../../core/model/question';
import { isDomcUsable, type Question } from '../../core/model/question';
import { isMajorChange } from '../../core/srs/bankChange';
import { newMemory } from '../../core/srs/card';
import { findOption, optionCardId, optionCardQuestion, parseOptionCardId } from '../../core/srs/optionCards';
import type { DomcResponse } from '../../core/exam/domc';
import type { SrsContext } from './context';
import { recordAnswer } from './review';
import { memoryColumns, questionOf, type CardRow } from './rows';
import { contentHash } from './hash';

/** srs_card.type of option cards; exams never draw them (they draw by question type). */
export const OPTION_CARD_TYPE = 'domc-option';

function insertOrRevive(db: Database.Database, q: Question, file: string, position: number, now: number): void {
  db.prepare(
    `INSERT INTO srs_card (id, domain, lesson, section, objective, type, file, position, content, content_hash, due)
     VALUES (@id, @domain, @lesson, @section, @objective, '${OPTION_CARD_TYPE}', @file, @position, @content, @hash, @due)
     ON CONFLICT (id) DO UPDATE SET retired = 0, content = excluded.content, content_hash = excluded.content_hash`,
  ).run({ id: q.id, domain: q.domain, lesson: q.lesson, section: q.section ?? null, objective: q.objective, file, position, content: JSON.stringify(q), hash: contentHash(q), due: now });
}

/**
 * Feeds each DOMC option the learner judged to its option card: a wrong judgement creates the card if
 * needed and records Again; a right one records Good on a card that already exists.
 */
export function feedOptionOutcomes(ctx: SrsContext, parent: ChoiceQuestion, responses: readonly DomcResponse[]): number {
  const parentRow = ctx.db.prepare('SELECT file, position FROM srs_card WHERE id = ?').get(parent.id) as { file: string; position: number } | undefined;
  let fed = 0;
  for (const r of responses) {
    const option = parent.options[r.option];
    if (!option) continue;
    const right = r.yes === option.correct;
    const id = optionCardId(parent.id, option.text);
    const exists = ctx.db.prepare('SELECT 1 FROM srs_card WHERE id = ? AND retired = 0').get(id) !== undefined;
    if (!right && !exists) insertOrRevive(ctx.db, optionCardQuestion(parent, r.option), parentRow?.file ?? '(exam)', parentRow?.position ?? 0, ctx.now());
    if (!right || exists) {
      recordAnswer(ctx, id, right ? 3 : 1, 0, 'exam');
      fed++;
    }
  }
  return fed;
}

/** Brings option cards in line with their parents after a bank sync. Returns how many were retired. */
export function syncOptionCards(db: Database.Database, now: number): { updated: number; reset: number; retired: number } {
  const counts = { updated: 0, reset: 0, retired: 0 };
  const rows = db.prepare(`SELECT * FROM srs_card WHERE type = '${OPTION_CARD_TYPE}'`).all() as CardRow[];
  const parentOf = db.prepare('SELECT content, retired FROM srs_card WHERE id = ?');
  for (const row of rows) {
    const ref = parseOptionCardId(row.id);
    const parentRow = ref ? (parentOf.get(ref.parentId) as { content: string; retired: number } | undefined) : undefined;
    const parent = parentRow && !parentRow.retired ? questionOf(parentRow) : null;
    const index = parent && ref && isDomcUsable(parent) ? findOption(parent, ref.hash) : -1;
    if (!parent || index < 0 || !isDomcUsable(parent)) {
      if (!row.retired) {
        db.prepare('UPDATE srs_card SET retired = 1 WHERE id = ?').run(row.id);
        counts.retired++;
      }
      continue;
    }
    const q = optionCardQuestion(parent, index);
    const hash = contentHash(q);
    if (hash === row.content_hash && !row.retired) continue;
    // An imported placeholder (empty hash) has no earlier content to compare with: keep its history.
    const major = row.content_hash !== '' && isMajorChange(questionOf(row), q);
    db.prepare('UPDATE srs_card SET content = ?, content_hash = ?, retired = 0, domain = ?, lesson = ?, section = ?, objective = ? WHERE id = ?').run(
      JSON.stringify(q),
      hash,
      q.domain,
      q.lesson,
      q.section ?? null,
      q.objective,
      row.id,
    );
    if (major && row.state !== 'new') {
      // The option's truth flipped: what the learner memorised is now wrong, start over.
      db.prepare(
        'UPDATE srs_card SET state=@state, due=@due, stability=@stability, difficulty=@difficulty, scheduled_days=@scheduled_days, learning_steps=@learning_steps, reps=@reps, lapses=@lapses, last_review=@last_review, leech=0 WHERE id=@id',
      ).run({ id: row.id, ...memoryColumns(newMemory(now)) });
      counts.reset++;
    } else counts.updated++;
  }
  return counts;
}
