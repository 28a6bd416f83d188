// The exam report: score and pass line, per-domain scores, then every item with the learner's answer,
// why each option is right or wrong, the DOMC sequence as it happened, and a link to the lesson. DOM only.
import type { ExamReport } from '../../../core/api/quiz';
import { domainInfo } from '../../../core/model/domains';
import { hrefFor } from '../../router';
import { Panel } from '../../ui';
import { markdownBlock, markdownInline } from '../review/markdown';
import { LessonTitle } from '../lessons/useLessonTitle';

const ROLE_TEXT = { passed: 'answered NO, item continued', decisive: 'decided the item', mask: 'extra option after the decision (not scored)' } as const;

export function ExamReportView({ report, attemptId }: { report: ExamReport; attemptId: number }) {
  return (
    <div className="exam-page exam-report">
      <header className="report-head">
        <h1>Exam report</h1>
        <p className={`score ${report.passed ? 'ok' : 'bad'}`}>
          {report.percent}% — {report.correct} of {report.total} right · {report.passed ? 'PASS' : 'below the pass line'} ({report.passPercent}%)
        </p>
        <p className="muted">
          Time used: {Math.round(report.durationMs / 60_000)} min{report.timedOut ? ' (time ran out)' : ''} · attempt {attemptId} ·{' '}
          <a href={hrefFor('exam')}>All attempts</a> · <a href={hrefFor('review')}>Review missed cards</a>
        </p>
      </header>
      <Panel title="By domain">
        <table className="domain-scores">
          <tbody>
            {report.domains.map((d) => (
              <tr key={d.domain}>
                <td>
                  {domainInfo(d.domain).number}. {domainInfo(d.domain).title}
                </td>
                <td className="bar-cell">
                  <span className="bar" style={{ width: `${d.percent}%` }} />
                  <span className="pass-mark" style={{ left: `${report.passPercent}%` }} />
                </td>
                <td>
                  {d.correct}/{d.total} ({d.percent}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <ol className="report-items">
        {report.items.map((it) => (
          <li key={it.index} className={`report-item ${it.correct ? 'is-right' : 'is-wrong'}`}>
            <header className="card-meta">
              <b>{it.correct ? '✓ Right' : it.answered ? '✗ Wrong' : '✗ Not answered'}</b>
              <span className="muted">
                {it.kind === 'domc' ? 'DOMC' : 'Multiple choice'} · {domainInfo(it.domain).title}
                {it.flagged ? ' · flagged' : ''}
              </span>
            </header>
            <div className="card-prompt" dangerouslySetInnerHTML={{ __html: markdownBlock(it.prompt) }} />
            <ul className="report-options">
              {it.options.map((o, i) => (
                <li key={i} className={o.correct ? 'is-key' : ''}>
                  <span className="opt-mark">{o.correct ? '✓' : '✗'}</span>
                  <span dangerouslySetInnerHTML={{ __html: markdownInline(o.text) }} />
                  {o.selected !== undefined && o.selected && <b className="you"> your choice</b>}
                  {o.domc && (
                    <span className="domc-outcome">
                      {' '}
                      — shown {o.domc.position + 1}
                      {o.domc.position === 0 ? 'st' : o.domc.position === 1 ? 'nd' : o.domc.position === 2 ? 'rd' : 'th'}, you said <b>{o.domc.yes ? 'YES' : 'NO'}</b>, {ROLE_TEXT[o.domc.role]}
                    </span>
                  )}
                  {it.kind === 'domc' && !o.domc && <span className="muted"> — not shown</span>}
                  <div className="muted why" dangerouslySetInnerHTML={{ __html: markdownInline(o.why) }} />
                </li>
              ))}
            </ul>
            <div className="explanation" dangerouslySetInnerHTML={{ __html: markdownBlock(it.explanation) }} />
            <a href={hrefFor('lessons', it.lesson, ...(it.section ? [it.section] : []))}>Study: <LessonTitle id={it.lesson} /></a>
          </li>
        ))}
      </ol>
    </div>
  );
}
