import { Alert, Progress, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { levelOf, rankOf, useTerms } from '../../app/terms';
import { ClauseLink } from '../../components/ClauseLink';
import { paint } from '../../components/levels';
import { LevelTag } from '../../components/LevelTag';
import { DivisionMap, type DivisionPaint } from '../../map/DivisionMap';
import type { Graded } from './SituationInput';
import { nameOfQuantity, nameOfRoute, nameOfTrend } from './situation-form';

type HazardRow = Graded['hazards'][string] & { key: string };
type Evidence = HazardRow['evidence'][number];

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;

function EvidenceLine({ evidence, divisionName }: { evidence: Evidence; divisionName: (id: string) => string }) {
  const share = evidence.share ?? 0;
  return (
    <div className="evidence">
      <div>
        {nameOfRoute(evidence.route)}:
        {evidence.thresholds.map((t) => `${nameOfQuantity(t.field)} ${t.op} ${t.value}${t.unit}`).join(' 且 ')}
      </div>
      <Progress
        percent={Math.min(100, Math.round((share / (evidence.needed || 1)) * 100))}
        size="small"
        status={evidence.reached ? 'success' : 'normal'}
        format={() => `${percent(evidence.share)} / 需 ${percent(evidence.needed)}`}
        aria-label={`达到比例 ${percent(evidence.share)},需要 ${percent(evidence.needed)}`}
      />
      <div className="muted">
        覆盖率 {percent(evidence.coverage)}
        {evidence.usable ? '' : '(不足,未采用)'} · 满足 {evidence.amounts.met.toFixed(0)}/
        {evidence.amounts.valid.toFixed(0)} {evidence.amounts.unit}
        {evidence.met.ids.length > 0 && <> · 达标单元:{evidence.met.ids.map(divisionName).join('、')}</>}
        {evidence.requires.length > 0 && (
          <> · 研判条件:{evidence.requires.map((r) => `${nameOfTrend(r.trend)}${r.holds ? '✓' : '✗'}`).join('、')}</>
        )}
      </div>
    </div>
  );
}

/** Each hazard's level with its evidence (8.2): share met vs needed, coverage, deciding units, clause, closeness. */
export function GradingResult({ graded }: { graded: Graded }) {
  const terms = useTerms();
  const divisionName = (id: string) => terms.data?.divisions.find((d) => d.code === id)?.name ?? id;
  const rows: HazardRow[] = Object.entries(graded.hazards).map(([key, value]) => ({ ...value, key }));
  const paints = useMemo<DivisionPaint[]>(() => {
    const best = new Map<string, { level: string; label: string }>();
    for (const row of rows) {
      if (!row.level) continue;
      for (const evidence of row.evidence)
        if (evidence.holds)
          for (const id of evidence.met.ids) {
            const current = best.get(id);
            if (!current || rankOf(terms.data, row.level) > rankOf(terms.data, current.level))
              best.set(id, { level: row.level, label: `${row.zh}${levelOf(terms.data, row.level)?.zh ?? ''}` });
          }
    }
    return [...best].map(([code, { level, label }]) => ({
      code,
      fill: paint(levelOf(terms.data, level)?.color).fill,
      label,
    }));
  }, [rows, terms.data]);

  return (
    <section className="panel" aria-labelledby="grading-title" data-testid="grading-result">
      <h2 id="grading-title">
        分级结果:
        <LevelTag level={graded.overall.level} />{' '}
        {graded.overall.hazards.map((hazard) => graded.hazards[hazard]?.zh).join('、')}{' '}
        <ClauseLink clause={graded.overall.clause} />
      </h2>
      {graded.proposal && (
        <Alert
          type="success"
          showIcon
          data-testid="auto-proposal"
          title={`已依据分级结果提出${levelOf(terms.data, graded.proposal.toLevel)?.zh ?? '终止'}应急响应建议${graded.proposal.created ? '' : '(与待签发的建议相同)'},待${terms.data?.signers.find((s) => s.role === graded.proposal?.signerRole)?.title ?? graded.proposal.signerRole}签发`}
          style={{ marginBottom: 12 }}
        />
      )}
      {graded.drafts.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="auto-drafts"
          title={`分级结果拟定了 ${graded.drafts.length} 份预警草稿,请在下方「预警草稿」中确认、修改或取消(预案 3.3.2)`}
          style={{ marginBottom: 12 }}
        />
      )}
      <div className="two-columns">
        <DivisionMap
          paints={paints}
          label={`分级结果地图:${paints.map((p) => `${divisionName(p.code)}${p.label}`).join(',') || '无旗区达到预警级别'}`}
          height={360}
        />
        <Table<HazardRow>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '灾种', dataIndex: 'zh', key: 'zh' },
            {
              title: '级别',
              key: 'level',
              render: (_, row) =>
                row.status === 'insufficient-data' ? <Tag>数据不足</Tag> : <LevelTag level={row.level} />,
            },
            { title: '条款', key: 'clause', render: (_, row) => <ClauseLink clause={row.clause} /> },
            {
              title: '依据',
              key: 'evidence',
              render: (_, row) => (
                <>
                  {row.evidence
                    .filter((e) => e.holds || !row.level)
                    .slice(0, 2)
                    .map((evidence, index) => (
                      <EvidenceLine key={index} evidence={evidence} divisionName={divisionName} />
                    ))}
                  {row.closest && (
                    <div className="muted">
                      距{levelOf(terms.data, row.closest.level)?.zh}最近:{percent(row.closest.share)} / 需{' '}
                      {percent(row.closest.needed)}(<ClauseLink clause={row.closest.clause} />)
                    </div>
                  )}
                </>
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}
