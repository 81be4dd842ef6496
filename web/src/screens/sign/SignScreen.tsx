import { withAntd } from '../../app/antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Modal, Table } from 'antd';
import { useEffect, useState } from 'react';
import { api, call, failureText, type GetResult } from '../../api/client';
import { useMe, type Me } from '../../app/session';
import { levelOf, useTerms, type Terms } from '../../app/terms';
import { ClauseLink } from '../../components/ClauseLink';
import { LevelTag } from '../../components/LevelTag';
import { countdown, formatTime } from '../../components/time';
import { useProposals, useResponseInForce } from '../duty/ProposalPanel';

type Proposal = GetResult<'/api/proposals'>['proposals'][number];

const kindZh: Record<Proposal['orderKind'], string> = {
  activate: '启动',
  upgrade: '提升',
  downgrade: '降低',
  terminate: '终止',
};

/** Whether this proposal is the person's to sign (4.3, 4.8), and if not, why — in the plan's words. */
function signerCheck(proposal: Proposal, me: Me | null | undefined, terms: Terms | undefined) {
  const order = terms?.orders.find((o) => o.kind === proposal.orderKind);
  const signer = terms?.signers.find((s) => s.role === proposal.signerRole);
  const title = signer?.title ?? proposal.signerRole;
  if (me && me.role === proposal.signerRole) return { mine: true as const, reason: null };
  return {
    mine: false as const,
    reason: `此${kindZh[proposal.orderKind]}命令应由${title}签发(预案 ${order?.clause ?? signer?.clause ?? ''}),您是${me?.roleZh ?? '未登录用户'}`,
  };
}

function ProposalEvidence({ proposal }: { proposal: Proposal }) {
  const assessment = useQuery({
    queryKey: ['assessment', proposal.assessmentId],
    enabled: proposal.assessmentId !== null,
    queryFn: () => call(api.GET('/api/assessments/{id}', { params: { path: { id: proposal.assessmentId! } } })),
  });
  if (proposal.assessmentId === null)
    return (
      <div>
        {proposal.justification && <div>研判意见:{proposal.justification}</div>}
        {proposal.sourceReference && <div>自治区响应:{proposal.sourceReference}</div>}
      </div>
    );
  if (!assessment.data) return <span className="muted">正在读取分级依据…</span>;
  return (
    <ul className="compact-list">
      {Object.values(assessment.data.hazards)
        .filter((hazard) => hazard.level)
        .map((hazard) => {
          const evidence = hazard.evidence.find((e) => e.holds);
          return (
            <li key={hazard.zh}>
              {hazard.zh} <LevelTag level={hazard.level} />{' '}
              {evidence &&
                `达到 ${((evidence.share ?? 0) * 100).toFixed(1)}%(需 ${(evidence.needed * 100).toFixed(0)}%)`}{' '}
              <ClauseLink clause={hazard.clause} />
            </li>
          );
        })}
    </ul>
  );
}

/** 签发: proposals waiting for the commanders, with their evidence; the orders in force; the reports due. */
function SignScreen() {
  const me = useMe();
  const terms = useTerms();
  const queryClient = useQueryClient();
  const pending = useProposals('pending');
  const response = useResponseInForce();
  const [rejecting, setRejecting] = useState<Proposal | null>(null);
  const [reason, setReason] = useState('');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    void queryClient.invalidateQueries({ queryKey: ['response'] });
  };
  const sign = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/proposals/{id}/sign', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const reject = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      call(api.POST('/api/proposals/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSettled: refresh,
    onSuccess: () => setRejecting(null),
  });
  const detail = response.data;

  return (
    <div className="screen">
      <h1>签发</h1>
      <section className="panel" aria-labelledby="pending-title">
        <h2 id="pending-title">待签发的建议({pending.data?.proposals.length ?? 0})</h2>
        {sign.error && (
          <Alert type="error" showIcon title={`签发未成功:${failureText(sign.error)}`} data-testid="sign-error" />
        )}
        {sign.data && (
          <Alert type="success" showIcon title={`已签发:${sign.data.order.title}`} data-testid="sign-done" />
        )}
        <Table<Proposal>
          rowKey="id"
          size="small"
          pagination={false}
          loading={pending.isPending}
          dataSource={pending.data?.proposals ?? []}
          locale={{ emptyText: '没有待签发的建议' }}
          columns={[
            { title: '提出时间', key: 'at', render: (_, p) => formatTime(p.proposedAt) },
            {
              title: '命令',
              key: 'kind',
              render: (_, p) => (
                <>
                  {kindZh[p.orderKind]} {p.toLevel ? <LevelTag level={p.toLevel} /> : null}
                  {p.fromLevel && <span className="muted">(现为 {levelOf(terms.data, p.fromLevel)?.zh})</span>}
                </>
              ),
            },
            {
              title: '灾种',
              key: 'hazards',
              render: (_, p) => p.hazards.map((h) => terms.data?.hazards.find((x) => x.key === h)?.zh ?? h).join('、'),
            },
            { title: '依据', key: 'evidence', render: (_, p) => <ProposalEvidence proposal={p} /> },
            { title: '条款', key: 'clause', render: (_, p) => <ClauseLink clause={p.conditionClause} /> },
            {
              title: '签发',
              key: 'actions',
              render: (_, p) => {
                const check = signerCheck(p, me.data, terms.data);
                return (
                  <div className="sign-actions">
                    <Button
                      type="primary"
                      disabled={!check.mine}
                      loading={sign.isPending && sign.variables === p.id}
                      onClick={() => sign.mutate(p.id)}
                      aria-describedby={check.mine ? undefined : `why-${p.id}`}
                    >
                      签发
                    </Button>
                    <Button
                      danger
                      disabled={!check.mine}
                      onClick={() => setRejecting(p)}
                      aria-describedby={check.mine ? undefined : `why-${p.id}`}
                    >
                      驳回
                    </Button>
                    {!check.mine && (
                      <div id={`why-${p.id}`} className="why-not" data-testid="why-not-mine">
                        {check.reason}
                      </div>
                    )}
                  </div>
                );
              },
            },
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="orders-title">
        <h2 id="orders-title">生效中的响应:{detail?.response ? <LevelTag level={detail.response.level} /> : '无'}</h2>
        {detail?.response && (
          <>
            <ul className="compact-list" data-testid="orders">
              {detail.orders.map((order) => (
                <li key={order.id}>
                  {formatTime(order.signedAt)} {order.title}(签发:{order.signedBy},<ClauseLink clause={order.clause} />)
                </li>
              ))}
            </ul>
            <h3>应报送的报告</h3>
            <ul className="compact-list" data-testid="reports">
              {detail.reports.map((report) => (
                <li key={report.id}>
                  {report.text}(报送:{report.to.join('、')},<ClauseLink clause={report.clause} />
                  ):
                  {report.filedAt
                    ? `已于 ${formatTime(report.filedAt)} 报送`
                    : report.dueAt
                      ? countdown(report.dueAt, now)
                      : '无时限'}
                </li>
              ))}
            </ul>
            <p className="muted">
              提升、降低或终止响应由值班员提出建议后在此签发;降低或终止后应报送的报告及其时限见上。
            </p>
          </>
        )}
      </section>
      <Modal
        open={rejecting !== null}
        title="驳回建议"
        okText="驳回"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: reject.isPending }}
        onOk={() => rejecting && reject.mutate({ id: rejecting.id, reason })}
        onCancel={() => setRejecting(null)}
      >
        <label>
          驳回理由
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {reject.error && <Alert type="error" title={failureText(reject.error)} />}
      </Modal>
    </div>
  );
}

export default withAntd(SignScreen);
