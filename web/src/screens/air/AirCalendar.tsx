import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { GetResult } from '../../api/client';

echarts.use([HeatmapChart, CalendarComponent, VisualMapComponent, TooltipComponent, SVGRenderer]);

type Series = GetResult<'/api/air/daily'>['series'];

/** HJ 633-2012's six AQI categories and their standard colours (the API names the category of each day). */
const categories = [
  { name: '优', color: '#00e400' },
  { name: '良', color: '#ffff00' },
  { name: '轻度污染', color: '#ff7e00' },
  { name: '中度污染', color: '#ff0000' },
  { name: '重度污染', color: '#99004c' },
  { name: '严重污染', color: '#7e0023' },
] as const;

/** A year of daily AQI as an ECharts calendar, each day in its category's colour; the table beside it is the text. */
export function AirCalendar({ year, series, label }: { year: number; series: Series; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const data = series.date.flatMap((date, index) => {
      const category = series.category[index];
      const aqi = series.aqi[index];
      if (category === null || category === undefined || aqi === null || aqi === undefined) return [];
      return [[date, aqi, categories.findIndex((entry) => entry.name === category)]];
    });
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: (params: { value: [string, number, number] }) =>
          `${params.value[0]}<br/>AQI ${params.value[1]} ${categories[params.value[2]]?.name ?? ''}`,
      },
      visualMap: {
        type: 'piecewise',
        dimension: 2,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        pieces: categories.map((entry, index) => ({ value: index, label: entry.name, color: entry.color })),
      },
      calendar: {
        range: String(year),
        cellSize: ['auto', 14],
        top: 30,
        left: 40,
        right: 20,
        dayLabel: { nameMap: 'ZH' },
        monthLabel: { nameMap: 'ZH' },
        yearLabel: { show: false },
      },
      series: [{ type: 'heatmap', coordinateSystem: 'calendar', data }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [year, series]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: 200 }}
      data-testid="air-calendar"
    />
  );
}
