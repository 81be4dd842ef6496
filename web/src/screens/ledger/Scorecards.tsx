import { useQuery } from '@tanstack/react-query';
import { Alert, InputNumber, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, call, failureText, type GetResult } from '../../api/client';
import { pagesOf } from '../../components/pagination';
import { formatTime } from '../../components/time';
import { beijingYear } from './trajectory';

type Scorecards = GetResult<'/api/ledger/scorecards'>;
type Scorecard = Scorecards['scorecards'][number];

/** One unit's score, line by line as the scoring rule (data, plans/city/) reads: fact, count × weight = points. */
function ScoreLines({ card }: { card: Scorecard }) {
  return (
    <table className="plain-table" data-testid="score-lines" aria-label={`${card.unit}得分明细`}>
      <thead>
        <tr>
          <th>计分项</th>
          <th>次数</th>
          <th>每次</th>
          <th>得分</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>基础分</td>
          <td />
          <td />
          <td>{card.base}</td>
        </tr>
        {card.lines.map((line) => (
          <tr key={line.rule}>
            <td>
              {line.zh}
              {line.capped && <Tag style={{ marginLeft: 8 }}>已达上限</Tag>}
            </td>
            <td>{line.count}</td>
            <td>{line.weight > 0 ? `+${line.weight}` : line.weight}</td>
            <td>{line.points > 0 ? `+${line.points}` : line.points}</td>
          </tr>
        ))}
        <tr>
          <th>合计{card.bounded ? '(已按总分范围截取)' : ''}</th>
          <td />
          <td />
          <th>{card.score}</th>
        </tr>
      </tbody>
    </table>
  );
}

/** 考核: the year's ranking of units by score, each score explained line by line; the rule's version cited. */
export function Scorecards() {
  const [year, setYear] = useState<number>(beijingYear());
  const cards = useQuery({
    queryKey: ['ledger-scorecards', year],
    queryFn: () => call(api.GET('/api/ledger/scorecards', { params: { query: { year } } })),
  });
  return (
    <section className="panel" aria-labelledby="scorecards-title">
      <h2 id="scorecards-title">督查考核</h2>
      <div className="toolbar">
        <label>
          考核年度{' '}
          <InputNumber
            aria-label="考核年度"
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && setYear(value)}
          />
        </label>
        {cards.data && (
          <span className="muted">
            计分规则:{cards.data.rule.title}(版本 {cards.data.rule.version})· 截至 {formatTime(cards.data.asOf)}
          </span>
        )}
      </div>
      {cards.error && <Alert type="error" title={failureText(cards.error)} />}
      <Table<Scorecard>
        rowKey="unit"
        size="small"
        loading={cards.isPending}
        dataSource={cards.data?.scorecards ?? []}
        pagination={pagesOf(20)}
        data-testid="scorecards"
        locale={{ emptyText: `${year}年尚无可考核的单位` }}
        expandable={{ expandedRowRender: (card) => <ScoreLines card={card} /> }}
        columns={[
          { title: '排名', key: 'rank', render: (_, card) => card.rank ?? '—' },
          { title: '单位', dataIndex: 'unit', key: 'unit' },
          { title: '得分', dataIndex: 'score', key: 'score' },
          {
            title: '扣加分项',
            key: 'lines',
            render: (_: unknown, card: Scorecard) =>
              card.lines
                .filter((line) => line.points !== 0)
                .map((line) => `${line.zh} ${line.points > 0 ? '+' : ''}${line.points}`)
                .join(';') || '无',
          },
        ]}
      />
    </section>
  );
}
