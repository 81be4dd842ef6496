import { withAntd } from '../../app/antd';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { failureText } from '../../api/client';
import { screens } from '../../app/screens';
import { fetchMe, permissionOf, useSignIn, type Me } from '../../app/session';

/** The first screen that is the person's: the duty officer lands on 值班, a commander on 签发, a liaison on 成员单位. */
function homeOf(me: Me): string {
  const own = screens.find(
    (screen) => screen.operations !== null && screen.operations.some((op) => permissionOf(me, op).allowed),
  );
  return own?.path ?? '/';
}

function LoginScreen() {
  const signIn = useSignIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <Card style={{ maxWidth: 420, margin: '48px auto' }}>
      <Typography.Title level={3}>工作人员登录</Typography.Title>
      <Typography.Paragraph type="secondary">
        值班员、指挥长、成员单位联络员、生态环境局及管理员使用本系统账号登录。公众无需登录即可查看预警。
      </Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={(values: { username: string; password: string }) =>
          signIn.mutate(values, {
            onSuccess: async () => {
              const me = await queryClient.fetchQuery({ queryKey: ['me'], queryFn: fetchMe });
              const next = params.get('next');
              void navigate(next && next.startsWith('/') ? next : me ? homeOf(me) : '/');
            },
          })
        }
      >
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {signIn.error && (
          <Alert type="error" showIcon title={`登录失败:${failureText(signIn.error)}`} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          登录
        </Button>
      </Form>
    </Card>
  );
}

export default withAntd(LoginScreen);
