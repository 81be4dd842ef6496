import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { api, call, failureText, type GetResult, type PostBody } from '../../api/client';
import { usePermission } from '../../app/session';
import { divisionOptions, levelOptions, useTerms } from '../../app/terms';
import { LevelTag } from '../../components/LevelTag';
import { formatTime } from '../../components/time';
import { OutboxProgress } from './OutboxProgress';
import { beijingIso } from './situation-form';

type Warning = GetResult<'/api/warnings'>['warnings'][number];
type WarningBody = PostBody<'/api/warnings'>;
type Level = Warning['level'];
type Hazard = Warning['hazard'];

/**
 * The warnings in force with the duty officer's update and cancel (3.3.2, 3.3.3) and each one's outbox, and a
 * warning issued by hand (one the grading did not draft, e.g. after 会商研判).
 */
export function WarningPanel() {
  const terms = useTerms();
  const permission = usePermission('warnings.act');
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [updating, setUpdating] = useState<Record<string, Level>>({});
  const warnings = useQuery({
    queryKey: ['warnings', 'active'],
    queryFn: () =>
      call(api.GET('/api/warnings', { params: { query: { active: 'true', status: 'Actual', limit: 100 } } })),
  });
  const act = useMutation({
    mutationFn: (body: WarningBody) => call(api.POST('/api/warnings', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['warnings'] }),
  });
  const hazard = Form.useWatch<Hazard | undefined>('hazard', form);
  const hazardLevels = terms.data?.hazards.find((h) => h.key === hazard)?.levels ?? [];

  return (
    <section className="panel" aria-labelledby="warning-title">
      <h2 id="warning-title">预警发布(预案 3.3)</h2>
      {!permission.allowed && <Alert type="info" showIcon title={permission.reason} style={{ marginBottom: 12 }} />}
      {act.error && <Alert type="error" showIcon title={failureText(act.error)} style={{ marginBottom: 12 }} />}
      <ul className="warning-list" data-testid="duty-warnings">
        {(warnings.data?.warnings ?? []).map((warning) => (
          <li key={warning.id} className="warning-item">
            <div className="warning-title">
              <LevelTag level={warning.level} />
              <strong>{warning.latest.headlineZh}</strong>
            </div>
            <div className="muted">
              {warning.areas.map((a) => a.name).join('、')} · 至 {formatTime(warning.expires)}
            </div>
            <OutboxProgress warningId={warning.id} />
            <Space wrap>
              <Select
                size="small"
                aria-label={`变更「${warning.hazardZh}」预警的级别`}
                style={{ width: 140 }}
                value={updating[warning.id] ?? warning.level}
                disabled={!permission.allowed}
                onChange={(level) => setUpdating((current) => ({ ...current, [warning.id]: level }))}
                options={(terms.data?.hazards.find((h) => h.key === warning.hazard)?.levels ?? []).map((level) => ({
                  value: level,
                  label: terms.data?.levels.find((l) => l.level === level)?.zh ?? level,
                }))}
              />
              <Button
                size="small"
                disabled={!permission.allowed || (updating[warning.id] ?? warning.level) === warning.level}
                title={permission.reason ?? undefined}
                onClick={() => act.mutate({ action: 'update', warningId: warning.id, level: updating[warning.id] })}
              >
                发布变更
              </Button>
              <Popconfirm
                title={`确认解除「${warning.latest.headlineZh}」?`}
                okText="解除"
                cancelText="取消"
                onConfirm={() => act.mutate({ action: 'cancel', warningId: warning.id })}
                disabled={!permission.allowed}
              >
                <Button size="small" danger disabled={!permission.allowed} title={permission.reason ?? undefined}>
                  解除预警
                </Button>
              </Popconfirm>
            </Space>
          </li>
        ))}
      </ul>
      <h3>人工发布新预警</h3>
      <Form
        form={form}
        name="issue-warning"
        aria-label="发布新预警"
        layout="vertical"
        disabled={!permission.allowed}
        onFinish={(values: {
          hazard: Hazard;
          level: Level;
          areaCodes?: string[];
          expires?: string;
          majorImpact?: boolean;
        }) =>
          act.mutate(
            {
              action: 'issue',
              hazard: values.hazard,
              level: values.level,
              ...(values.areaCodes && values.areaCodes.length > 0 ? { areaCodes: values.areaCodes } : {}),
              ...(values.expires ? { expires: beijingIso(values.expires) } : {}),
              ...(values.majorImpact ? { majorImpact: true } : {}),
            },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Space wrap align="start">
          <Form.Item label="灾种" name="hazard" rules={[{ required: true, message: '请选择灾种' }]}>
            <Select
              style={{ width: 160 }}
              options={(terms.data?.hazards ?? []).map((h) => ({ value: h.key, label: h.zh }))}
            />
          </Form.Item>
          <Form.Item label="级别" name="level" rules={[{ required: true, message: '请选择级别' }]}>
            <Select style={{ width: 160 }} options={levelOptions(terms.data, hazardLevels)} />
          </Form.Item>
          <Form.Item label="区域(不选为全市)" name="areaCodes">
            <Select mode="multiple" style={{ minWidth: 260 }} options={divisionOptions(terms.data)} />
          </Form.Item>
          <Form.Item label="有效期至(北京时间,不填按预案默认)" name="expires">
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item label="会商研判" name="majorImpact" valuePropName="checked">
            <Checkbox>影响重大,全网短信发布(3.3.4)</Checkbox>
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={act.isPending}>
          发布预警
        </Button>
      </Form>
    </section>
  );
}
