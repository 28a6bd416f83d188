// Progress: reviews per day, the 30-day forecast, true retention, cards by state and readiness per
// domain (ECharts, loaded lazily), streak and time studied; review settings with exam-date mode; and
// data safety (backups, export, import). #/progress. DOM only.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DashboardData } from '../../../core/api/quiz';
import { useDrydockStore } from '../../store';
import { Banner, Button, Panel } from '../../ui';
import type { ChartName } from './charts';
import { SettingsForm } from './SettingsForm';
import { DataSafety } from './DataSafety';
import './dashboard.css';
import { formatStudyTime } from '../../../core/format/duration';

export default function DashboardPage(_props: { path: string[] }) {
  const { data, health, load } = useDrydockStore(useShallow((s) => ({ data: s.dashboard, health: s.srsHealth, load: s.loadDashboard })));
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="dashboard-page">
      <h1>Progress</h1>
      {health && !health.ok && <Banner tone="error">{health.message}</Banner>}
      {!data && health?.ok !== false && <p className="muted">Loading…</p>}
      {data && (
        <>
          <div className="tiles">
            <Tile label="Expected exam score" value={`${Math.round(data.readiness.expectedScore * 100)}%`} note={data.readiness.at === 'exam' ? 'predicted for exam day' : 'if the exam were today'} />
            <Tile label="Blueprint with mature cards" value={`${Math.round(data.readiness.matureCoverage * 100)}%`} note="weighted by domain" />
            <Tile label="Streak" value={`${data.streakDays} day${data.streakDays === 1 ? '' : 's'}`} note="in a row with reviews" />
            <Tile label="Time studied" value={formatStudyTime(data.minutesStudied.today)} note={`today · ${formatStudyTime(data.minutesStudied.total)} in all`} />
          </div>
          <div className="chart-grid">
            <ChartPanel title="Readiness per domain" name="readiness" data={data} size="tall" className="wide" />
            <ChartPanel title="Reviews per day (last 12 months)" name="calendar" data={data} size="short" className="wide" />
            <ChartPanel title="Due in the next 30 days" name="forecast" data={data} />
            <ChartPanel title="True retention by interval" name="retention" data={data} />
            <ChartPanel title="Cards by state" name="states" data={data} />
          </div>
        </>
      )}
      <SettingsForm />
      <DataSafety />
      <p>
        <Button variant="ghost" onClick={() => void load()}>
          Refresh
        </Button>
      </p>
    </div>
  );
}

function Tile({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="tile">
      <div className="tile-label">{label}</div>
      <div className="tile-value">{value}</div>
      <div className="tile-note muted">{note}</div>
    </div>
  );
}

function ChartPanel({ title, name, data, size, className }: { title: string; name: ChartName; data: DashboardData; size?: 'tall' | 'short'; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let dispose: (() => void) | undefined;
    let cancelled = false;
    import('./charts')
      .then(({ drawChart }) => {
        if (!cancelled && ref.current) dispose = drawChart(ref.current, name, data);
      })
      .catch((err: unknown) => setFailed(String(err)));
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [name, data]);
  return (
    <Panel title={title} className={['chart-panel', className].filter(Boolean).join(' ')}>
      {failed ? <p className="muted">Chart unavailable: {failed}</p> : <div ref={ref} className={`chart ${size ? `chart-${size}` : ''}`} data-chart={name} role="img" aria-label={title} />}
    </Panel>
  );
}
