import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartPoint {
  periodEnd: string;
  value: number;
}

/**
 * A target's reported values over time against its goal (a horizontal line), as an ECharts line. The table of
 * values beside it is the same data as text, so the chart is never the only way to read it.
 */
export function IndicatorChart({
  points,
  goal,
  label,
}: {
  points: readonly ChartPoint[];
  goal: { value: number; due: string } | null;
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const sorted = [...points].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['报送值', ...(goal ? ['目标值'] : [])], top: 0 },
      grid: { left: 56, right: 24, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: sorted.map((point) => point.periodEnd) },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: '报送值', type: 'line', data: sorted.map((point) => point.value), symbolSize: 8 },
        ...(goal
          ? [
              {
                name: '目标值',
                type: 'line',
                data: sorted.map(() => goal.value),
                lineStyle: { type: 'dashed' },
                symbol: 'none',
              },
            ]
          : []),
      ],
    });
    element.current.dataset.drawn = 'true';
    return () => chart.dispose();
  }, [points, goal]);
  return <div ref={element} className="indicator-chart" role="img" aria-label={label} data-testid="indicator-chart" />;
}
