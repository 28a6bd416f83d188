// Reads the question bank (quizzes/**/*.yaml|yml|json, each file a list of questions). Every question is
// validated on its own, so one bad question is reported with its file and field while the rest loads.
// Node only.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { questionSchema, type Question } from '../../core/model/question';
import { formatPath } from '../../core/srs/exportFormat';

export interface BankEntry {
  readonly question: Question;
  /** Path relative to the bank folder, with forward slashes. */
  readonly file: string;
  /** Stable order for introducing new cards: file order, then position in the file. */
  readonly position: number;
}

export interface BankProblem {
  readonly file: string;
  /** "[3].options[1].why" style path to the bad field, or "(file)" for file-level problems. */
  readonly field: string;
  readonly message: string;
}

export interface LoadedBank {
  readonly entries: readonly BankEntry[];
  readonly problems: readonly BankProblem[];
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
    }
  };
  walk(dir);
  return out;
}

export function loadBank(dir: string): LoadedBank {
  const entries: BankEntry[] = [];
  const problems: BankProblem[] = [];
  const seen = new Map<string, string>();
  let position = 0;
  for (const full of listFiles(dir)) {
    const file = path.relative(dir, full).split(path.sep).join('/');
    let data: unknown;
    try {
      const text = fs.readFileSync(full, 'utf8');
      data = full.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    } catch (err) {
      problems.push({ file, field: '(file)', message: `cannot be parsed: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push({ file, field: '(file)', message: 'must be a list of questions (a YAML sequence or JSON array)' });
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ file, field: formatPath([index, ...issue.path]), message: issue.message });
        }
        return;
      }
      const q = parsed.data;
      const first = seen.get(q.id);
      if (first) {
        problems.push({ file, field: formatPath([index, 'id']), message: `id "${q.id}" is already used in ${first}; this copy was skipped` });
        return;
      }
      seen.set(q.id, file);
      entries.push({ question: q, file, position: position++ });
    });
  }
  return { entries, problems };
}
