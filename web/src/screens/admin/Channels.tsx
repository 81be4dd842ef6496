import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Table } from 'antd';
import { useState } from 'react';
import { api, call, csrfToken, failureText, type GetResult, type PostResult } from '../../api/client';
import { usePermission } from '../../app/session';

type Endpoint = GetResult<'/api/outbox/channels'>['endpoints'][number];
type Imported = PostResult<'/api/outbox/subscribers'>;

const kindZh: Record<string, string> = {
  webhook: '网站/接口推送',
  email: '电子邮件',
  sms: '短信网关',
  wecom: '企业微信',
};

/** The channels as configured (no secrets), their queues and last errors; the SMS subscriber import. */
export function Channels() {
  const permission = usePermission('channels.read');
  const importPermission = usePermission('subscribers.import');
  const queryClient = useQueryClient();
  const [fileName, setFileName] = useState('');
  const settings = useQuery({
    queryKey: ['channels'],
    enabled: permission.allowed,
    queryFn: () => call(api.GET('/api/outbox/channels')),
  });
  const upload = useMutation({
    mutationFn: async (file: File): Promise<Imported> => {
      const response = await fetch('/api/outbox/subscribers', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...(csrfToken() ? { 'X-CSRF-Token': csrfToken()! } : {}) },
        body: await file.text(),
      });
      const body = (await response.json()) as Imported & { error?: { message: string } };
      if (!response.ok) throw new Error(body.error?.message ?? String(response.status));
      return body;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
  if (!permission.allowed)
    return (
      <section className="panel">
        <Alert type="info" showIcon title={permission.reason} />
      </section>
    );
  return (
    <section className="panel" aria-labelledby="channels-title">
      <h2 id="channels-title">预警发布渠道</h2>
      {settings.error && <Alert type="error" title={failureText(settings.error)} />}
      <p className="muted">
        渠道在服务器的 NUANCHENG_CHANNELS 或 channels.json 中配置(密钥不在此显示),重启后生效。短信订阅用户:{' '}
        <strong data-testid="subscriber-count">{settings.data?.smsSubscribers ?? '—'}</strong>
      </p>
      <Table<Endpoint>
        rowKey="id"
        size="small"
        pagination={false}
        loading={settings.isPending}
        dataSource={settings.data?.endpoints ?? []}
        locale={{ emptyText: '未配置发布渠道:预警不会外发' }}
        columns={[
          { title: '标识', dataIndex: 'id', key: 'id' },
          { title: '类型', key: 'kind', render: (_, e) => kindZh[e.kind] ?? e.kind },
          { title: '公众渠道(3.3.4)', key: 'channels', render: (_, e) => e.channels.join('、') || '—' },
          { title: '首报对象(3.3.2)', key: 'reportsTo', render: (_, e) => e.reportsTo.join('、') || '—' },
          { title: '待发', dataIndex: 'pending', key: 'pending' },
          { title: '已放弃', dataIndex: 'dead', key: 'dead' },
          {
            title: '最近错误',
            key: 'errors',
            render: (_, e) => e.lastErrors.map((x) => `${x.error}(${x.messages})`).join(';') || '—',
          },
        ]}
      />
      <h3>导入短信订阅用户</h3>
      {!importPermission.allowed ? (
        <Alert type="info" showIcon title={importPermission.reason} />
      ) : (
        <label className="file-label">
          CSV 文件(表头 phone,division_code;division_code 为旗区的 GB/T 2260 代码){' '}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) {
                setFileName(file.name);
                upload.mutate(file);
              }
            }}
          />
        </label>
      )}
      {upload.error && <Alert type="error" title={failureText(upload.error)} />}
      {upload.data && (
        <div data-testid="subscriber-import">
          {upload.data.problemCount === 0 ? (
            <Alert type="success" title={`${fileName}:已导入 ${upload.data.imported} 个订阅用户`} />
          ) : (
            <Alert
              type="error"
              title={`${fileName}:有 ${upload.data.problemCount} 行不符合要求,整个文件未导入`}
              description={
                <ul className="compact-list">
                  {upload.data.problems.map((problem) => (
                    <li key={problem.line}>
                      第 {problem.line} 行:{problem.problem}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </div>
      )}
    </section>
  );
}
