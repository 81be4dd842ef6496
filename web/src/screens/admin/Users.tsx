import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Table } from 'antd';
import { api, call, failureText, type GetResult, type PostBody } from '../../api/client';
import { usePermission } from '../../app/session';
import { useTerms } from '../../app/terms';

type User = GetResult<'/api/users'>['users'][number];
type NewUser = PostBody<'/api/users'>;

/** Users and roles: who may do what follows from the role (and a liaison's unit). */
export function Users() {
  const permission = usePermission('users.create');
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewUser>();
  const users = useQuery({ queryKey: ['users'], queryFn: () => call(api.GET('/api/users')) });
  const units = useQuery({ queryKey: ['units'], queryFn: () => call(api.GET('/api/units')) });
  const create = useMutation({
    mutationFn: (body: NewUser) => call(api.POST('/api/users', { body })),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const role = Form.useWatch('role', form);
  const terms = useTerms();
  const roleZh = (key: string) => terms.data?.roles.find((entry) => entry.role === key)?.zh ?? key;
  const unitName = (id: string | null) => units.data?.units.find((u) => u.id === id)?.name ?? id ?? '—';
  return (
    <section className="panel" aria-labelledby="users-title">
      <h2 id="users-title">用户与角色</h2>
      {users.error && <Alert type="error" title={failureText(users.error)} />}
      <Table<User>
        rowKey="id"
        size="small"
        pagination={false}
        loading={users.isPending}
        dataSource={users.data?.users ?? []}
        columns={[
          { title: '用户名', dataIndex: 'username', key: 'username' },
          { title: '姓名', dataIndex: 'displayName', key: 'displayName' },
          { title: '角色', key: 'role', render: (_, u) => roleZh(u.role) },
          { title: '成员单位', key: 'unit', render: (_, u) => unitName(u.unitId) },
        ]}
      />
      <h3>新建用户</h3>
      {!permission.allowed && <Alert type="info" showIcon title={permission.reason} />}
      <Form<NewUser>
        form={form}
        layout="inline"
        disabled={!permission.allowed}
        onFinish={(values) =>
          create.mutate({ ...values, unitId: values.role === 'unitLiaison' ? values.unitId : null })
        }
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, pattern: /^[a-z0-9._-]{2,40}$/, message: '小写字母、数字、. _ -,2 至 40 位' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            style={{ width: 180 }}
            options={(terms.data?.roles ?? []).map(({ role: value, zh: label }) => ({ value, label }))}
          />
        </Form.Item>
        {role === 'unitLiaison' && (
          <Form.Item label="成员单位" name="unitId" rules={[{ required: true, message: '联络员须绑定成员单位' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 240 }}
              options={(units.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="初始密码" name="password" rules={[{ required: true, min: 10, message: '至少 10 个字符' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          创建
        </Button>
      </Form>
      {create.error && <Alert type="error" title={failureText(create.error)} style={{ marginTop: 8 }} />}
      {create.data && (
        <Alert
          type="success"
          title={`已创建 ${create.data.displayName}(${roleZh(create.data.role)})`}
          style={{ marginTop: 8 }}
        />
      )}
    </section>
  );
}
