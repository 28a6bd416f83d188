// Content hashes of questions: what sync compares to tell an edited question from an unchanged one.
// Node only.
import crypto from 'node:crypto';

export function contentHash(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
