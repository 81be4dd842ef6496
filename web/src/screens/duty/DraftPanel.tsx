import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { api, call, failureText, type GetResult, type PostBody } from '../../api/client';
import { usePermission, type Permission } from '../../app/session';
import { divisionOptions, levelOptions, useTerms, type Terms } from '../../app/terms';
import { ClauseLink } from '../../components/ClauseLink';
import { HazardName, LevelTag } from '../../components/LevelTag';
import { formatTime } from '../../components/time';
import { DraftPreview } from './DraftPreview';
import { OutboxProgress } from './OutboxProgress';
import { beijingIso, beijingNowLocal } from './situation-form';

type Draft = GetResult<'/api/warning-drafts'>['drafts'][number];
type ChangeBody = PostBody<'/api/warning-drafts/{id}/change'>;

const actionZh: Record<Draft['action'], string> = { issue: '拟发布', update: '拟变更', cancel: '拟解除' };
const confirmedZh: Record<Draft['action'], string> = { issue: '已发布', update: '已变更', cancel: '已解除' };
const reasonZh: Record<string, string> = { level: '级别', area: '范围', validity: '有效期' };

const draftKeys = { pending: ['warning-drafts', 'draft'], confirmed: ['warning-drafts', 'confirmed'] } as const;

function useDrafts(state: 'draft' | 'confirmed', limit: number, enabled: boolean) {
  return useQuery({
    queryKey: state === 'draft' ? draftKeys.pending : draftKeys.confirmed,
    enabled,
    // A grading elsewhere (another duty officer, continuous grading) drafts too: the list follows without a reload.
    refetchInterval: state === 'draft' ? 30_000 : false,
    queryFn: () => call(api.GET('/api/warning-drafts', { params: { query: { state, limit } } })),
  });
}

function divisionNames(terms: Terms | undefined, codes: readonly string[]): string {
  if (codes.length === 0) return '全市';
  return codes.map((code) => terms?.divisions.find((division) => division.code === code)?.name ?? code).join('、');
}

/** What a draft proposes, in one line: the action, hazard, level, divisions, validity and the clause. */
function DraftSummary({ draft }: { draft: Draft }) {
  const terms = useTerms();
  return (
    <div className="warning-title">
      <span className="draft-action">
        {draft.state === 'confirmed' ? confirmedZh[draft.action] : actionZh[draft.action]}
      </span>
      <LevelTag level={draft.level} />
      <strong>
        <HazardName hazard={draft.hazard} />
        预警
      </strong>
      <span>{divisionNames(terms.data, draft.areaCodes)}</span>
      {draft.action !== 'cancel' && <span className="muted">有效期至 {formatTime(draft.expires)}</span>}
      {draft.reasons.length > 0 && (
        <span className="muted">变更:{draft.reasons.map((reason) => reasonZh[reason] ?? reason).join('、')}</span>
      )}
      <ClauseLink clause={draft.clause} />
    </div>
  );
}

/** The duty officer's change of level, divisions or validity, before confirming. */
function DraftChangeForm({ draft, onDone }: { draft: Draft; onDone: () => void }) {
  const terms = useTerms();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: ChangeBody) =>
      call(api.POST('/api/warning-drafts/{id}/change', { params: { path: { id: draft.id } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['warning-drafts'] });
      await queryClient.invalidateQueries({ queryKey: ['warning-draft', draft.id] });
      onDone();
    },
  });
  const levels = terms.data?.hazards.find((hazard) => hazard.key === draft.hazard)?.levels ?? [];
  return (
    <Form<{ level: Draft['level']; areaCodes: string[]; expires: string }>
      layout="inline"
      name={`draft-${draft.id}`}
      aria-label="修改预警草稿"
      initialValues={{
        level: draft.level,
        areaCodes: draft.areaCodes,
        expires: draft.expires ? beijingNowLocal(new Date(draft.expires)) : '',
      }}
      onFinish={(values) =>
        save.mutate({
          ...(values.level && values.level !== draft.level ? { level: values.level } : {}),
          ...(values.areaCodes.join() !== draft.areaCodes.join() ? { areaCodes: values.areaCodes } : {}),
          ...(values.expires ? { expires: beijingIso(values.expires) } : {}),
        })
      }
    >
      <Form.Item label="级别" name="level">
        <Select style={{ width: 150 }} options={levelOptions(terms.data, levels)} />
      </Form.Item>
      <Form.Item label="区域" name="areaCodes" rules={[{ required: true, message: '至少选择一个旗区' }]}>
        <Select mode="multiple" style={{ minWidth: 260 }} options={divisionOptions(terms.data)} />
      </Form.Item>
      <Form.Item label="有效期至(北京时间)" name="expires">
        <Input type="datetime-local" />
      </Form.Item>
      <Space>
        <Button htmlType="submit" type="primary" loading={save.isPending}>
          保存修改
        </Button>
        <Button onClick={onDone}>放弃修改</Button>
      </Space>
      {save.error && <Alert type="error" showIcon title={failureText(save.error)} style={{ marginTop: 8 }} />}
    </Form>
  );
}

/** One draft awaiting the duty officer: what it would publish, and confirm, change or cancel (3.3.2). */
function DraftItem({ draft, decide }: { draft: Draft; decide: Permission }) {
  const queryClient = useQueryClient();
  const [majorImpact, setMajorImpact] = useState(false);
  const [changing, setChanging] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const detail = useQuery({
    queryKey: ['warning-draft', draft.id, majorImpact],
    queryFn: () =>
      call(
        api.GET('/api/warning-drafts/{id}', {
          params: { path: { id: draft.id }, query: majorImpact ? { majorImpact: 'true' } : {} },
        }),
      ),
  });
  const decided = async () => {
    await queryClient.invalidateQueries({ queryKey: ['warning-drafts'] });
    await queryClient.invalidateQueries({ queryKey: ['warnings'] });
  };
  const confirm = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/warning-drafts/{id}/confirm', {
          params: { path: { id: draft.id } },
          body: majorImpact ? { majorImpact: true } : {},
        }),
      ),
    onSuccess: decided,
  });
  const cancel = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/warning-drafts/{id}/cancel', {
          params: { path: { id: draft.id } },
          body: { reason: cancelReason.trim() },
        }),
      ),
    onSuccess: decided,
  });
  const why = decide.reason ?? undefined;
  const problem = detail.data?.problem;
  const label = `${actionZh[draft.action]}的预警草稿`;
  return (
    <li className="warning-item" data-testid="warning-draft" data-hazard={draft.hazard} aria-label={label}>
      <DraftSummary draft={draft} />
      <div className="muted">
        {formatTime(draft.createdAt)} 由分级结果拟定 · 预案版本 {draft.planVersion}
      </div>
      {detail.isPending && <span className="muted">正在生成预览…</span>}
      {detail.error && <Alert type="error" showIcon title={failureText(detail.error)} />}
      {problem && <Alert type="warning" showIcon title={`按草稿现状不能确认:${problem}`} />}
      {detail.data?.preview && <DraftPreview preview={detail.data.preview} />}
      {changing ? (
        <DraftChangeForm draft={draft} onDone={() => setChanging(false)} />
      ) : (
        <div className="sign-actions">
          {draft.action !== 'cancel' && (
            <Checkbox
              checked={majorImpact}
              disabled={!decide.allowed}
              onChange={(e) => setMajorImpact(e.target.checked)}
            >
              会商研判影响重大,全网短信发布(预案 3.3.4)
            </Checkbox>
          )}
          <Popconfirm
            title="确认发布此预警?发布后即通过各渠道发出。"
            okText="立即发布"
            cancelText="再看看"
            disabled={!decide.allowed || !!problem}
            onConfirm={() => confirm.mutate()}
          >
            <Button type="primary" disabled={!decide.allowed || !!problem} title={why} loading={confirm.isPending}>
              确认发布
            </Button>
          </Popconfirm>
          {draft.action !== 'cancel' && (
            <Button disabled={!decide.allowed} title={why} onClick={() => setChanging(true)}>
              修改
            </Button>
          )}
          <Input
            aria-label="取消草稿的理由"
            placeholder="取消理由(必填)"
            value={cancelReason}
            disabled={!decide.allowed}
            onChange={(event) => setCancelReason(event.target.value)}
            style={{ width: 220 }}
          />
          <Button
            danger
            disabled={!decide.allowed || cancelReason.trim() === ''}
            title={why ?? (cancelReason.trim() === '' ? '请先写明取消的理由' : undefined)}
            loading={cancel.isPending}
            onClick={() => cancel.mutate()}
          >
            取消草稿
          </Button>
          {!decide.allowed && <span className="why-not">{decide.reason}</span>}
        </div>
      )}
      {(confirm.error ?? cancel.error) && (
        <Alert type="error" showIcon title={failureText(confirm.error ?? cancel.error)} />
      )}
    </li>
  );
}

/**
 * 预警草稿: the warnings a grading implies, drafted for the duty officer, who alone publishes (3.3.2): each with the
 * CAP message and each channel's text it would send, to confirm, change or cancel; then each confirmed warning's
 * outbox progress.
 */
export function DraftPanel() {
  const read = usePermission('warningDrafts.read');
  const decide = usePermission('warningDrafts.decide');
  const pending = useDrafts('draft', 50, read.allowed);
  const confirmed = useDrafts('confirmed', 5, read.allowed);
  const drafts = pending.data?.drafts ?? [];
  return (
    <section className="panel" aria-labelledby="drafts-title">
      <h2 id="drafts-title">预警草稿(预案 3.3.2)</h2>
      <p className="muted">分级结果达到预警级别时,系统按预案拟定预警;经值班员确认后才发布。</p>
      {!read.allowed && <Alert type="info" showIcon title={read.reason} />}
      {pending.error && <Alert type="error" showIcon title={failureText(pending.error)} />}
      {read.allowed && pending.isSuccess && drafts.length === 0 && (
        <p data-testid="no-drafts">没有待确认的预警草稿。</p>
      )}
      <ul className="warning-list" data-testid="warning-drafts">
        {drafts.map((draft) => (
          <DraftItem key={draft.id} draft={draft} decide={decide} />
        ))}
      </ul>
      <h3>最近确认的预警及发送进度</h3>
      {confirmed.isSuccess && confirmed.data.drafts.length === 0 && <p className="muted">尚无确认发布的草稿。</p>}
      <ul className="warning-list" data-testid="confirmed-drafts">
        {(confirmed.data?.drafts ?? []).map((draft) => (
          <li key={draft.id} className="warning-item" data-testid="confirmed-draft" data-hazard={draft.hazard}>
            <DraftSummary draft={draft} />
            <div className="muted">{formatTime(draft.decidedAt)} 确认发布</div>
            {draft.warningId && <OutboxProgress warningId={draft.warningId} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
