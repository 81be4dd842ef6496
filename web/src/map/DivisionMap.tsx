import { useQuery } from '@tanstack/react-query';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { api, call } from '../api/client';

// Only what the maps need: the map series, tooltips and the SVG renderer (tests read the drawn paths).
echarts.use([MapChart, TooltipComponent, SVGRenderer]);

export interface DivisionPaint {
  code: string;
  fill: string;
  /** Shown in the tooltip and the accessible description, e.g. "暴雨 Ⅱ级 橙色预警". */
  label: string;
}

const mapName = 'ordos-divisions';

/** The divisions as GeoJSON from our own API (no tile server), registered with ECharts once. */
export function useDivisionShapes() {
  return useQuery({
    queryKey: ['geo', 'divisions'],
    staleTime: Infinity,
    queryFn: async () => {
      const collection = await call(api.GET('/api/geo/divisions', { params: { query: { crs: 'wgs84' } } }));
      echarts.registerMap(mapName, collection as unknown as Parameters<typeof echarts.registerMap>[1]);
      return collection;
    },
  });
}

/**
 * The city's divisions, each painted as the caller says. A click anywhere gives the WGS84 point (for the
 * API's point query) and the division clicked. The chart is decorative for screen readers: the same facts
 * are in the list beside it, which the keyboard reaches.
 */
export function DivisionMap({
  paints,
  onPick,
  label,
  height = 420,
}: {
  paints: DivisionPaint[];
  onPick?: (pick: { lat: number; lon: number; code: string | null }) => void;
  label: string;
  height?: number;
}) {
  const shapes = useDivisionShapes();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    if (!shapes.data || !element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    // Tests and the bench wait on this mark: the divisions are drawn (registered before the first setOption,
    // which may render at once).
    instance.on('finished', () => {
      if (element.current?.getAttribute('data-drawn') === 'true') return;
      element.current?.setAttribute('data-drawn', 'true');
      performance.mark('nuancheng:map-drawn');
    });
    instance.getZr().on('click', (event) => {
      const point = instance.convertFromPixel({ seriesIndex: 0 }, [event.offsetX, event.offsetY]) as number[] | null;
      if (!point || point.length < 2) return;
      pick.current?.({ lon: point[0]!, lat: point[1]!, code: null });
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [shapes.data]);

  useEffect(() => {
    if (!chart.current || !shapes.data) return;
    const byCode = new Map(paints.map((entry) => [entry.code, entry]));
    chart.current.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params: { name: string; data?: { label?: string } }) =>
          `${params.name}<br/>${params.data?.label || '无预警'}`,
      },
      series: [
        {
          type: 'map',
          map: mapName,
          roam: false,
          selectedMode: false,
          aspectScale: 0.85,
          label: { show: true, fontSize: 12, color: '#1f1f1f' },
          emphasis: { label: { show: true }, itemStyle: { areaColor: undefined, borderWidth: 2 } },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          data: shapes.data.features.map((feature) => {
            const entry = byCode.get(feature.properties.code);
            return {
              name: feature.properties.name,
              code: feature.properties.code,
              label: entry?.label ?? '',
              itemStyle: { areaColor: entry?.fill ?? '#e6eef5' },
            };
          }),
        },
      ],
    });
  }, [paints, shapes.data]);

  return (
    <div
      ref={element}
      className="division-map"
      role="img"
      aria-label={label}
      data-testid="division-map"
      style={{ width: '100%', height }}
    />
  );
}
