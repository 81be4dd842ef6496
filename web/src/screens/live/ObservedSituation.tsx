import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { api, call, failureText, type GetResult } from '../../api/client';
import { useTerms } from '../../app/terms';
import { formatTime } from '../../components/time';

type Situation = GetResult<'/api/situation/current'>;
type Division = Situation['units'][number];

/** What the stored observations give per division, in the grading's own quantities (its input, contracts/assess.md). */
const columns: Array<{ label: string; unit: string; read: (d: Division) => number | null | undefined }> = [
  { label: '24小时降水量', unit: '毫米', read: (d) => d.forecast?.precipMm },
  { label: '24小时降雪量', unit: '毫米', read: (d) => d.forecast?.snowMm },
  { label: '平均风速', unit: '米/秒', read: (d) => d.observed?.windMeanMs ?? d.forecast?.windMeanMs },
  { label: '阵风', unit: '米/秒', read: (d) => d.observed?.windGustMs ?? d.forecast?.windGustMs },
  { label: '最低气温', unit: '°C', read: (d) => d.forecast?.tminC },
  { label: '24小时降温', unit: '°C', read: (d) => d.forecast?.tminDropC },
  { label: '地面最低温度', unit: '°C', read: (d) => d.forecast?.groundTminC },
  { label: '雾能见度', unit: '米', read: (d) => d.observed?.fogVisibilityM ?? d.forecast?.fogVisibilityM },
  { label: '沙尘能见度', unit: '米', read: (d) => d.observed?.sandVisibilityM ?? d.forecast?.sandVisibilityM },
  { label: '近日最高气温', unit: '°C', read: (d) => d.observed?.tmaxPastDaysC?.at(-1) },
];

/** 当前观测形势: the situation at the latest complete hour, per division, as the continuous grading reads it. */
export function ObservedSituation() {
  const terms = useTerms();
  const situation = useQuery({
    queryKey: ['situation-current'],
    queryFn: () => call(api.GET('/api/situation/current', { params: { query: {} } })),
    refetchInterval: 60_000,
  });
  const divisionName = (id: string) => terms.data?.divisions.find((d) => d.code === id)?.name ?? id;
  const units = situation.data?.units ?? [];
  const shown = columns.filter((column) => units.some((unit) => column.read(unit) != null));
  return (
    <section className="panel" aria-labelledby="observed-title">
      <h2 id="observed-title">当前观测形势(各旗区)</h2>
      <div className="toolbar">
        {situation.data && <span className="muted">时次:{formatTime(situation.data.at)}(北京时间)</span>}
        <Button aria-label="刷新观测形势" onClick={() => void situation.refetch()} loading={situation.isRefetching}>
          刷新
        </Button>
      </div>
      {situation.error && <Alert type="error" title={failureText(situation.error)} />}
      {situation.data && shown.length === 0 && (
        <p className="muted" data-testid="no-observations">
          该时次各旗区尚无可用的观测数据。
        </p>
      )}
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table" data-testid="observed-situation">
            <thead>
              <tr>
                <th>旗区</th>
                {shown.map((column) => (
                  <th key={column.label}>
                    {column.label}({column.unit})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.id}>
                  <th>{divisionName(unit.id)}</th>
                  {shown.map((column) => (
                    <td key={column.label}>{column.read(unit) ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
