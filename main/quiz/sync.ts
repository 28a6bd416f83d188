// Start-up sync of the question bank into SQLite: new questions become cards; an edited question keeps
// its history (a content hash tells edits apart, and a change of key or type resets the schedule); a
// removed question is retired with its history kept and comes back if it reappears. Node only.
import type Database from 'better-sqlite3';
import { isMajorChange } from '../../core/srs/bankChange';
import { newMemory } from '../../core/srs/card';
import type { LoadedBank } from './bank';
import { memoryColumns, questionOf, snapshotOf, type CardRow } from './rows';
import { OPTION_CARD_TYPE, syncOptionCards } from './optionCards';
import { contentHash } from './hash';
import type { SyncSummary } from '../../core/api/quiz';


export function syncBank(db: Database.Database, bank: LoadedBank, now: number, dayOf: (ms: number) => string): SyncSummary {
  const existing = new Map((db.prepare('SELECT * FROM srs_card').all() as CardRow[]).map((r) => [r.id, r]));
  const insert = db.prepare(`INSERT INTO srs_card (id, domain, lesson, section, objective, type, file, position, content, content_hash, due)
    VALUES (@id, @domain, @lesson, @section, @objective, @type, @file, @position, @content, @content_hash, @due)`);
  const update = db.prepare(`UPDATE srs_card SET domain=@domain, lesson=@lesson, section=@section, objective=@objective, type=@type,
    file=@file, position=@position, content=@content, content_hash=@content_hash, retired=0 WHERE id=@id`);
  const reset = db.prepare(`UPDATE srs_card SET state=@state, due=@due, stability=@stability, difficulty=@difficulty,
    scheduled_days=@scheduled_days, learning_steps=@learning_steps, reps=@reps, lapses=@lapses, last_review=@last_review, leech=0 WHERE id=@id`);
  const logReset = db.prepare(`INSERT INTO srs_review (card_id, at, day, rating, state_before, elapsed_days, scheduled_days, stability, difficulty, duration_ms, source, prev)
    VALUES (?, ?, ?, 0, ?, 0, 0, 0, 0, 0, 'sync', ?)`);
  const retire = db.prepare('UPDATE srs_card SET retired = 1 WHERE id = ?');

  const counts = { added: 0, edited: 0, reset: 0, retired: 0, restored: 0, unchanged: 0 };
  db.transaction(() => {
    const present = new Set<string>();
    for (const { question: q, file, position } of bank.entries) {
      present.add(q.id);
      const content = JSON.stringify(q);
      const row = {
        id: q.id,
        domain: q.domain,
        lesson: q.lesson,
        section: q.section ?? null,
        objective: q.objective,
        type: q.type,
        file,
        position,
        content,
        content_hash: contentHash(q),
      };
      const old = existing.get(q.id);
      if (!old) {
        insert.run({ ...row, due: now });
        counts.added++;
        continue;
      }
      const sameContent = old.content_hash === row.content_hash;
      if (sameContent && old.retired === 0 && old.file === file && old.position === position) {
        counts.unchanged++;
        continue;
      }
      update.run(row);
      if (old.retired) counts.restored++;
      if (sameContent) {
        if (!old.retired) counts.unchanged++;
        continue;
      }
      // An imported placeholder (empty hash) has no earlier content to compare with: keep its history.
      if (old.state !== 'new' && old.content_hash !== '' && isMajorChange(questionOf(old), q)) {
        // The right answer changed: old answers say nothing about the new card. Log the reset (rating 0).
        logReset.run(q.id, now, dayOf(now), old.state, JSON.stringify(snapshotOf(old)));
        reset.run({ id: q.id, ...memoryColumns(newMemory(now)) });
        counts.reset++;
      } else {
        counts.edited++;
      }
    }
    for (const [id, old] of existing) {
      // Option cards have no file of their own: they follow their parent question (below).
      if (old.type === OPTION_CARD_TYPE) continue;
      if (!present.has(id) && !old.retired) {
        retire.run(id);
        counts.retired++;
      }
    }
    const options = syncOptionCards(db, now);
    counts.edited += options.updated;
    counts.reset += options.reset;
    counts.retired += options.retired;
  })();
  return { ...counts, problems: bank.problems };
}
