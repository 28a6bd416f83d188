// Child process for the crash test: answers cards as fast as it can and prints "committed <n>" after each
// answer's transaction has returned. The parent kills it with SIGKILL mid-session.
import { harness } from './helpers';
import { buildQueue, recordAnswer } from '../../main/quiz/review';

const dir = process.argv[2];
if (!dir) throw new Error('usage: child-session.ts <dir>');
const h = harness(Date.parse('2026-03-02T10:00:00Z'), dir);
// Synchronous writes so "committed" means on disk, not only in the OS cache.
h.db.pragma('synchronous = FULL');
let n = 0;
for (;;) {
  const next = buildQueue(h.service.ctx).cards[0];
  if (!next) {
    h.clock.advance(24 * 60);
    continue;
  }
  recordAnswer(h.service.ctx, next.id, ((n % 4) + 1) as 1 | 2 | 3 | 4, 1000);
  n++;
  process.stdout.write(`committed ${n}\n`);
  h.clock.advance(1);
}
