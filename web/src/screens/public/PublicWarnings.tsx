import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { api, call, failureText, type GetResult } from '../../api/client';
import { useWarningStream, type WarningMessage } from '../../api/warning-stream';
import { levelOf, rankOf, useTerms } from '../../app/terms';
import { paint } from '../../components/levels';
import { LevelTag } from '../../components/LevelTag';
import { formatTime } from '../../components/time';
import { DivisionMap, type DivisionPaint } from '../../map/DivisionMap';
import { AirToday } from './AirToday';
import './public.css';

type Warning = GetResult<'/api/warnings'>['warnings'][number];
type PointAnswer = GetResult<'/api/warnings'>;
type PointQuery = { lat?: string; lon?: string; area?: string };

/**
 * The landing page, for everyone: the warnings in force on the map (each division in the colour of its highest
 * warning) and in a list, "is there a warning here" by click or by division, live updates from the event stream,
 * and the air quality of the day. Plain HTML and the map only, so the page stays light on a phone.
 */
export default function PublicWarnings() {
  const terms = useTerms();
  const warnings = useQuery({
    queryKey: ['warnings', 'active'],
    queryFn: () =>
      call(api.GET('/api/warnings', { params: { query: { active: 'true', status: 'Actual', limit: 100 } } })),
  });
  const [announcement, setAnnouncement] = useState('');
  const [point, setPoint] = useState<{ title: string; answer: PointAnswer | null; error: string | null } | null>(null);
  const onMessage = useCallback((message: WarningMessage) => {
    const verb = message.msgType === 'Cancel' ? '解除' : message.msgType === 'Update' ? '更新' : '发布';
    setAnnouncement(`${verb}:${message.headlineZh}`);
  }, []);
  const stream = useWarningStream(onMessage);

  const list = useMemo(() => warnings.data?.warnings ?? [], [warnings.data]);
  const paints = useMemo<DivisionPaint[]>(() => {
    const highest = new Map<string, Warning>();
    for (const warning of list)
      for (const area of warning.areas) {
        const current = highest.get(area.code);
        if (!current || rankOf(terms.data, warning.level) > rankOf(terms.data, current.level))
          highest.set(area.code, warning);
      }
    return [...highest].map(([code, warning]) => ({
      code,
      fill: paint(warning.color).fill,
      label: `${warning.hazardZh}${warning.levelZh}${levelOf(terms.data, warning.level)?.colorZh ?? ''}预警`,
    }));
  }, [list, terms.data]);

  const ask = async (title: string, query: PointQuery) => {
    try {
      const answer = await call(
        api.GET('/api/warnings', { params: { query: { ...query, active: 'true', status: 'Actual' } } }),
      );
      const outside = answer.point !== undefined && answer.point.division === null;
      setPoint({
        title: outside ? '该地点不在鄂尔多斯市内' : (answer.point?.division?.name ?? title),
        answer,
        error: null,
      });
    } catch (error) {
      setPoint({ title, answer: null, error: failureText(error) });
    }
  };

  const divisionName = (code: string) => terms.data?.divisions.find((d) => d.code === code)?.name ?? code;
  const mapLabel =
    paints.length === 0
      ? '鄂尔多斯市各旗区地图:当前没有生效的预警'
      : `鄂尔多斯市各旗区地图:${paints.map((p) => `${divisionName(p.code)}${p.label}`).join(',')}`;

  return (
    <div className="public">
      <header className="public-head">
        <h1>鄂尔多斯市气象灾害预警</h1>
        <p className="public-links">
          <span className={`stream-state stream-${stream}`} data-testid="stream-state" data-state={stream}>
            {stream === 'open' ? '● 实时更新已连接' : '○ 正在连接实时更新…'}
          </span>
          <a href="/api/warnings/feed.atom">Atom 订阅</a>
          <a href="/api/warnings/stream">实时事件流</a>
        </p>
        <div aria-live="polite" role="status" data-testid="live-announcement">
          {announcement && <p className="notice notice-warning">收到预警{announcement}</p>}
        </div>
      </header>
      <div className="public-grid">
        <section className="panel" aria-labelledby="map-title">
          <h2 id="map-title">各旗区预警(取最高级别)</h2>
          <DivisionMap
            paints={paints}
            label={mapLabel}
            onPick={({ lat, lon }) => void ask('所选地点', { lat: lat.toFixed(5), lon: lon.toFixed(5) })}
          />
          <p className="muted">点击地图上任一地点,或选择旗区,查询该处是否有生效的预警:</p>
          <div className="division-buttons" role="group" aria-label="按旗区查询预警">
            {(terms.data?.divisions ?? []).map((division) => (
              <button
                key={division.code}
                type="button"
                onClick={() => void ask(division.name, { area: division.code })}
              >
                {division.name}
              </button>
            ))}
          </div>
          {point && (
            <div data-testid="point-answer" role="status" aria-live="polite">
              {point.error ? (
                <p className="notice notice-error">{point.error}</p>
              ) : point.answer && point.answer.warnings.length > 0 ? (
                <div className="notice notice-warning">
                  <strong>
                    {point.title}:有 {point.answer.warnings.length} 条预警生效
                  </strong>
                  <ul>
                    {point.answer.warnings.map((warning) => (
                      <li key={warning.id}>
                        <LevelTag level={warning.level} /> {warning.latest.headlineZh}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="notice notice-ok">{point.title}:当前没有生效的预警</p>
              )}
            </div>
          )}
        </section>
        <section className="panel" aria-labelledby="list-title">
          <h2 id="list-title">生效中的预警({list.length})</h2>
          {warnings.error ? (
            <p className="notice notice-error">{failureText(warnings.error)}</p>
          ) : warnings.isPending ? (
            <p className="muted">正在加载…</p>
          ) : list.length === 0 ? (
            <p className="notice notice-ok">当前没有生效的预警。</p>
          ) : (
            <ul className="warning-list" data-testid="warning-list">
              {list.map((warning) => (
                <li key={warning.id} className="warning-item" data-hazard={warning.hazard} data-level={warning.level}>
                  <div className="warning-title">
                    <LevelTag level={warning.level} />
                    <strong>{warning.latest.headlineZh}</strong>
                  </div>
                  <p>{warning.latest.descriptionZh}</p>
                  <dl className="warning-facts">
                    <dt>区域</dt>
                    <dd>{warning.areas.map((area) => area.name).join('、')}</dd>
                    <dt>有效期</dt>
                    <dd>
                      {formatTime(warning.onset)} 至 {warning.expires ? formatTime(warning.expires) : '另行通知'}
                    </dd>
                    <dt>发布</dt>
                    <dd>{formatTime(warning.latest.sent)}</dd>
                  </dl>
                  <a
                    href={warning.latest.cap}
                    download
                    aria-label={`下载「${warning.latest.headlineZh}」的 CAP 1.2 文件`}
                  >
                    下载 CAP 文件
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <AirToday />
    </div>
  );
}
