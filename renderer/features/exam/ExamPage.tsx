// The exam simulator page: start an attempt (55 items / 90 minutes, or a short one), sit it with a timer,
// DOMC items option by option with no going back, flag MC items for review, submit, read the report.
// #/exam, #/exam/<attempt id>. DOM only.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DOMAINS } from '../../../core/model/domains';
import { useDrydockStore } from '../../store';
import { hrefFor, navigate } from '../../router';
import { Button, Panel } from '../../ui';
import { ExamRunner } from './ExamRunner';
import { ExamReportView } from './ExamReportView';
// The question card and choice styles are shared with the review page; the exam can be the first page loaded.
import '../review/review.css';
import './exam.css';

export default function ExamPage({ path }: { path: string[] }) {
  const id = path[0] ? Number(path[0]) : undefined;
  const { exam, report, openExam, closeExam } = useDrydockStore(
    useShallow((s) => ({ exam: s.exam, report: s.examReport, openExam: s.openExam, closeExam: s.closeExam })),
  );

  useEffect(() => {
    if (id && Number.isInteger(id) && exam?.id !== id) void openExam(id);
    if (!id && exam) closeExam();
  }, [id, exam, openExam, closeExam]);

  // Once an attempt starts, its id goes into the address so a reload resumes it.
  useEffect(() => {
    if (exam && exam.id !== id) navigate('exam', String(exam.id));
  }, [exam, id]);

  if (id && report) return <ExamReportView report={report} attemptId={id} />;
  if (id && exam && !exam.submitted) return <ExamRunner exam={exam} />;
  if (id) return <p className="exam-page muted">Loading attempt {id}…</p>;
  return <ExamStart />;
}

function ExamStart() {
  const { history, load, start } = useDrydockStore(useShallow((s) => ({ history: s.examHistory, load: s.loadExamHistory, start: s.startExam })));
  const [size, setSize] = useState(55);
  const [pass, setPass] = useState(65);
  useEffect(() => {
    void load();
  }, [load]);
  const minutes = Math.max(1, Math.round((90 * size) / 55));
  return (
    <div className="exam-page">
      <h1>Practice exam</h1>
      <Panel title="Like the real DCA">
        <p>
          55 items in 90 minutes: 13 multiple choice and 42 DOMC (discrete option multiple choice), drawn in proportion to the six domain weights. A DOMC
          item shows its options one at a time: answer YES or NO to each. The item ends at the first answer that decides it and you cannot go back.
          Half the time one more option follows the decision, so you cannot tell how you did (a practice recommended for DOMC tests; whether the real
          exam does it is not published). Multiple-choice items can be flagged and revisited until you submit.
        </p>
        <div className="exam-options">
          <label>
            Items{' '}
            <select value={size} onChange={(e) => setSize(Number(e.target.value))}>
              <option value={55}>55 (full exam, 90 min)</option>
              <option value={20}>20 (33 min)</option>
              <option value={10}>10 (16 min)</option>
              <option value={5}>5 (8 min)</option>
            </select>
          </label>
          <label>
            Pass line{' '}
            <input type="number" min={1} max={100} value={pass} onChange={(e) => setPass(Number(e.target.value))} className="pass-input" /> %
          </label>
          <span className="muted">Mirantis does not publish the pass mark; third parties quote 55–70%.</span>
        </div>
        <Button variant="primary" onClick={() => void start(size, minutes, pass)}>
          Start a {size}-item exam
        </Button>
      </Panel>
      {history && history.length > 0 && (
        <Panel title="Past attempts">
          <table className="exam-history">
            <thead>
              <tr>
                <th>Date</th>
                <th>Items</th>
                <th>Score</th>
                {DOMAINS.map((d) => (
                  <th key={d.id} title={d.title}>
                    D{d.number}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>
                    <a href={hrefFor('exam', String(h.id))}>{new Date(h.startedAt).toLocaleString()}</a>
                  </td>
                  <td>{h.items}</td>
                  <td className={h.passed === null ? '' : h.passed ? 'ok' : 'bad'}>{h.percent === null ? 'unfinished' : `${h.percent}%`}</td>
                  {DOMAINS.map((d) => (
                    <td key={d.id}>{h.domains.find((x) => x.domain === d.id)?.percent ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
    </div>
  );
}
