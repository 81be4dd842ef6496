import { useQuery } from '@tanstack/react-query';
import { api, call, failureText } from '../../api/client';
import { formatTime } from '../../components/time';

/** Each Ordos station's latest hour (HJ 633 AQI): the public page's air quality today. */
export function AirToday() {
  const latest = useQuery({
    queryKey: ['air', 'latest'],
    queryFn: () => call(api.GET('/api/air/latest')),
  });
  const stations = latest.data?.stations ?? [];
  return (
    <section className="panel" aria-labelledby="air-title">
      <h2 id="air-title">今日空气质量(各监测站最新小时)</h2>
      {latest.error ? (
        <p className="notice notice-error">{failureText(latest.error)}</p>
      ) : stations.length === 0 ? (
        <p className="muted">{latest.isPending ? '正在加载…' : '暂无空气质量数据。'}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">监测站</th>
              <th scope="col">AQI</th>
              <th scope="col">类别</th>
              <th scope="col">首要污染物</th>
              <th scope="col">时间</th>
            </tr>
          </thead>
          <tbody>
            {stations.map((station) => (
              <tr key={station.code}>
                <th scope="row">{station.name}</th>
                <td>{station.latest?.aqi ?? '—'}</td>
                <td>{station.latest?.category ?? '无数据'}</td>
                <td>{station.latest?.primary.length ? station.latest.primary.join('、') : '—'}</td>
                <td>{formatTime(station.latest?.time)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
