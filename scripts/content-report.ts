// Prints the size of the course: lessons and questions per domain, question types, DOMC-usable share, and
// questions and lessons per study-guide objective (gaps flagged). `npm run report:content`.
import { DOMAINS } from '../core/model/domains';
import { isDomcUsable } from '../core/model/question';
import { loadLessons, loadObjectives, loadQuestions } from '../test/content/load';

const { lessons, problems: lp } = loadLessons();
const { questions, problems: qp } = loadQuestions();
const objectives = loadObjectives();
const all = questions.map((q) => q.question);

for (const p of [...lp, ...qp]) console.log(`problem: ${p.file}: ${p.message}`);

console.log('\nDomain                                     weight  lessons  questions  share  DOMC-usable');
for (const d of DOMAINS) {
  const qs = all.filter((q) => q.domain === d.id);
  const ls = lessons.filter((l) => l.meta.domain === d.id);
  console.log(
    `${`${d.number}. ${d.title}`.padEnd(42)} ${`${Math.round(d.weight * 100)}%`.padStart(6)} ${String(ls.length).padStart(8)} ${String(qs.length).padStart(10)} ${`${Math.round((qs.length / Math.max(all.length, 1)) * 100)}%`.padStart(6)} ${String(qs.filter(isDomcUsable).length).padStart(12)}`,
  );
}
console.log(`${'Total'.padEnd(42)} ${'100%'.padStart(6)} ${String(lessons.length).padStart(8)} ${String(all.length).padStart(10)} ${''.padStart(6)} ${String(all.filter(isDomcUsable).length).padStart(12)}`);

const types = new Map<string, number>();
for (const q of all) types.set(q.type, (types.get(q.type) ?? 0) + 1);
console.log(`\nTypes: ${[...types].map(([t, n]) => `${t} ${n}`).join(', ')}`);

console.log('\nObjective  lessons  questions  text');
for (const o of objectives) {
  const nl = lessons.filter((l) => l.meta.studyGuide.includes(o.id)).length;
  const nq = all.filter((q) => q.objective === o.id).length;
  const flag = nl === 0 || nq < 3 ? '  <-- gap' : '';
  console.log(`${o.id.padEnd(10)} ${String(nl).padStart(7)} ${String(nq).padStart(10)}  ${o.text}${flag}`);
}
