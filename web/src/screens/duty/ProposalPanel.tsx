import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Select, Table } from 'antd';
import { api, call, failureText, type GetResult, type PostBody } from '../../api/client';
import { usePermission } from '../../app/session';
import { levelOf, useTerms } from '../../app/terms';
import { ClauseLink } from '../../components/ClauseLink';
import { LevelTag } from '../../components/LevelTag';
import { formatTime } from '../../components/time';

type Proposal = GetResult<'/api/proposals'>['proposals'][number];
type ProposalBody = PostBody<'/api/proposals'>;

export function useProposals(status?: Proposal['status']) {
  return useQuery({
    queryKey: ['proposals', status ?? 'all'],
    queryFn: () => call(api.GET('/api/proposals', { params: { query: status ? { status } : {} } })),
  });
}

export function useResponseInForce() {
  return useQuery({ queryKey: ['response'], queryFn: () => call(api.GET('/api/response')) });
}

const statusZh: Record<Proposal['status'], string> = {
  pending: '待签发',
  signed: '已签发',
  rejected: '已驳回',
  superseded: '已被取代',
};

/** The response in force, the proposals, and the duty officer's own proposal (4.2(2), 4.2(3), 4.3). */
export function ProposalPanel() {
  const terms = useTerms();
  const permission = usePermission('proposals.create');
  const queryClient = useQueryClient();
  const response = useResponseInForce();
  const proposals = useProposals();
  const propose = useMutation({
    mutationFn: (body: ProposalBody) => call(api.POST('/api/proposals', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
  const signerTitle = (role: string) => terms.data?.signers.find((s) => s.role === role)?.title ?? role;
  const current = response.data?.response;

  return (
    <section className="panel" aria-labelledby="proposal-title">
      <h2 id="proposal-title">应急响应</h2>
      <p data-testid="response-in-force">
        当前响应:{current ? <LevelTag level={current.level} /> : '未启动'}
        {current && <> 自 {formatTime(current.startedAt)}</>}
      </p>
      <h3>最近的建议</h3>
      <Table<Proposal>
        rowKey="id"
        size="small"
        pagination={false}
        loading={proposals.isPending}
        dataSource={(proposals.data?.proposals ?? []).slice(0, 8)}
        columns={[
          { title: '提出时间', key: 'at', render: (_, p) => formatTime(p.proposedAt) },
          { title: '建议', key: 'to', render: (_, p) => (p.toLevel ? <LevelTag level={p.toLevel} /> : '终止响应') },
          {
            title: '依据',
            key: 'source',
            render: (_, p) =>
              ({ grading: '分级结果 4.2(1)', assessment: '综合评估', regionResponse: '自治区响应 4.2(2)' })[p.source],
          },
          { title: '签发人', key: 'signer', render: (_, p) => signerTitle(p.signerRole) },
          { title: '条款', key: 'clause', render: (_, p) => <ClauseLink clause={p.conditionClause} /> },
          { title: '状态', key: 'status', render: (_, p) => statusZh[p.status] },
        ]}
      />
      <h3>提出建议</h3>
      {!permission.allowed && <Alert type="info" showIcon title={permission.reason} />}
      <Form<{
        source: 'assessment' | 'regionResponse';
        targetLevel: string;
        hazards: string[];
        justification?: string;
        sourceReference?: string;
      }>
        layout="vertical"
        disabled={!permission.allowed}
        initialValues={{ source: 'assessment', targetLevel: 'end', hazards: [] }}
        onFinish={(values) => {
          const targetLevel = (values.targetLevel === 'end' ? null : values.targetLevel) as ProposalBody['targetLevel'];
          const hazards = values.hazards as ProposalBody['hazards'];
          propose.mutate(
            values.source === 'assessment'
              ? { source: 'assessment', targetLevel, hazards, justification: values.justification ?? '' }
              : {
                  source: 'regionResponse',
                  targetLevel,
                  hazards,
                  sourceReference: values.sourceReference ?? '',
                  justification: values.justification ?? '',
                },
          );
        }}
      >
        <Form.Item label="依据" name="source">
          <Radio.Group
            options={[
              { value: 'assessment', label: '综合评估(4.2(3))' },
              { value: 'regionResponse', label: '自治区已启动响应(4.2(2))' },
            ]}
          />
        </Form.Item>
        <Form.Item label="响应级别" name="targetLevel" rules={[{ required: true }]}>
          <Select
            aria-label="响应级别"
            options={[
              ...(terms.data?.levels ?? []).map((l) => ({ value: l.level, label: `${l.zh}(${l.colorZh})` })),
              { value: 'end', label: '终止响应' },
            ]}
          />
        </Form.Item>
        <Form.Item label="灾种" name="hazards">
          <Select
            mode="multiple"
            aria-label="灾种"
            options={(terms.data?.hazards ?? []).map((h) => ({ value: h.key, label: h.zh }))}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) =>
            getFieldValue('source') === 'regionResponse' && (
              <Form.Item
                label="自治区响应文号"
                name="sourceReference"
                rules={[{ required: true, message: '请填写自治区的响应命令文号' }]}
              >
                <Input />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item label="研判意见" name="justification">
          <Input.TextArea rows={2} />
        </Form.Item>
        {propose.error && (
          <Alert type="error" showIcon title={failureText(propose.error)} style={{ marginBottom: 12 }} />
        )}
        {propose.data && (
          <Alert
            type="success"
            showIcon
            title={`${propose.data.created ? '已提出' : '已有相同的待签发建议:'}${levelOf(terms.data, propose.data.proposal.toLevel)?.zh ?? '终止响应'},待${signerTitle(propose.data.proposal.signerRole)}签发`}
            style={{ marginBottom: 12 }}
          />
        )}
        <Button type="primary" htmlType="submit" loading={propose.isPending}>
          提出建议
        </Button>
      </Form>
    </section>
  );
}
