// ECharts, loaded only when the dashboard opens (a dynamic import from DashboardPage), with only the
// chart types and components the dashboard draws, so the rest of the library never enters the bundle.
// DOM only.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { CalendarComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { DashboardData } from '../../../core/api/quiz';
import { DOMAINS } from '../../../core/model/domains';

echarts.use([BarChart, HeatmapChart, CalendarComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type Option = Parameters<echarts.ECharts['setOption']>[0];

function css(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function shiftDay(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}

export type ChartName = 'calendar' | 'forecast' | 'retention' | 'states' | 'readiness';

export function optionFor(name: ChartName, d: DashboardData): Option {
  const text = css('--text');
  const muted = css('--text-muted');
  const axis = { axisLabel: { color: muted }, axisLine: { lineStyle: { color: css('--border') } } };
  const base = { textStyle: { color: text }, tooltip: {}, animation: false, grid: { left: 44, right: 16, top: 24, bottom: 28 } };
  switch (name) {
    case 'calendar': {
      const max = Math.max(1, ...d.reviewsPerDay.map((r) => r.reviews));
      return {
        ...base,
        tooltip: { formatter: (p: unknown) => { const v = (p as { value: [string, number] }).value; return `${v[0]}: ${v[1]} reviews`; } },
        visualMap: { min: 0, max, show: false, inRange: { color: [css('--surface-2'), css('--accent')] } },
        calendar: {
          range: [shiftDay(d.today, -364), d.today],
          cellSize: ['auto', 13],
          top: 24,
          left: 36,
          right: 8,
          itemStyle: { borderColor: css('--surface'), borderWidth: 2, color: css('--surface-2') },
          splitLine: { show: false },
          dayLabel: { color: muted, nameMap: 'en', firstDay: 1 },
          monthLabel: { color: muted },
          yearLabel: { show: false },
        },
        series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: d.reviewsPerDay.map((r) => [r.day, r.reviews]) }],
      };
    }
    case 'forecast':
      return {
        ...base,
        xAxis: { type: 'category', data: d.forecast.map((_n, i) => (i === 0 ? 'today' : `+${i}`)), ...axis },
        yAxis: { type: 'value', minInterval: 1, ...axis, splitLine: { lineStyle: { color: css('--border') } } },
        series: [{ type: 'bar', name: 'cards due', data: d.forecast, itemStyle: { color: css('--ok') } }],
      };
    case 'retention':
      return {
        ...base,
        ...(d.retention.length === 0 ? { title: { text: 'No answers to graduated cards yet', left: 'center', top: 'middle', textStyle: { fontSize: 13, fontWeight: 'normal', color: muted } } } : {}),
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', name: 'days since last review', nameLocation: 'middle', nameGap: 22, data: d.retention.map((r) => r.label), ...axis },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: muted, formatter: '{value}%' }, splitLine: { lineStyle: { color: css('--border') } } },
        series: [
          {
            type: 'bar',
            name: 'true retention',
            data: d.retention.map((r) => (r.passed + r.failed === 0 ? 0 : Math.round((1000 * r.passed) / (r.passed + r.failed)) / 10)),
            itemStyle: { color: css('--accent') },
            markLine: { symbol: 'none', data: [{ yAxis: 90, name: 'desired' }], lineStyle: { color: css('--warn'), type: 'dashed' }, label: { color: muted, formatter: 'desired 90%', position: 'insideEndTop' } },
          },
        ],
      };
    case 'states': {
      const s = d.cardsByState;
      const rows: Array<[string, number, string]> = [
        ['New', s.new, css('--accent')],
        ['Learning', s.learning, css('--danger')],
        ['Young', s.young, css('--ok')],
        ['Mature', s.mature, css('--text')],
        ['Suspended', s.suspended, css('--text-muted')],
        ['Leeches', s.leech, css('--warn')],
      ];
      return {
        ...base,
        grid: { left: 80, right: 30, top: 8, bottom: 20 },
        xAxis: { type: 'value', minInterval: 1, ...axis, splitLine: { lineStyle: { color: css('--border') } } },
        yAxis: { type: 'category', data: rows.map((r) => r[0]), inverse: true, ...axis },
        series: [{ type: 'bar', data: rows.map((r) => ({ value: r[1], itemStyle: { color: r[2] } })), label: { show: true, position: 'right', color: muted } }],
      };
    }
    case 'readiness':
      return {
        ...base,
        grid: { left: 150, right: 30, top: 8, bottom: 44 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: muted, formatter: '{value}%' }, splitLine: { lineStyle: { color: css('--border') } } },
        yAxis: {
          type: 'category',
          inverse: true,
          data: d.readiness.domains.map((r) => `${DOMAINS.find((x) => x.id === r.domain)?.number}. ${DOMAINS.find((x) => x.id === r.domain)?.title.split(',')[0]} (${Math.round(r.weight * 100)}%)`),
          ...axis,
        },
        series: [
          {
            type: 'bar',
            name: 'expected score',
            data: d.readiness.domains.map((r) => Math.round(r.expected * 1000) / 10),
            itemStyle: { color: css('--accent') },
            markLine: { symbol: 'none', data: [{ xAxis: d.readiness.passPercent }], lineStyle: { color: css('--danger'), type: 'dashed' }, label: { color: muted, formatter: 'pass line' } },
          },
          {
            type: 'bar',
            name: 'objectives with mature cards',
            data: d.readiness.domains.map((r) => (r.objectivesTotal === 0 ? 0 : Math.round((1000 * r.objectivesMature) / r.objectivesTotal) / 10)),
            itemStyle: { color: css('--ok') },
          },
        ],
        legend: { bottom: 0, textStyle: { color: muted } },
      };
  }
}

/** Draws (or redraws) a chart into `el`; returns a disposer. */
export function drawChart(el: HTMLElement, name: ChartName, data: DashboardData): () => void {
  const chart = echarts.getInstanceByDom(el) ?? echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption(optionFor(name, data), true);
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    chart.dispose();
  };
}
