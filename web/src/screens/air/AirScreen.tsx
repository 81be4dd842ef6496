import { withAntd } from '../../app/antd';
import { useQuery } from '@tanstack/react-query';
import { Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, call, failureText, type GetResult } from '../../api/client';
import { ClauseLink } from '../../components/ClauseLink';
import { AirCalendar } from './AirCalendar';
import { AirImport } from './AirImport';

type Tracking = GetResult<'/api/air/targets'>['regions'][number];
type Target = Tracking['targets'][number];

function what(target: Target): string {
  if (target.nonGoodDaysAffordable !== undefined && target.nonGoodDaysAffordable !== null)
    return `余下 ${target.remainingDays} 天中最多还可有 ${target.nonGoodDaysAffordable} 个非优良天`;
  if (target.heavyDaysAffordable !== undefined && target.heavyDaysAffordable !== null)
    return `余下 ${target.remainingDays} 天中最多还可有 ${target.heavyDaysAffordable} 个重度及以上污染天`;
  if (target.remainingMeanMax !== undefined && target.remainingMeanMax !== null)
    return `余下 ${target.remainingDays} 天日均值平均不超过 ${target.remainingMeanMax}`;
  return target.note ?? '—';
}

/** 空气质量: daily AQI per station or region as a calendar, the year to date against the plan's targets, imports. */
function AirScreen() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [subject, setSubject] = useState<string | null>(null);
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => call(api.GET('/api/plans')) });
  const airPlan = plans.data?.plans.find((plan) => plan.kind === 'air')?.id;
  // The city's stations: the ones the latest-hour read lists (the API's default city).
  const stations = useQuery({ queryKey: ['air', 'latest'], queryFn: () => call(api.GET('/api/air/latest')) });
  const targets = useQuery({
    queryKey: ['air', 'targets', year],
    queryFn: () => call(api.GET('/api/air/targets', { params: { query: { year } } })),
  });
  const regions = targets.data?.regions ?? [];
  const chosen = subject ?? (regions[0] ? `region:${regions[0].name}` : null);
  const daily = useQuery({
    queryKey: ['air', 'daily', year, chosen],
    enabled: chosen !== null,
    queryFn: () => {
      const [kind, value] = chosen!.split(/:(.*)/s) as [string, string];
      const query = {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        ...(kind === 'region' ? { region: value } : { station: value }),
      };
      return call(api.GET('/api/air/daily', { params: { query } }));
    },
  });
  const years = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i);
  const label = (value: string | null) => value?.replace(/^region:/, '').replace(/^station:/, '站点 ') ?? '';

  return (
    <div className="screen">
      <h1>空气质量</h1>
      <section className="panel" aria-labelledby="calendar-title">
        <h2 id="calendar-title">每日空气质量指数(HJ 633-2012、HJ 663-2013)</h2>
        <div className="toolbar">
          <label>
            年份{' '}
            <Select
              aria-label="年份"
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: `${y}年` }))}
            />
          </label>
          <label>
            区域或站点{' '}
            <Select
              aria-label="区域或站点"
              style={{ minWidth: 260 }}
              value={chosen}
              onChange={setSubject}
              options={[
                ...regions.map((region) => ({ value: `region:${region.name}`, label: `区域:${region.name}` })),
                ...(stations.data?.stations ?? []).map((station) => ({
                  value: `station:${station.code}`,
                  label: `站点:${station.name}(${station.code})`,
                })),
              ]}
            />
          </label>
        </div>
        {daily.error && <p className="notice notice-error">{failureText(daily.error)}</p>}
        {daily.data && (
          <>
            <AirCalendar year={year} series={daily.data.series} label={`${label(chosen)} ${year}年每日空气质量日历`} />
            <p className="muted">
              有效天数 {daily.data.series.aqi.filter((v) => v !== null).length},优良天数{' '}
              {daily.data.series.category.filter((c) => c === '优' || c === '良').length}
            </p>
          </>
        )}
      </section>
      <section className="panel" aria-labelledby="targets-title">
        <h2 id="targets-title">
          {year}年截至 {targets.data?.asOf ?? '—'} 与方案目标对照
        </h2>
        {targets.error && <p className="notice notice-error">{failureText(targets.error)}</p>}
        {regions.map((region) => (
          <div key={region.name}>
            <h3>
              {region.name}({region.stations.length > 0 ? `${region.stations.length} 个站点` : '暂无站点'})
            </h3>
            <Table<Target>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={region.targets}
              columns={[
                { title: '指标', dataIndex: 'indicator', key: 'indicator' },
                { title: '目标', dataIndex: 'target', key: 'target' },
                { title: '当前', key: 'value', render: (_, t) => t.value ?? '—' },
                {
                  title: '达标',
                  key: 'met',
                  render: (_, t) =>
                    t.met === null ? (
                      <Tag>数据不足</Tag>
                    ) : t.met ? (
                      <Tag color="green">达标</Tag>
                    ) : (
                      <Tag color="red">未达标</Tag>
                    ),
                },
                {
                  title: '全年仍可达成',
                  key: 'achievable',
                  render: (_, t) => (t.achievable === null ? '—' : t.achievable ? '可以' : '已无法达成'),
                },
                { title: '余下时间的空间', key: 'room', render: (_, t) => what(t) },
                { title: '条款', key: 'clause', render: (_, t) => <ClauseLink clause={t.clause} plan={airPlan} /> },
              ]}
            />
          </div>
        ))}
      </section>
      <AirImport />
    </div>
  );
}

export default withAntd(AirScreen);
