import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Screen } from './screens';
import { permissionOf, useMe } from './session';

/** Shows a screen to whom it is for; anyone else is told why it is not theirs (the access policy's reason). */
export function ScreenGate({ screen, children }: { screen: Screen; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (screen.operations === null) return children;
  if (me.isPending) return <p className="muted">正在确认登录状态…</p>;
  if (!me.data)
    return (
      <section className="gate" role="alert">
        <h1>{screen.title}需要登录</h1>
        <p>此页面供{screen.audience}使用。</p>
        <Link className="shell-login" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          登录
        </Link>
      </section>
    );
  const permissions = screen.operations.map((operation) => permissionOf(me.data, operation));
  if (permissions.some((permission) => permission.allowed)) return children;
  return (
    <section className="gate" role="alert" data-testid="not-yours">
      <h1>{screen.title}不是您的工作页面</h1>
      <ul>
        {permissions.map((permission, index) => (
          <li key={index}>{permission.reason}</li>
        ))}
      </ul>
    </section>
  );
}
